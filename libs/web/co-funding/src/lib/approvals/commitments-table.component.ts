import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CoFundingCommitment } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { LocalMoneyPipe } from '@gp/web/ui';

/** What each department has approved, and is asked for, per budget year and currency. */
@Component({
  selector: 'gp-commitments-table',
  imports: [LocalMoneyPipe, MatTableModule, TranslocoPipe],
  template: `
    <div
      class="scroll"
      tabindex="0"
      role="region"
      [attr.aria-label]="'approvals.commitmentsHeading' | transloco"
    >
      <table mat-table [dataSource]="commitments()" data-testid="commitments-table">
        <ng-container matColumnDef="department">
          <th mat-header-cell *matHeaderCellDef scope="col">
            {{ 'approvals.columns.department' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row">{{ row.departmentName }}</td>
        </ng-container>
        <ng-container matColumnDef="year">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'approvals.columns.year' | transloco }}</th>
          <td mat-cell *matCellDef="let row">{{ row.year }}</td>
        </ng-container>
        <ng-container matColumnDef="approvedCash">
          <th mat-header-cell *matHeaderCellDef scope="col">
            {{ 'approvals.columns.approvedCash' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row">
            {{ row.approvedCashMinor | localMoney: row.currency : language() }}
          </td>
        </ng-container>
        <ng-container matColumnDef="approvedInKind">
          <th mat-header-cell *matHeaderCellDef scope="col">
            {{ 'approvals.columns.approvedInKind' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row">
            {{ row.approvedInKindMinor | localMoney: row.currency : language() }}
          </td>
        </ng-container>
        <ng-container matColumnDef="pending">
          <th mat-header-cell *matHeaderCellDef scope="col">{{ 'approvals.columns.pending' | transloco }}</th>
          <td mat-cell *matCellDef="let row">
            {{ row.pendingCashMinor + row.pendingInKindMinor | localMoney: row.currency : language() }}
          </td>
        </ng-container>
        <ng-container matColumnDef="projects">
          <th mat-header-cell *matHeaderCellDef scope="col">
            {{ 'approvals.columns.projects' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row">{{ row.projects }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    table {
      min-width: 44rem;
    }
    .mat-column-approvedCash,
    .mat-column-approvedInKind,
    .mat-column-pending,
    .mat-column-projects {
      text-align: end;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommitmentsTableComponent {
  protected readonly language = inject(LanguageStore).language;

  readonly commitments = input.required<readonly CoFundingCommitment[]>();

  protected readonly columns = [
    'department',
    'year',
    'approvedCash',
    'approvedInKind',
    'pending',
    'projects',
  ];
}
