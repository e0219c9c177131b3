import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, ValidateBy, type ValidationArguments } from 'class-validator';
import {
  COUNTRIES,
  embedOriginOf,
  FIELD_LIMITS,
  LOGO_TYPES,
  MOST_EMBED_ORIGINS,
  type Country,
  type LogoType,
  type Organisation,
  type OrganisationSettings,
  type ReportingCurrency,
  type UpdateOrganisationSettingsInput,
  type UploadLogoInput,
} from '@gp/domain';
import { IsVersion, Nullable, SingleLineText } from '@gp/api/core';

export class OrganisationDto implements Organisation {
  @ApiProperty({ nullable: true, type: String }) name: string | null;
  @ApiProperty({ enum: COUNTRIES }) country: Country;
  @ApiProperty({ enum: ['SEK', 'NOK'] }) reportingCurrency: ReportingCurrency;
  @ApiProperty() hasLogo: boolean;
}

export class OrganisationSettingsDto implements OrganisationSettings {
  @ApiProperty({ nullable: true, type: String, description: 'Null: ORGANISATION_NAME is in force' })
  name: string | null;
  @ApiProperty({ type: [String], example: ['https://www.ljungby.se'] }) embedOrigins: string[];
  @ApiProperty() hasLogo: boolean;
  @ApiProperty({ enum: LOGO_TYPES, nullable: true }) logoType: LogoType | null;
  @ApiProperty() version: number;
}

/** Each item an http(s) origin without a path (libs/domain's embedOriginOf). */
const AreEmbedOrigins = () =>
  ValidateBy({
    name: 'areEmbedOrigins',
    validator: {
      validate: (value: unknown) =>
        Array.isArray(value) &&
        value.every((item) => typeof item === 'string' && embedOriginOf(item) !== null),
      defaultMessage: (args?: ValidationArguments) => {
        const value: unknown = args?.value;
        const wrong = Array.isArray(value)
          ? value.find((item) => typeof item !== 'string' || embedOriginOf(item) === null)
          : value;
        return `embedOrigins must list web site origins such as https://www.ljungby.se, without a path (not ${JSON.stringify(wrong)})`;
      },
    },
  });

export class UpdateOrganisationSettingsDto implements UpdateOrganisationSettingsInput {
  @ApiProperty({ nullable: true, type: String, description: 'Null: use ORGANISATION_NAME' })
  @Nullable()
  @SingleLineText('name', FIELD_LIMITS.organisation.name)
  name: string | null;

  @ApiProperty({ type: [String], example: ['https://www.ljungby.se'] })
  @IsArray({ message: 'embedOrigins must be a list' })
  @ArrayMaxSize(MOST_EMBED_ORIGINS, {
    message: `embedOrigins may list at most ${MOST_EMBED_ORIGINS} web sites`,
  })
  @AreEmbedOrigins()
  embedOrigins: string[];

  @ApiProperty({ description: 'The version you read' })
  @IsVersion()
  version: number;
}

export class UploadLogoDto implements UploadLogoInput {
  @ApiProperty({ description: 'A PNG, JPEG or WebP image as base64, at most 256 kB' })
  @IsString({ message: 'contentBase64 must be the image as base64 text' })
  contentBase64: string;
}
