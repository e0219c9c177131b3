import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import {
  DEADLINE_KINDS,
  DEADLINE_STATUSES,
  type CalendarFeed,
  type Deadline,
  type DeadlineFilters,
  type DeadlineKind,
  type DeadlineStatus,
  type PlannedReminder,
} from '@gp/domain';
import { ProjectFilterQueryDto } from '@gp/api/project-access';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class DeadlineQueryDto extends ProjectFilterQueryDto implements DeadlineFilters {
  @ApiPropertyOptional({ format: 'date', description: 'First due day' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date such as 2027-03-01' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last due day' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date such as 2027-03-31' })
  to?: string;

  @ApiPropertyOptional({ enum: ['open', 'all'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'all'], { message: "status must be 'open' or 'all'" })
  status?: 'open' | 'all';
}

export class ProjectQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
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
  @ApiProperty({ description: 'The secret iCalendar address to subscribe to' }) url: string;
}
