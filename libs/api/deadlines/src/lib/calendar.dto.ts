import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  DEADLINE_KINDS,
  DEADLINE_PAGE_MAX,
  DEADLINE_PAGE_SIZE,
  DEADLINE_STATUSES,
  type CalendarFeed,
  type CalendarFeedStatus,
  type Deadline,
  type DeadlineFilters,
  type DeadlinePage,
  type DeadlinePageQuery,
  type DeadlineKind,
  type DeadlineStatus,
  type PlannedReminder,
} from '@gp/domain';
import { IsCalendarDate, Optional, QueryInteger } from '@gp/api/core';
import { ProjectFilterQueryDto } from '@gp/api/project-access';

export class DeadlineQueryDto extends ProjectFilterQueryDto implements DeadlineFilters, DeadlinePageQuery {
  @ApiPropertyOptional({ format: 'date', description: 'First due day' })
  @Optional()
  @IsCalendarDate('from')
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last due day' })
  @Optional()
  @IsCalendarDate('to')
  to?: string;

  @ApiPropertyOptional({ enum: ['open', 'all'], default: 'open' })
  @Optional()
  @IsIn(['open', 'all'], { message: "status must be 'open' or 'all'" })
  status?: 'open' | 'all';

  @ApiPropertyOptional({ minimum: 1, maximum: DEADLINE_PAGE_MAX, default: DEADLINE_PAGE_SIZE })
  @Optional()
  @QueryInteger()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be from 1 to ${DEADLINE_PAGE_MAX}` })
  @Max(DEADLINE_PAGE_MAX, { message: `limit must be from 1 to ${DEADLINE_PAGE_MAX}` })
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the page before; leave out for the first page' })
  @Optional()
  @IsString({ message: 'cursor must be the nextCursor of a page' })
  @MaxLength(200, { message: 'cursor must be the nextCursor of a page' })
  cursor?: string;
}

export class ProjectQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID('all', { message: 'projectId must be a project id' })
  projectId?: string;
}

export class DeadlineDto implements Deadline {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() projectTitle: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: DeadlineKind;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) sourceId: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) dueAt: string | null;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: DEADLINE_STATUSES }) status: DeadlineStatus;
}

export class DeadlinePageDto implements DeadlinePage {
  @ApiProperty({ type: [DeadlineDto] }) items: DeadlineDto[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as cursor for the next page; null on the last page',
  })
  nextCursor: string | null;
}

export class PlannedReminderDto implements PlannedReminder {
  @ApiProperty({ format: 'uuid' }) deadlineId: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() projectTitle: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: DeadlineKind;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ description: 'Days before the due day; -1 is the day after' }) offsetDays: number;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class CalendarFeedDto implements CalendarFeed {
  @ApiProperty({ description: 'The secret iCalendar address to subscribe to; it cannot be shown again' })
  url: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CalendarFeedStatusDto implements CalendarFeedStatus {
  @ApiProperty({ description: 'Whether a feed address exists' }) exists: boolean;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'When the address was made; null if that was not recorded',
  })
  createdAt: string | null;
}
