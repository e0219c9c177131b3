import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  FIELD_LIMITS,
  CURRENCIES,
  INTERNATIONALISATION_FORMS,
  MUNICIPALITY_ROLES,
  type CreateIdeaInput,
  type Currency,
  type InternationalisationForm,
  type MunicipalityRole,
  type Partner,
  type ProjectBudget,
  type ProjectLink,
  type UpdateProjectInput,
} from '@gp/domain';
import {
  HasNoControlCharacters,
  IsCalendarDate,
  IsEmailAddress,
  IsVersion,
  IsWebLink,
  MultiLineText,
  Nullable,
  Optional,
  OptionalNullable,
  SingleLineText,
} from '@gp/api/core';

const AmountOrNull = () => (target: object, key: string) => {
  Nullable()(target, key);
  IsInt({ message: `${key} must be a whole number of minor units` })(target, key);
  Min(0, { message: `${key} must not be negative` })(target, key);
  Max(Number.MAX_SAFE_INTEGER)(target, key);
};

export class CreateIdeaDto implements CreateIdeaInput {
  @ApiProperty({ example: 'Hållbar mobilitet i Kronoberg' })
  @SingleLineText('title', FIELD_LIMITS.project.title)
  title: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'departmentId must be the id of a department' })
  departmentId: string;
}

export class PartnerDto implements Partner {
  @ApiProperty({ example: 'Aarhus Kommune' })
  @SingleLineText('organisation', FIELD_LIMITS.project.partnerOrganisation)
  organisation: string;

  @ApiProperty({ example: 'DK', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as SE or NO' })
  country: string;

  @ApiProperty({ enum: MUNICIPALITY_ROLES })
  @IsIn(MUNICIPALITY_ROLES, { message: `role must be one of ${MUNICIPALITY_ROLES.join(', ')}` })
  role: MunicipalityRole;
}

export class ProjectLinkDto implements ProjectLink {
  @ApiProperty()
  @SingleLineText('label', FIELD_LIMITS.project.linkLabel)
  label: string;

  @ApiProperty()
  @IsWebLink('url')
  url: string;
}

export class ProjectBudgetDto implements ProjectBudget {
  @ApiProperty({ enum: CURRENCIES })
  @IsIn(CURRENCIES, { message: `currency must be one of ${CURRENCIES.join(', ')}` })
  currency: Currency;

  @ApiProperty({ nullable: true, type: Number }) @AmountOrNull() totalMinor: number | null;
  @ApiProperty({ nullable: true, type: Number }) @AmountOrNull() requestedGrantMinor: number | null;
  @ApiProperty({ nullable: true, type: Number }) @AmountOrNull() ownCashMinor: number | null;
  @ApiProperty({ nullable: true, type: Number }) @AmountOrNull() ownInKindMinor: number | null;
  @ApiProperty({ nullable: true, type: Number }) @AmountOrNull() grantedMinor: number | null;
}

/** Every field is optional: a PATCH changes what it names, under the version it was based on. */
export class UpdateProjectDto implements UpdateProjectInput {
  @ApiProperty({ description: 'The version the edit was based on' })
  @IsVersion()
  version: number;

  @ApiPropertyOptional()
  @Optional()
  @SingleLineText('title', FIELD_LIMITS.project.title)
  title?: string;
  @ApiPropertyOptional()
  @Optional()
  @MultiLineText('purpose', FIELD_LIMITS.project.purpose)
  purpose?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID('all', { message: 'departmentId must be the id of a department' })
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @OptionalNullable()
  @IsUUID('all', { message: 'projectLeadId must be the id of a person' })
  projectLeadId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @OptionalNullable()
  @IsUUID('all', { message: 'coordinatorId must be the id of a person' })
  coordinatorId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @OptionalNullable()
  @IsUUID('all', { message: 'programmeId must be the id of a programme' })
  programmeId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @OptionalNullable()
  @IsUUID('all', { message: 'callId must be the id of a call' })
  callId?: string | null;

  @ApiPropertyOptional({ enum: MUNICIPALITY_ROLES, nullable: true })
  @OptionalNullable()
  @IsIn(MUNICIPALITY_ROLES, { message: `municipalityRole must be one of ${MUNICIPALITY_ROLES.join(', ')}` })
  municipalityRole?: MunicipalityRole | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @OptionalNullable()
  @IsCalendarDate('plannedStart')
  plannedStart?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @OptionalNullable()
  @IsCalendarDate('plannedEnd')
  plannedEnd?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @OptionalNullable()
  @IsCalendarDate('interimReportOn')
  interimReportOn?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @OptionalNullable()
  @IsCalendarDate('finalReportOn')
  finalReportOn?: string | null;

  @ApiPropertyOptional({ type: ProjectBudgetDto })
  @Optional()
  @ValidateNested()
  @Type(() => ProjectBudgetDto)
  budget?: ProjectBudgetDto;

  @ApiPropertyOptional({ type: [PartnerDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.project.maxPartners)
  @ValidateNested({ each: true })
  @Type(() => PartnerDto)
  partners?: PartnerDto[];

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.project.maxThemes)
  @ArrayUnique({ message: 'themes must name each theme once' })
  @IsString({ each: true, message: 'each theme must be a text' })
  @Length(FIELD_LIMITS.project.theme.min, FIELD_LIMITS.project.theme.max, {
    each: true,
    message: `each theme must be ${FIELD_LIMITS.project.theme.min} to ${FIELD_LIMITS.project.theme.max} characters`,
  })
  @HasNoControlCharacters('each theme', 'single-line', { each: true })
  themes?: string[];

  @ApiPropertyOptional({ type: [Number], description: 'Agenda 2030 goals 1–17' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.project.maxSdgs)
  @ArrayUnique({ message: 'sdgs must name each goal once' })
  @IsInt({ each: true, message: 'each goal must be a whole number from 1 to 17' })
  @Min(1, { each: true, message: 'each goal must be a whole number from 1 to 17' })
  @Max(17, { each: true, message: 'each goal must be a whole number from 1 to 17' })
  sdgs?: number[];

  @ApiPropertyOptional({ enum: INTERNATIONALISATION_FORMS, nullable: true })
  @OptionalNullable()
  @IsIn(INTERNATIONALISATION_FORMS, {
    message: `internationalisationForm must be one of ${INTERNATIONALISATION_FORMS.join(', ')}`,
  })
  internationalisationForm?: InternationalisationForm | null;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean({ message: 'isPublic must be true or false' })
  isPublic?: boolean;
  @ApiPropertyOptional()
  @Optional()
  @MultiLineText('publicSummary', FIELD_LIMITS.project.publicSummary)
  publicSummary?: string;
  @ApiPropertyOptional()
  @Optional()
  @SingleLineText('contactName', FIELD_LIMITS.project.contactName)
  contactName?: string;

  @ApiPropertyOptional()
  @Optional()
  @ValidateIf((_, v) => v !== '')
  @IsEmailAddress('contactEmail')
  contactEmail?: string;

  @ApiPropertyOptional({ type: [ProjectLinkDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.project.maxLinks)
  @ValidateNested({ each: true })
  @Type(() => ProjectLinkDto)
  links?: ProjectLinkDto[];

  @ApiPropertyOptional()
  @Optional()
  @MultiLineText('results', FIELD_LIMITS.project.results)
  results?: string;
}
