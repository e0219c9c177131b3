import type { MailStatus } from '@gp/domain';
import type { StatusTone } from './status-chip.component';

/** How each mail status looks in the log: an icon and a tone, with the translated word beside them. */
export const MAIL_STATUS_LOOK: Readonly<Record<MailStatus, { tone: StatusTone; icon: string }>> = {
  queued: { tone: 'neutral', icon: 'schedule' },
  sending: { tone: 'info', icon: 'schedule_send' },
  retrying: { tone: 'warning', icon: 'update' },
  sent: { tone: 'success', icon: 'check_circle' },
  kept: { tone: 'neutral', icon: 'inventory_2' },
  failed: { tone: 'danger', icon: 'error' },
  flagged: { tone: 'warning', icon: 'flag' },
};
