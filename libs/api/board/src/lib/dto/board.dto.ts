import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min, ValidateBy } from 'class-validator';
import {
  BOARD_PAGE_MAX,
  BOARD_PAGE_SIZE,
  CURRENCIES,
  decodeBoardCursor,
  OUTCOMES,
  STAGES,
  type Board,
  type BoardCard,
  type BoardColumn,
  type BoardColumnPage,
  type BoardFilters,
  type BoardPageQuery,
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

  @ApiPropertyOptional({
    minimum: 1,
    maximum: BOARD_PAGE_MAX,
    default: BOARD_PAGE_SIZE,
    description: 'Cards per column (per page)',
  })
  @Optional()
  @QueryInteger()
  @IsInt({ message: `limit must be a whole number from 1 to ${BOARD_PAGE_MAX}` })
  @Min(1, { message: `limit must be a whole number from 1 to ${BOARD_PAGE_MAX}` })
  @Max(BOARD_PAGE_MAX, { message: `limit must be a whole number from 1 to ${BOARD_PAGE_MAX}` })
  limit?: number;
}

/** A cursor this board made (libs/domain's decodeBoardCursor reads it). */
const IsBoardCursor = () =>
  ValidateBy({
    name: 'isBoardCursor',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && decodeBoardCursor(value) !== null,
      defaultMessage: () => "cursor must be a column's next cursor from the board",
    },
  });

export class BoardPageQueryDto extends BoardQueryDto implements BoardPageQuery {
  @ApiProperty({ enum: STAGES, description: 'The column to page' })
  @IsIn(STAGES, { message: `stage must be one of ${STAGES.join(', ')}` })
  stage: Stage;

  @ApiProperty({ description: "The column's `next` from the board or from the previous page" })
  @IsBoardCursor()
  cursor: string;
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
  @ApiProperty({ type: [BoardCardDto], description: 'The first page, most recently changed first' })
  cards: BoardCardDto[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Cursor for GET /api/board/page; null when all are listed',
  })
  next: string | null;
}

export class BoardColumnPageDto implements BoardColumnPage {
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty({ type: [BoardCardDto], description: 'The cards after the cursor, in the column order' })
  cards: BoardCardDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Cursor for the page after; null at the end' })
  next: string | null;
}

export class BoardDto implements Board {
  @ApiProperty({ type: [BoardColumnDto] }) columns: BoardColumnDto[];
}
