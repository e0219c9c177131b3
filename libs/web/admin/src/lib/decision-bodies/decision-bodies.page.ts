import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ApiError, DecisionBody } from '@gp/domain';
import { LanguageStore, TODAY } from '@gp/web/core';
import {
  AdminCellDirective,
  AdminTableComponent,
  LocalDayPipe,
  NoticeService,
  PageHeaderComponent,
  confirmed,
  type AdminTableColumn,
} from '@gp/web/ui';
import { DepartmentsStore } from '../departments/departments.store';
import { DecisionBodyDialog, type DecisionBodyDialogData } from './decision-body.dialog';
import { DecisionBodiesStore } from './decision-bodies.store';
import { upcomingMeetings } from './meeting-plan';

/** How many of a body's coming meetings the table shows. */
const NEXT_SHOWN = 3;

/**
 * The bodies that decide co-funding (the committees, the municipal board, the council) and their
 * meeting plans, from which the desk plans each request's dates back from the call deadline.
 */
@Component({
  selector: 'gp-decision-bodies-page',
  imports: [
    AdminCellDirective,
    AdminTableComponent,
    LocalDayPipe,
    MatButtonModule,
    MatIconModule,
    PageHeaderComponent,
    TranslocoPipe,
  ],
  templateUrl: './decision-bodies.page.html',
  styleUrls: ['../shared/admin-page.scss', './decision-bodies.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DecisionBodiesPage {
  protected readonly store = inject(DecisionBodiesStore);
  protected readonly departments = inject(DepartmentsStore);
  protected readonly locale = inject(LanguageStore).locale;
  private readonly today = inject(TODAY);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);
  private readonly transloco = inject(TranslocoService);

  protected readonly columns: AdminTableColumn[] = [
    { key: 'kind', heading: 'decisionBodies.kind' },
    { key: 'name', heading: 'decisionBodies.name' },
    { key: 'department', heading: 'decisionBodies.department' },
    { key: 'report', heading: 'decisionBodies.reportDaysBefore' },
    { key: 'minutes', heading: 'decisionBodies.minutesWorkingDays' },
    { key: 'next', heading: 'decisionBodies.nextMeetings' },
    { key: 'actions' },
  ];
  protected readonly rowTestId = (body: DecisionBody) => `body-row-${body.name}`;

  constructor() {
    void this.store.load();
    void this.departments.load();
  }

  protected next(body: DecisionBody): string[] {
    return upcomingMeetings(body.meetings, this.today()).slice(0, NEXT_SHOWN);
  }

  protected departmentName(body: DecisionBody): string {
    return body.departmentId ? (this.departments.nameById().get(body.departmentId) ?? '…') : '';
  }

  protected create(): void {
    this.open(null, 'decisionBodies.created');
  }

  protected edit(body: DecisionBody): void {
    this.open(body, 'decisionBodies.saved');
  }

  protected async remove(body: DecisionBody): Promise<void> {
    const t = (key: string) => this.transloco.translate(key, { name: body.name });
    const sure = await confirmed(this.dialog, {
      title: t('decisionBodies.removeTitle'),
      message: t('decisionBodies.removeText'),
      confirm: t('decisionBodies.removeConfirm'),
    });
    if (!sure) return;
    try {
      await this.store.remove(body);
      this.notices.confirm('decisionBodies.removed', { name: body.name });
    } catch (error) {
      this.notices.problem(error as ApiError);
    }
  }

  private open(body: DecisionBody | null, confirmation: string): void {
    this.dialog
      .open<DecisionBodyDialog, DecisionBodyDialogData, DecisionBody>(DecisionBodyDialog, {
        data: { body, departments: this.departments.departments() },
        width: '40rem',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notices.confirm(confirmation, { name: saved.name });
      });
  }
}
