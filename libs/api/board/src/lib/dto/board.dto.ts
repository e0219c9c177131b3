import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import {
  CURRENCIES,
  OUTCOMES,
  STAGES,
  type Board,
  type BoardCard,
  type BoardColumn,
  type BoardFilters,
  type ChecklistProgress,
  type Currency,
  type Outcome,
  type Stage,
} from '@gp/domain';
import { Optional, QueryInteger } from '@gp/api/core';
import { ProjectFilterQueryDto } from '@gp/api/project-access';

export class BoardQueryDto extends ProjectFilterQueryDto implements BoardFilters {
  @ApiPropertyOptional({ example: 2027 })
  @Optional()
  @QueryInteger()
  @IsInt({ message: 'year must be a year such as 2027' })
  @Min(2000, { message: 'year must be a year such as 2027' })
  @Max(2100, { message: 'year must be a year such as 2027' })
  year?: number;

  @ApiPropertyOptional({ enum: ['all'], description: 'List every closed project, not only the recent ones' })
  @Optional()
  @IsIn(['all'], { message: "closed must be 'all' or left out" })
  closed?: 'all';
}

export class ChecklistProgressDto implements ChecklistProgress {
  @ApiProperty() total: number;
  @ApiProperty() done: number;
  @ApiProperty() required: number;
  @ApiProperty() requiredDone: number;
  @ApiProperty({ description: 'Open items past their due day' }) overdue: number;
}

export class CoFundingFactsDto {
  @ApiProperty() asked: boolean;
  @ApiProperty() approved: boolean;
}

export class BoardCardDto implements BoardCard {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty({ enum: OUTCOMES, nullable: true }) outcome: Outcome | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'uuid' }) departmentId: string;
  @ApiProperty() departmentName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) programmeId: string | null;
  @ApiProperty({ nullable: true, type: String }) programmeName: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) callId: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) callDeadline: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) projectLeadId: string | null;
  @ApiProperty({ nullable: true, type: String }) projectLeadName: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) plannedStart: string | null;
  @ApiProperty({ type: ChecklistProgressDto, nullable: true, description: 'Application checklist progress' })
  checklist: ChecklistProgress | null;
  @ApiProperty({ type: CoFundingFactsDto, nullable: true, description: 'Co-funding asked, and all approved' })
  coFunding: { asked: boolean; approved: boolean } | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) plannedEnd: string | null;
  @ApiProperty({ enum: CURRENCIES }) currency: Currency;
  @ApiProperty({ nullable: true, type: Number }) requestedMinor: number | null;
  @ApiProperty({ nullable: true, type: Number }) grantedMinor: number | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class BoardColumnDto implements BoardColumn {
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty() count: number;
  @ApiProperty({ description: 'Minor units per currency', example: { SEK: 120000000, EUR: 9600000 } })
  sums: Partial<Record<Currency, number>>;
  @ApiProperty({ type: [BoardCardDto] }) cards: BoardCardDto[];
}

export class BoardDto implements Board {
  @ApiProperty({ type: [BoardColumnDto] }) columns: BoardColumnDto[];
}
