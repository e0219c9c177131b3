import type { NotificationLogEntry, PlannedReminder } from '@gp/domain';

/** Reminders sent and planned, for the specs. */
export function logEntry(overrides: Partial<NotificationLogEntry> = {}): NotificationLogEntry {
  return {
    id: 'n1',
    projectId: 'p1',
    projectTitle: 'Grön omställning',
    deadlineKind: 'call',
    deadlineTitle: 'Erasmus+ KA220',
    offsetDays: 30,
    dueOn: '2026-04-02',
    recipientName: 'Lena Lind',
    recipientEmail: 'lena@kommun.se',
    status: 'sent',
    retryAt: null,
    createdAt: '2026-03-03T07:00:00Z',
    sentAt: '2026-03-03T07:00:05Z',
    ...overrides,
  };
}

export function plannedReminder(overrides: Partial<PlannedReminder> = {}): PlannedReminder {
  return {
    deadlineId: 'd1',
    projectId: 'p1',
    projectTitle: 'Grön omställning',
    kind: 'final_report',
    title: 'Grön omställning',
    dueOn: '2026-06-30',
    offsetDays: 14,
    at: '2026-06-16T06:00:00Z',
    ...overrides,
  };
}
