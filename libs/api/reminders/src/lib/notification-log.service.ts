import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  seesEveryonesReminders,
  type CurrentUser,
  type DeadlineKind,
  type NotificationLogEntry,
  type NotificationLogPage,
} from '@gp/domain';

/** Which page of the log, and of which project. */
export interface NotificationLogQuery {
  limit?: number;
  offset?: number;
  projectId?: string;
}

/**
 * What reminders went to whom, and how their emails fared: coordinators and admins see all,
 * everyone else what was sent to them.
 */
@Injectable()
export class NotificationLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(user: CurrentUser, query: NotificationLogQuery): Promise<NotificationLogPage> {
    const everyone = seesEveryonesReminders(user.roles);
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
              to_char(n.due_on, 'YYYY-MM-DD') AS due_on, u.name, u.email, m.status, m.retry_at, n.created_at, m.sent_at
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
        retryAt: row['retry_at'] ? new Date(row['retry_at'] as string).toISOString() : null,
        createdAt: new Date(row['created_at'] as string).toISOString(),
        sentAt: row['sent_at'] ? new Date(row['sent_at'] as string).toISOString() : null,
      })),
    };
  }
}
