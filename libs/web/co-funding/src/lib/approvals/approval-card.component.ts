import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CoFundingDecision, CoFundingDecisionBar, CoFundingRequest } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { CoFundingStatusChipComponent, CoFundingYearsComponent, LocalDatePipe } from '@gp/web/ui';

/**
 * One request for co-funding as the head of department decides it: the project, what is asked
 * per budget year and why, who asks, and either the two decisions or why this person may not
 * decide. Focusable, so the page can take an email's reader straight to it.
 */
@Component({
  selector: 'gp-approval-card',
  imports: [
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
  /** The request an email linked to. */
  readonly highlighted = input(false);

  readonly decide = output<CoFundingDecision>();
}
