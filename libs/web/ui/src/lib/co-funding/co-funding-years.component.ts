import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { coFundingTotal, type CoFundingYear, type Currency } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { LocalMoneyPipe } from '../format/local-money.pipe';

/** A co-funding request's budget years: cash and in kind per year, each year's sum, and the totals. */
@Component({
  selector: 'gp-co-funding-years',
  imports: [LocalMoneyPipe, TranslocoPipe],
  template: `
    <table>
      <caption class="cdk-visually-hidden">
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'coFunding.year' | transloco }}</th>
          <th scope="col">{{ 'coFunding.cash' | transloco }}</th>
          <th scope="col">{{ 'coFunding.inKind' | transloco }}</th>
          <th scope="col">{{ 'coFunding.sum' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.year) {
          <tr>
            <th scope="row">{{ row.year }}</th>
            <td>{{ row.cashMinor | localMoney: currency() : language() }}</td>
            <td>{{ row.inKindMinor | localMoney: currency() : language() }}</td>
            <td>{{ row.cashMinor + row.inKindMinor | localMoney: currency() : language() }}</td>
          </tr>
        }
      </tbody>
      @if (rows().length > 1) {
        <tfoot>
          <tr>
            <th scope="row">{{ 'coFunding.total' | transloco }}</th>
            <td>{{ total().cashMinor | localMoney: currency() : language() }}</td>
            <td>{{ total().inKindMinor | localMoney: currency() : language() }}</td>
            <td>{{ total().cashMinor + total().inKindMinor | localMoney: currency() : language() }}</td>
          </tr>
        </tfoot>
      }
    </table>
  `,
  styles: `
    table {
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 0.25rem 0.75rem 0.25rem 0;
      text-align: end;
      white-space: nowrap;
    }
    th:first-child {
      text-align: start;
    }
    thead th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    tfoot th,
    tfoot td {
      border-top: 1px solid var(--mat-sys-outline-variant);
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoFundingYearsComponent {
  protected readonly language = inject(LanguageStore).language;

  readonly years = input.required<readonly CoFundingYear[]>();
  readonly currency = input.required<Currency>();
  /** Read out before the table, e.g. "Belopp per budgetår, Utbildningsförvaltningen". */
  readonly caption = input.required<string>();

  protected readonly rows = computed(() => [...this.years()].sort((a, b) => a.year - b.year));
  protected readonly total = computed(() => coFundingTotal(this.years()));
}
