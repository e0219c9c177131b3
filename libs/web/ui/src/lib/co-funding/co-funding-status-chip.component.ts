import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CoFundingStatus } from '@gp/domain';
import { StatusChipComponent, type StatusTone } from '../status-chip/status-chip.component';

const LOOK: Readonly<Record<CoFundingStatus, { tone: StatusTone; icon: string }>> = {
  pending: { tone: 'info', icon: 'hourglass_top' },
  approved: { tone: 'success', icon: 'check_circle' },
  rejected: { tone: 'danger', icon: 'cancel' },
  withdrawn: { tone: 'neutral', icon: 'undo' },
};

/** Where a co-funding request stands, in words with an icon. */
@Component({
  selector: 'gp-co-funding-status-chip',
  imports: [StatusChipComponent, TranslocoPipe],
  template: `<gp-status-chip
    [label]="'coFunding.status.' + status() | transloco"
    [tone]="look().tone"
    [icon]="look().icon"
  />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoFundingStatusChipComponent {
  readonly status = input.required<CoFundingStatus>();
  protected readonly look = computed(() => LOOK[this.status()]);
}
