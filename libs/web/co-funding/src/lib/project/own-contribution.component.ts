import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApprovedCoFunding, ProjectBudget } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { LocalMoneyPipe } from '@gp/web/ui';

/**
 * The co-funding the departments approved, per currency, beside the own contribution the
 * project's budget counts on; a difference is said in words, since the application's budget and
 * the departments' decisions must agree.
 */
@Component({
  selector: 'gp-own-contribution',
  imports: [LocalMoneyPipe, MatIconModule, TranslocoPipe],
  template: `
    <table data-testid="own-contribution">
      <caption>
        {{ 'coFundingDecisions.own.caption' | transloco }}
      </caption>
      <thead>
        <tr>
          <td></td>
          <th scope="col">{{ 'coFundingDecisions.own.approved' | transloco }}</th>
          <th scope="col">{{ 'coFundingDecisions.own.budget' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (a of approved(); track a.currency) {
          @for (part of parts; track part.key) {
            <tr>
              <th scope="row">{{ 'coFunding.' + part.key | transloco }} ({{ a.currency }})</th>
              <td>{{ a[part.approved] | localMoney: a.currency : language() }}</td>
              <td>
                @if (a.currency !== budget().currency) {
                  {{ 'coFundingDecisions.own.otherCurrency' | transloco: { currency: budget().currency } }}
                } @else if (budget()[part.budget] === null) {
                  {{ 'coFundingDecisions.own.notGiven' | transloco }}
                } @else {
                  {{ budget()[part.budget] | localMoney: a.currency : language() }}
                }
              </td>
            </tr>
          }
        }
      </tbody>
    </table>
    @for (a of approved(); track a.currency) {
      @for (part of parts; track part.key) {
        @if (a.currency === budget().currency && budget()[part.budget] === null && a[part.approved] > 0) {
          <p class="difference" role="note" [attr.data-testid]="'own-difference-' + part.key">
            <mat-icon aria-hidden="true" svgIcon="warning" />{{
              'coFundingDecisions.own.missing.' + part.key
                | transloco: { amount: a[part.approved] | localMoney: a.currency : language() }
            }}
          </p>
        } @else if (a[part.difference]; as difference) {
          <p class="difference" role="note" [attr.data-testid]="'own-difference-' + part.key">
            <mat-icon aria-hidden="true" svgIcon="warning" />{{
              'coFundingDecisions.own.' + (difference > 0 ? 'more' : 'less') + '.' + part.key
                | transloco
                  : {
                      amount: (difference > 0 ? difference : -difference) | localMoney: a.currency : language(),
                    }
            }}
          </p>
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
      margin-block-end: 1rem;
    }
    table {
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 500;
      padding-block-end: 0.25rem;
    }
    th,
    td {
      padding: 0.125rem 1rem 0.125rem 0;
      text-align: end;
      white-space: nowrap;
    }
    th[scope='row'] {
      text-align: start;
      font-weight: 400;
    }
    .difference {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin: 0.5rem 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OwnContributionComponent {
  protected readonly language = inject(LanguageStore).language;
  readonly approved = input.required<readonly ApprovedCoFunding[]>();
  readonly budget = input.required<Pick<ProjectBudget, 'currency' | 'ownCashMinor' | 'ownInKindMinor'>>();
  protected readonly parts = [
    { key: 'cash', approved: 'cashMinor', budget: 'ownCashMinor', difference: 'cashDifferenceMinor' },
    { key: 'inKind', approved: 'inKindMinor', budget: 'ownInKindMinor', difference: 'inKindDifferenceMinor' },
  ] as const;
}
