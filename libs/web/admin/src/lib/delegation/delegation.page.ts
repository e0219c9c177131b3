import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Currency, DelegationLimit } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import {
  AdminCellDirective,
  AdminTableComponent,
  LocalMoneyPipe,
  NoticeService,
  PageHeaderComponent,
  type AdminTableColumn,
  type AdminTableRowAction,
} from '@gp/web/ui';
import { DelegationDialog, type DelegationDialogData } from './delegation.dialog';
import { DelegationStore } from './delegation.store';

/**
 * Each department's delegation: up to what amount its head of administration decides co-funding
 * alone, and over how many budget years a request goes to the municipal board.
 */
@Component({
  selector: 'gp-delegation-page',
  imports: [AdminCellDirective, AdminTableComponent, LocalMoneyPipe, PageHeaderComponent, TranslocoPipe],
  template: `
    <gp-page-header [heading]="'decisionBodies.delegation.heading' | transloco" />
    <p class="intro">{{ 'decisionBodies.delegation.intro' | transloco }}</p>
    <gp-admin-table
      [rows]="store.limits()"
      [columns]="columns"
      [label]="'decisionBodies.delegation.heading' | transloco"
      [loading]="store.loading()"
      [problem]="store.problem()"
      emptyIcon="domain"
      [emptyMessage]="'decisionBodies.delegation.empty' | transloco"
      [rowKey]="rowKey"
      [rowTestId]="rowTestId"
      [rowAction]="editAction"
    >
      <ng-template gpAdminCell="headLimit" let-limit>
        @if (limit.headLimitMinor !== null) {
          {{ limit.headLimitMinor | localMoney: limit.currency : languages.language() }}
        } @else {
          {{ 'decisionBodies.delegation.noLimit' | transloco }}
        }
      </ng-template>
      <ng-template gpAdminCell="boardAfterYears" let-limit>
        {{ 'decisionBodies.delegation.years' | transloco: { count: limit.boardAfterYears } }}
      </ng-template>
    </gp-admin-table>
  `,
  styleUrl: '../shared/admin-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DelegationPage {
  protected readonly store = inject(DelegationStore);
  protected readonly languages = inject(LanguageStore);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);

  protected readonly columns: AdminTableColumn[] = [
    { key: 'departmentName', heading: 'decisionBodies.delegation.department' },
    { key: 'headLimit', heading: 'decisionBodies.delegation.headLimit' },
    { key: 'boardAfterYears', heading: 'decisionBodies.delegation.boardAfterYears' },
    { key: 'actions' },
  ];
  protected readonly rowKey = (limit: DelegationLimit) => limit.departmentId;
  protected readonly rowTestId = (limit: DelegationLimit) => `delegation-row-${limit.departmentName}`;
  protected readonly editAction: AdminTableRowAction<DelegationLimit> = {
    icon: 'edit',
    label: 'decisionBodies.delegation.edit',
    params: (limit) => ({ name: limit.departmentName }),
    run: (limit) => this.edit(limit),
  };

  /** The currency most departments' limits are in; SEK when none has one yet. */
  private readonly usualCurrency = computed<Currency>(() => {
    const counts = new Map<Currency, number>();
    for (const { currency } of this.store.limits())
      if (currency) counts.set(currency, (counts.get(currency) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'SEK';
  });

  constructor() {
    void this.store.load();
  }

  protected edit(limit: DelegationLimit): void {
    this.dialog
      .open<DelegationDialog, DelegationDialogData, DelegationLimit>(DelegationDialog, {
        data: { limit, currency: this.usualCurrency() },
        width: '32rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notices.confirm('decisionBodies.delegation.saved', { name: saved.departmentName });
      });
  }
}
