import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CoFundingRequest, LedgerYear } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { LocalDatePipe, LocalDayPipe, LocalMoneyPipe } from '@gp/web/ui';

/**
 * Who decides a co-funding request and why, in words that name the limit; the dates planned back
 * from the call deadline with what stands in their way; the remaining frame of each year asked;
 * the head's recommendation; and, once decided by a body, where the minutes record it.
 */
@Component({
  selector: 'gp-co-funding-route',
  imports: [LocalDatePipe, LocalDayPipe, LocalMoneyPipe, MatIconModule, TranslocoPipe],
  templateUrl: './co-funding-route.component.html',
  styleUrl: './co-funding-route.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoFundingRouteComponent {
  private readonly languages = inject(LanguageStore);
  protected readonly locale = this.languages.locale;
  protected readonly language = this.languages.language;

  readonly request = input.required<CoFundingRequest>();
  /** The ledger, when the page has it: the remaining frame of each year the request asks. */
  readonly ledger = input<readonly LedgerYear[] | null>(null);

  /** The body's name as the organisation writes it, or the kind of body when none is set up. */
  protected readonly bodyName = computed(() => this.request().plan.bodyName);

  protected readonly routeParams = computed(() => {
    const { route, currency } = this.request();
    return {
      body: this.bodyName() ?? '',
      years: route.boardAfterYears,
      currency: route.currency,
      limitCurrency: route.limitCurrency ?? '',
      requestCurrency: currency,
    };
  });

  protected readonly pending = computed(() => this.request().status === 'pending');

  protected readonly overFrame = computed(() => this.request().yearsOverFrame.join(', '));

  /** Each year asked beside what its department has left of that year's frame, in the request's currency. */
  protected readonly remaining = computed(() => {
    const ledger = this.ledger();
    const request = this.request();
    if (!ledger) return [];
    return request.years
      .filter((y) => y.cashMinor + y.inKindMinor > 0)
      .map((y) => {
        const row = ledger.find(
          (r) => r.departmentId === request.departmentId && r.year === y.year && r.currency === request.currency,
        );
        return {
          year: y.year,
          askedMinor: y.cashMinor + y.inKindMinor,
          remainingMinor: row?.remainingMinor ?? null,
          over: request.yearsOverFrame.includes(y.year),
        };
      });
  });
}
