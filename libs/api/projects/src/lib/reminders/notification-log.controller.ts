import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import {
  DEADLINE_KINDS,
  hasAnyRole,
  type CurrentUser,
  type DeadlineKind,
  type NotificationLogEntry,
  type NotificationLogPage,
} from '@gp/domain';
import { ALL_ROLES, QueryInteger, Roles, SignedInUser } from '@gp/api/core';

class NotificationLogQueryDto {
  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be 1 to 200' })
  @Max(200, { message: 'limit must be 1 to 200' })
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must not be negative' })
  offset?: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be a project id' })
  projectId?: string;
}

class NotificationLogEntryDto implements NotificationLogEntry {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() projectTitle: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) deadlineKind: DeadlineKind;
  @ApiProperty() deadlineTitle: string;
  @ApiProperty() offsetDays: number;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty() recipientName: string;
  @ApiProperty() recipientEmail: string;
  @ApiProperty({ enum: ['queued', 'sending', 'sent', 'kept', 'failed', 'flagged'] })
  status: NotificationLogEntry['status'];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) sentAt: string | null;
}

class NotificationLogPageDto implements NotificationLogPage {
  @ApiProperty({ type: [NotificationLogEntryDto] }) items: NotificationLogEntry[];
  @ApiProperty() total: number;
}

/**
 * What reminders went to whom, and how their emails fared: coordinators and admins see all,
 * everyone else what was sent to them.
 */
@ApiTags('reminders')
@Controller('notifications')
export class NotificationLogController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: NotificationLogPageDto })
  async list(
    @SignedInUser() user: CurrentUser,
    @Query() query: NotificationLogQueryDto,
  ): Promise<NotificationLogPage> {
    const everyone = hasAnyRole(user.roles, ['admin', 'coordinator']);
    const where = `WHERE ($1::boolean OR n.recipient_id = $2) AND ($3::uuid IS NULL OR d.project_id = $3)`;
    const params = [everyone, user.id, query.projectId ?? null];
    const from = `FROM notification n
      JOIN deadline d ON d.id = n.deadline_id
      JOIN project p ON p.id = d.project_id
      JOIN user_account u ON u.id = n.recipient_id
      LEFT JOIN mail_log m ON m.message_id = n.message_id`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from} ${where}`, params);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT n.id, d.project_id, p.title AS project_title, d.kind, d.title AS deadline_title, n.offset_days,
              to_char(n.due_on, 'YYYY-MM-DD') AS due_on, u.name, u.email, m.status, n.created_at, m.sent_at
         ${from} ${where}
        ORDER BY n.created_at DESC LIMIT $4 OFFSET $5`,
      [...params, query.limit ?? 50, query.offset ?? 0],
    );
    return {
      total,
      items: rows.map((row) => ({
        id: String(row['id']),
        projectId: String(row['project_id']),
        projectTitle: String(row['project_title']),
        deadlineKind: row['kind'] as DeadlineKind,
        deadlineTitle: String(row['deadline_title']),
        offsetDays: Number(row['offset_days']),
        dueOn: String(row['due_on']),
        recipientName: String(row['name']),
        recipientEmail: String(row['email']),
        status: (row['status'] as NotificationLogEntry['status'] | null) ?? 'queued',
        createdAt: new Date(row['created_at'] as string).toISOString(),
        sentAt: row['sent_at'] ? new Date(row['sent_at'] as string).toISOString() : null,
      })),
    };
  }
}
