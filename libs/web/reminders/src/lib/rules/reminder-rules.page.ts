import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { deadlineKindName, type ReminderRule } from '@gp/domain';
import { ERROR_PARAMS, LanguageStore, errorKey } from '@gp/web/core';
import {
  AdminCellDirective,
  AdminTableComponent,
  LocalDatePipe,
  NoticeService,
  PageHeaderComponent,
  type AdminTableColumn,
  type AdminTableRowAction,
} from '@gp/web/ui';
import { EditReminderRuleDialog, type EditReminderRuleData } from './edit-reminder-rule.dialog';
import { ReminderDaysComponent } from './reminder-days.component';
import { ReminderSendTimeStore } from '../reminder-send-time.store';
import { ReminderRulesStore } from './reminder-rules.store';

/** Which days before each kind of deadline the desk emails its reminders. */
@Component({
  selector: 'gp-reminder-rules-page',
  imports: [
    AdminCellDirective,
    AdminTableComponent,
    LocalDatePipe,
    MatButtonModule,
    MatIconModule,
    PageHeaderComponent,
    ReminderDaysComponent,
    TranslocoPipe,
  ],
  templateUrl: './reminder-rules.page.html',
  styleUrl: './reminder-rules.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderRulesPage {
  protected readonly store = inject(ReminderRulesStore);
  protected readonly sendTime = inject(ReminderSendTimeStore);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);
  private readonly language = inject(LanguageStore).language;
  protected readonly locale = inject(LanguageStore).locale;
  /** A kind of deadline has one rule: the row stays the same row when its rule is saved. */
  protected readonly kindOf = (rule: ReminderRule) => rule.kind;
  protected readonly columns: AdminTableColumn[] = [
    { key: 'kind', heading: 'reminderRules.kind' },
    { key: 'days', heading: 'reminderRules.days' },
    { key: 'changed', heading: 'reminderRules.changed' },
    { key: 'actions' },
  ];
  protected readonly editAction: AdminTableRowAction<ReminderRule> = {
    icon: 'edit',
    label: 'reminderRules.edit',
    params: (rule) => ({ kind: this.kindName(rule) }),
    run: (rule) => this.edit(rule),
  };
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  constructor() {
    void this.store.load();
    void this.sendTime.load();
  }

  protected kindName(rule: ReminderRule): string {
    return deadlineKindName(rule.kind, this.language());
  }

  protected edit(rule: ReminderRule): void {
    const kindName = this.kindName(rule);
    this.dialog
      .open<EditReminderRuleDialog, EditReminderRuleData, ReminderRule>(EditReminderRuleDialog, {
        data: { rule, kindName },
        width: '32rem',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved)
          this.notices.confirm(saved.isDefault ? 'reminderRules.resetDone' : 'reminderRules.saved', {
            kind: kindName,
          });
      });
  }
}
