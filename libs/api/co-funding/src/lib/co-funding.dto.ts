import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  FIELD_LIMITS,
  CO_FUNDING_DECISIONS,
  CO_FUNDING_STATUSES,
  CO_FUNDING_DECIDED_AS,
  CO_FUNDING_RECOMMENDATIONS,
  CURRENCIES,
  type CoFundingDecidedAs,
  type CoFundingMinutes,
  type CoFundingPlan,
  type CoFundingRecommendation,
  type CoFundingRoute,
  type CoFundingCommitment,
  type CoFundingDecision,
  type CoFundingDecisionInput,
  type CoFundingRequest,
  type CoFundingRequestInput,
  type CoFundingStatus,
  type CoFundingYear,
  type Currency,
  type UpdateCoFundingRequestInput,
} from '@gp/domain';
import { IsVersion, MultiLineText, Optional } from '@gp/api/core';

export class CoFundingYearDto implements CoFundingYear {
  @ApiProperty({ example: 2027 })
  @IsInt({ message: 'year must be a budget year such as 2027' })
  @Min(2000, { message: 'year must be a budget year such as 2027' })
  @Max(2100, { message: 'year must be a budget year such as 2027' })
  year: number;

  @ApiProperty({ description: 'Cash, in minor units' })
  @IsInt({ message: 'cashMinor must be a whole number of minor units' })
  @Min(0, { message: 'cashMinor must not be negative' })
  @Max(Number.MAX_SAFE_INTEGER)
  cashMinor: number;

  @ApiProperty({ description: 'In kind (staff time, premises), in minor units' })
  @IsInt({ message: 'inKindMinor must be a whole number of minor units' })
  @Min(0, { message: 'inKindMinor must not be negative' })
  @Max(Number.MAX_SAFE_INTEGER)
  inKindMinor: number;
}

const Years = () => (target: object, key: string) => {
  ApiProperty({ type: [CoFundingYearDto] })(target, key);
  IsArray({ message: 'years must list the budget years' })(target, key);
  ArrayMinSize(1, { message: 'years must list at least one budget year' })(target, key);
  ArrayMaxSize(FIELD_LIMITS.coFunding.maxYears)(target, key);
  ValidateNested({ each: true })(target, key);
  Type(() => CoFundingYearDto)(target, key);
};

export class CoFundingRequestInputDto implements CoFundingRequestInput {
  @ApiProperty({ format: 'uuid', description: 'The department asked to co-fund' })
  @IsUUID('all', { message: 'departmentId must be the id of a department' })
  departmentId: string;

  @ApiProperty({ enum: CURRENCIES })
  @IsIn(CURRENCIES, { message: 'currency must be EUR, SEK or NOK' })
  currency: Currency;

  @Years()
  years: CoFundingYear[];

  @ApiProperty({ description: 'Why the department should co-fund' })
  @MultiLineText('justification', FIELD_LIMITS.coFunding.justification)
  justification: string;
}

export class UpdateCoFundingRequestDto implements UpdateCoFundingRequestInput {
  @ApiPropertyOptional({ type: [CoFundingYearDto] })
  @Optional()
  @IsArray({ message: 'years must list the budget years' })
  @ArrayMinSize(1, { message: 'years must list at least one budget year' })
  @ArrayMaxSize(FIELD_LIMITS.coFunding.maxYears)
  @ValidateNested({ each: true })
  @Type(() => CoFundingYearDto)
  years?: CoFundingYear[];

  @ApiPropertyOptional()
  @Optional()
  @MultiLineText('justification', FIELD_LIMITS.coFunding.justification)
  justification?: string;

  @ApiProperty({ description: 'The version you read; a newer one answers 409' })
  @IsVersion()
  version: number;
}

export class VersionDto {
  @ApiProperty({ description: 'The version you read; a newer one answers 409' })
  @IsVersion()
  version: number;
}

export class CoFundingDecisionDto implements CoFundingDecisionInput {
  @ApiProperty({ enum: CO_FUNDING_DECISIONS })
  @IsIn(CO_FUNDING_DECISIONS, { message: "decision must be 'approved' or 'rejected'" })
  decision: CoFundingDecision;

  @ApiProperty({ description: 'Required when rejecting: the project needs to know why' })
  @MultiLineText('comment', FIELD_LIMITS.coFunding.decisionComment)
  comment: string;

  @ApiProperty({ description: 'The version you read; a newer one answers 409' })
  @IsVersion()
  version: number;
}

export class CoFundingInboxQueryDto {
  @ApiPropertyOptional({ enum: CO_FUNDING_STATUSES })
  @Optional()
  @IsIn(CO_FUNDING_STATUSES, { message: 'status must be pending, approved, rejected or withdrawn' })
  status?: CoFundingStatus;
}

export class CoFundingRequestDto implements CoFundingRequest {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() projectTitle: string;
  @ApiProperty({ format: 'uuid' }) departmentId: string;
  @ApiProperty() departmentName: string;
  @ApiProperty({ enum: CURRENCIES }) currency: Currency;
  @ApiProperty({ type: [CoFundingYearDto] }) years: CoFundingYear[];
  @ApiProperty() justification: string;
  @ApiProperty({ enum: CO_FUNDING_STATUSES }) status: CoFundingStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) requestedById: string | null;
  @ApiProperty({ nullable: true, type: String }) requestedByName: string | null;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) decidedById: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedByName: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionComment: string | null;
  @ApiProperty({
    description: 'Who decides and why: the head within delegation, the committee or the municipal board',
  })
  route: CoFundingRoute;
  @ApiProperty({ description: 'The deciding body and its dates, planned back from the call deadline' })
  plan: CoFundingPlan;
  @ApiProperty({
    type: [Number],
    description: 'Budget years in which this pending request exceeds the remaining frame',
  })
  yearsOverFrame: number[];
  @ApiProperty({ enum: CO_FUNDING_RECOMMENDATIONS, nullable: true })
  recommendation: CoFundingRecommendation | null;
  @ApiProperty({ nullable: true, type: String }) recommendationComment: string | null;
  @ApiProperty({ nullable: true, type: String }) recommendedByName: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) recommendedAt: string | null;
  @ApiProperty({ enum: CO_FUNDING_DECIDED_AS, nullable: true }) decidedAs: CoFundingDecidedAs | null;
  @ApiProperty({ nullable: true, description: 'The body, meeting day, § and case number of the decision' })
  minutes: CoFundingMinutes | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) extractItemId: string | null;
  @ApiProperty() version: number;
}

export class CoFundingCommitmentDto implements CoFundingCommitment {
  @ApiProperty({ format: 'uuid' }) departmentId: string;
  @ApiProperty() departmentName: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: CURRENCIES }) currency: Currency;
  @ApiProperty() approvedCashMinor: number;
  @ApiProperty() approvedInKindMinor: number;
  @ApiProperty() pendingCashMinor: number;
  @ApiProperty() pendingInKindMinor: number;
  @ApiProperty() projects: number;
}
