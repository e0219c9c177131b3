import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
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
import { IsWebLink, TextLength } from '@gp/api/core';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AmountOrNull = () => (target: object, key: string) => {
  ValidateIf((_, value) => value !== null)(target, key);
  IsInt({ message: `${key} must be a whole number of minor units` })(target, key);
  Min(0, { message: `${key} must not be negative` })(target, key);
  Max(Number.MAX_SAFE_INTEGER)(target, key);
};

export class CreateIdeaDto implements CreateIdeaInput {
  @ApiProperty({ example: 'Hållbar mobilitet i Kronoberg' })
  @IsString()
  @TextLength('title', FIELD_LIMITS.project.title)
  title: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'departmentId must be the id of a department' })
  departmentId: string;
}

export class PartnerDto implements Partner {
  @ApiProperty({ example: 'Aarhus Kommune' })
  @IsString()
  @TextLength('organisation', FIELD_LIMITS.project.partnerOrganisation)
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
  @IsString()
  @Length(FIELD_LIMITS.project.linkLabel.min, FIELD_LIMITS.project.linkLabel.max)
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
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @TextLength('title', FIELD_LIMITS.project.title)
  title?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_LIMITS.project.purpose.max)
  purpose?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'departmentId must be the id of a department' })
  departmentId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'projectLeadId must be the id of a person' })
  projectLeadId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'coordinatorId must be the id of a person' })
  coordinatorId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'programmeId must be the id of a programme' })
  programmeId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'callId must be the id of a call' })
  callId?: string | null;

  @ApiPropertyOptional({ enum: MUNICIPALITY_ROLES, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(MUNICIPALITY_ROLES, { message: `municipalityRole must be one of ${MUNICIPALITY_ROLES.join(', ')}` })
  municipalityRole?: MunicipalityRole | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE, { message: 'plannedStart must be a date (YYYY-MM-DD)' })
  plannedStart?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE, { message: 'plannedEnd must be a date (YYYY-MM-DD)' })
  plannedEnd?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE, { message: 'interimReportOn must be a date (YYYY-MM-DD)' })
  interimReportOn?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(DATE, { message: 'finalReportOn must be a date (YYYY-MM-DD)' })
  finalReportOn?: string | null;

  @ApiPropertyOptional({ type: ProjectBudgetDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectBudgetDto)
  budget?: ProjectBudgetDto;

  @ApiPropertyOptional({ type: [PartnerDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.project.maxPartners)
  @ValidateNested({ each: true })
  @Type(() => PartnerDto)
  partners?: PartnerDto[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.project.maxThemes)
  @IsString({ each: true })
  @Length(FIELD_LIMITS.project.theme.min, FIELD_LIMITS.project.theme.max, { each: true })
  themes?: string[];

  @ApiPropertyOptional({ type: [Number], description: 'Agenda 2030 goals 1–17' })
  @IsOptional()
  @IsArray()
  @IsInt({ each: true, message: 'each goal must be a whole number from 1 to 17' })
  @Min(1, { each: true, message: 'each goal must be a whole number from 1 to 17' })
  @Max(17, { each: true, message: 'each goal must be a whole number from 1 to 17' })
  sdgs?: number[];

  @ApiPropertyOptional({ enum: INTERNATIONALISATION_FORMS, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(INTERNATIONALISATION_FORMS, {
    message: `internationalisationForm must be one of ${INTERNATIONALISATION_FORMS.join(', ')}`,
  })
  internationalisationForm?: InternationalisationForm | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() isPublic?: boolean;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_LIMITS.project.publicSummary.max)
  publicSummary?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_LIMITS.project.contactName.max)
  contactName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateIf((_, v) => v !== '')
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  contactEmail?: string;

  @ApiPropertyOptional({ type: [ProjectLinkDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.project.maxLinks)
  @ValidateNested({ each: true })
  @Type(() => ProjectLinkDto)
  links?: ProjectLinkDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_LIMITS.project.results.max)
  results?: string;
}
