import type { MailStatus } from '../platform/mail.contract';
import type { Deadline, DeadlineKind } from './deadline.contract';

/** One reminder sent (or on its way) to one person, as the notification log lists it. */
export interface NotificationLogEntry {
  id: string;
  projectId: string;
  projectTitle: string;
  deadlineKind: DeadlineKind;
  deadlineTitle: string;
  /** Days before the due day; -1 is the day after. */
  offsetDays: number;
  dueOn: string;
  recipientName: string;
  recipientEmail: string;
  /** The email's state in the mail log; `queued` until the mail worker has it. */
  status: MailStatus;
  /** While `retrying`: when the email is tried again. */
  retryAt: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface NotificationLogPage {
  items: NotificationLogEntry[];
  total: number;
}

/** A reminder still to come for an open deadline. */
export interface PlannedReminder {
  deadlineId: string;
  projectId: string;
  projectTitle: string;
  kind: DeadlineKind;
  title: string;
  dueOn: string;
  offsetDays: number;
  /** When it is sent (ISO instant, 08:00 in the organisation's zone). */
  at: string;
}

/** The calendar's filters: the board's, and a period of due days. */
export interface DeadlineFilters {
  /** First and last due day, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  programmeId?: string;
  departmentId?: string;
  projectLeadId?: string;
  q?: string;
  /** `open` (the default) or `all`, which adds done and cancelled ones. */
  status?: 'open' | 'all';
}

/** How many deadlines one page of /api/deadlines holds unless asked, and at most. */
export const DEADLINE_PAGE_SIZE = 500;
export const DEADLINE_PAGE_MAX = 2000;

/** The calendar's filters and which page: up to `limit` deadlines after the `cursor` a page gave. */
export interface DeadlinePageQuery extends DeadlineFilters {
  limit?: number;
  /** `nextCursor` of the page before, as it came; absent for the first page. */
  cursor?: string;
}

/**
 * One page of deadlines, by due day. A period may hold more than one page (a municipality with
 * years of projects): `nextCursor` asks for the rest, and is null on the last page.
 */
export interface DeadlinePage {
  items: Deadline[];
  nextCursor: string | null;
}

/**
 * Whether a person has a calendar feed, and since when (null: made before that was recorded).
 * Its address cannot be shown again: only a hash of its secret is kept.
 */
export interface CalendarFeedStatus {
  exists: boolean;
  createdAt: string | null;
}

/**
 * A newly made calendar feed: the secret address for Outlook or Google Calendar to subscribe to,
 * shown this once.
 */
export interface CalendarFeed {
  url: string;
  createdAt: string;
}

/**
 * How a person gets reminders: `mixed` (the default) gathers the earlier reminders of a deadline
 * into a daily digest and sends the last ones (the day before, the day itself and overdue) at once;
 * `immediate` sends each at once; `digest` gathers every one into the daily digest.
 */
export const REMINDER_DELIVERIES = ['mixed', 'immediate', 'digest'] as const;
export type ReminderDelivery = (typeof REMINDER_DELIVERIES)[number];

/** How one reminder goes to one person: an email of its own, or a line in the daily digest. */
export type ReminderChannel = 'immediate' | 'digest';

/** When reminders go out: a wall-clock time (HH:mm, REMINDER_SEND_TIME) in the organisation's zone. */
export interface ReminderSendTime {
  sendTime: string;
  /** IANA zone, e.g. Europe/Stockholm. */
  timeZone: string;
}

export interface ReminderPreferences extends ReminderSendTime {
  delivery: ReminderDelivery;
  /** True when the person has not chosen and the default for everyone (`mixed`) applies. */
  isDefault: boolean;
  mutedProjectIds: string[];
}

export interface ReminderPreferencesInput {
  /** null returns to the default, `mixed`. */
  delivery: ReminderDelivery | null;
}
