import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, Department } from '@gp/domain';
import { ERROR_PARAMS, FieldErrorComponent, errorKey, showServerErrors } from '@gp/web/core';
import {

  AdminTableComponent,
  NoticeService,
  PageHeaderComponent,
  type AdminTableColumn,
  type AdminTableRowAction,
} from '@gp/web/ui';
import { DEPARTMENT_NAME_RULES } from './department-name';
import { RenameDepartmentDialog } from './rename-department.dialog';
import { DepartmentsStore } from './departments.store';

/** The departments (förvaltningar) that own projects and approve co-funding. */
@Component({
  selector: 'gp-departments-page',
  imports: [
    AdminTableComponent,
    FieldErrorComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    PageHeaderComponent,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './departments.page.html',
  styleUrls: ['../shared/admin-page.scss', './departments.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentsPage {
  protected readonly store = inject(DepartmentsStore);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);
  protected readonly form = inject(NonNullableFormBuilder).group({ name: ['', DEPARTMENT_NAME_RULES] });
  protected readonly busy = signal(false);
  protected readonly addProblem = signal<ApiError | null>(null);
  protected readonly columns: AdminTableColumn[] = [{ key: 'name', heading: 'departments.name' }, { key: 'actions' }];
  protected readonly renameAction: AdminTableRowAction<Department> = {
    icon: 'edit',
    label: 'departments.rename',
    params: (department) => ({ name: department.name }),
    run: (department) => this.rename(department),
  };
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  constructor() {
    void this.store.load();
  }

  protected async add(formDirective: FormGroupDirective): Promise<void> {
    if (this.busy()) return;
    this.addProblem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const created = await this.store.create(this.form.controls.name.value.trim());
      formDirective.resetForm();
      this.notices.confirm('departments.created', { name: created.name });
    } catch (error) {
      const apiError = error as ApiError;
      if (!showServerErrors(this.form, apiError)) this.addProblem.set(apiError);
    } finally {
      this.busy.set(false);
    }
  }

  protected rename(department: Department): void {
    this.dialog
      .open(RenameDepartmentDialog, { data: department, width: '28rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((renamed?: Department) => {
        if (renamed) this.notices.confirm('departments.renamed', { name: renamed.name });
      });
  }
}
