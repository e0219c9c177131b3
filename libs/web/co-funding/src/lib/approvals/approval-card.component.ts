import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type {
  CoFundingDecision,
  CoFundingDecisionBar,
  CoFundingRecommendation,
  CoFundingRequest,
  LedgerYear,
} from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { CoFundingRouteComponent } from '../decisions/co-funding-route.component';
import { CoFundingStatusChipComponent, CoFundingYearsComponent, LocalDatePipe } from '@gp/web/ui';

/**
 * One request for co-funding as the head of department decides it: the project, what is asked
 * per budget year and why, who asks, who decides and by when, and either the two decisions, the
 * recommendation to the body above the head's delegation, the coordinator's record of the body's
 * decision, or why this person may not act on it. Focusable, so the page can take a link's follower straight to it.
 */
@Component({
  selector: 'gp-approval-card',
  imports: [
    CoFundingRouteComponent,
    CoFundingStatusChipComponent,
    CoFundingYearsComponent,
    LocalDatePipe,
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './approval-card.component.html',
  styleUrl: './approval-card.component.scss',
  host: {
    '[attr.data-testid]': '"approval-" + request().id',
    '[class.highlighted]': 'highlighted()',
    '[attr.aria-current]': 'highlighted() ? "true" : null',
    '[attr.aria-labelledby]': '"approval-title-" + request().id',
    role: 'article',
    tabindex: '-1',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalCardComponent {
  protected readonly locale = inject(LanguageStore).locale;

  readonly request = input.required<CoFundingRequest>();
  /** Why the person may not decide it, or null when they may. */
  readonly bar = input<CoFundingDecisionBar | null>(null);
  /** The request a link (an email's, a project page's) led to. */
  readonly highlighted = input(false);

  /** The head (or an admin) may advise the body on it: above delegation, pending, not their own. */
  readonly mayRecommend = input(false);
  /** A coordinator or an admin may record the body's decision on it. */
  readonly mayRecord = input(false);
  /** The ledger, for the remaining frame of each year asked. */
  readonly ledger = input<readonly LedgerYear[] | null>(null);
  readonly decide = output<CoFundingDecision>();
  readonly recommend = output<CoFundingRecommendation>();
  readonly record = output<void>();

  /** Once recommended, the other recommendation: what pressing again changes it to. */
  protected readonly changeTo = computed<CoFundingRecommendation | null>(() => {
    const current = this.request().recommendation;
    return current === null ? null : current === 'for' ? 'against' : 'for';
  });
}
