import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import {
  CO_FUNDING_DECISIONS,
  CO_FUNDING_RECOMMENDATIONS,
  CURRENCIES,
  DECISION_BODY_KINDS,
  FIELD_LIMITS,
  type CoFundingBodyDecisionInput,
  type CoFundingDecision,
  type CoFundingRecommendation,
  type CoFundingRecommendationInput,
  type Currency,
  type DecisionBodyInput,
  type DecisionBodyKind,
  type DelegationLimitInput,
  type UpdateDecisionBodyInput,
} from '@gp/domain';
import {
  IsCalendarDate,
  IsColumnInteger,
  IsVersion,
  MultiLineText,
  Nullable,
  Optional,
  SingleLineText,
} from '@gp/api/core';

const limits = FIELD_LIMITS.coFunding;

export class CoFundingRecommendationDto implements CoFundingRecommendationInput {
  @ApiProperty({ enum: CO_FUNDING_RECOMMENDATIONS })
  @IsIn(CO_FUNDING_RECOMMENDATIONS, { message: "recommendation must be 'for' or 'against'" })
  recommendation: CoFundingRecommendation;

  @ApiProperty({ description: 'Required when recommending against' })
  @MultiLineText('comment', limits.decisionComment)
  comment: string;

  @ApiProperty({ description: 'The version you read; a newer one answers 409' })
  @IsVersion()
  version: number;
}

export class CoFundingBodyDecisionDto implements CoFundingBodyDecisionInput {
  @ApiProperty({ enum: CO_FUNDING_DECISIONS })
  @IsIn(CO_FUNDING_DECISIONS, { message: "decision must be 'approved' or 'rejected'" })
  decision: CoFundingDecision;

  @ApiProperty({
    description: "The chair's urgent decision (ordförandebeslut) rather than the body at a meeting",
  })
  @IsBoolean({ message: 'urgent must be true or false' })
  urgent: boolean;

  @ApiProperty({ format: 'date', description: 'The day of the meeting, or of the chair’s decision' })
  @IsCalendarDate('meetsOn')
  meetsOn: string;

  @ApiProperty({ example: '§ 45', description: 'The paragraph of the minutes (Norway: PS 45/26)' })
  @SingleLineText('paragraph', limits.paragraph)
  paragraph: string;

  @ApiProperty({
    example: 'KS 2026/123',
    description: 'The case number (diarienummer; Norway: saksnummer 26/01234)',
  })
  @SingleLineText('caseNumber', limits.caseNumber)
  caseNumber: string;

  @ApiProperty({ description: 'Required when rejected' })
  @MultiLineText('comment', limits.decisionComment)
  comment: string;

  @ApiProperty({ description: 'The version you read; a newer one answers 409' })
  @IsVersion()
  version: number;
}

export class DecisionBodyInputDto implements DecisionBodyInput {
  @ApiProperty({ enum: DECISION_BODY_KINDS })
  @IsIn(DECISION_BODY_KINDS, { message: 'kind must be committee, municipal_board or council' })
  kind: DecisionBodyKind;

  @ApiProperty({ example: 'Barn- och utbildningsnämnden' })
  @SingleLineText('name', limits.bodyName)
  name: string;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A committee’s department; null otherwise',
  })
  @Nullable()
  @IsUUID('all', { message: 'departmentId must be the id of a department, or null' })
  departmentId: string | null;

  @ApiProperty({ description: 'Calendar days before a meeting the officer’s report must be registered' })
  @IsColumnInteger('reportDaysBefore', 0, 120)
  reportDaysBefore: number;

  @ApiProperty({ description: 'Working days after a meeting until its minutes are approved' })
  @IsColumnInteger('minutesWorkingDays', 0, 30)
  minutesWorkingDays: number;

  @ApiProperty({ type: [String], format: 'date', description: 'The meeting plan, YYYY-MM-DD' })
  @IsArray({ message: 'meetings must list the meeting days' })
  @ArrayMaxSize(limits.maxMeetings, { message: `meetings must list at most ${limits.maxMeetings} days` })
  @IsCalendarDate('meetings', { each: true })
  meetings: string[];
}

export class UpdateDecisionBodyDto implements UpdateDecisionBodyInput {
  @ApiPropertyOptional({ enum: DECISION_BODY_KINDS })
  @Optional()
  @IsIn(DECISION_BODY_KINDS, { message: 'kind must be committee, municipal_board or council' })
  kind?: DecisionBodyKind;

  @ApiPropertyOptional()
  @Optional()
  @SingleLineText('name', limits.bodyName)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsUUID('all', { message: 'departmentId must be the id of a department, or null' })
  departmentId?: string | null;

  @ApiPropertyOptional()
  @Optional()
  @IsColumnInteger('reportDaysBefore', 0, 120)
  reportDaysBefore?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsColumnInteger('minutesWorkingDays', 0, 30)
  minutesWorkingDays?: number;

  @ApiPropertyOptional({ type: [String], format: 'date' })
  @Optional()
  @IsArray({ message: 'meetings must list the meeting days' })
  @ArrayMaxSize(limits.maxMeetings, { message: `meetings must list at most ${limits.maxMeetings} days` })
  @IsCalendarDate('meetings', { each: true })
  meetings?: string[];

  @ApiProperty({ description: 'The version you read; a newer one answers 409' })
  @IsVersion()
  version: number;
}

export class DelegationLimitDto implements DelegationLimitInput {
  @ApiProperty({ nullable: true, type: Number, description: 'Minor units; null: nothing delegated' })
  @Nullable()
  @IsInt({ message: 'headLimitMinor must be a whole number of minor units, or null' })
  @Min(0, { message: 'headLimitMinor must not be below zero' })
  @Max(Number.MAX_SAFE_INTEGER)
  headLimitMinor: number | null;

  @ApiProperty({ enum: CURRENCIES, nullable: true })
  @ValidateIf((o: DelegationLimitDto) => o.headLimitMinor !== null)
  @IsIn(CURRENCIES, { message: 'currency must be EUR, SEK or NOK when a limit is set' })
  currency: Currency | null;

  @ApiProperty({ description: 'A request over more budget years goes to the municipal board' })
  @IsColumnInteger('boardAfterYears', 1, 15)
  boardAfterYears: number;

  @ApiProperty({ description: 'The department’s version you read; a newer one answers 409' })
  @IsVersion()
  version: number;
}

export class CoFundingFrameDto {
  @ApiProperty({ description: 'Minor units' })
  @IsInt({ message: 'amountMinor must be a whole number of minor units' })
  @Min(0, { message: 'amountMinor must not be below zero' })
  @Max(Number.MAX_SAFE_INTEGER)
  amountMinor: number;

  @ApiProperty({ enum: CURRENCIES })
  @IsIn(CURRENCIES, { message: 'currency must be EUR, SEK or NOK' })
  currency: Currency;
}
