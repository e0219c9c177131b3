import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { UserAccount } from '@gp/domain';
import {
  AdminCellDirective,
  AdminTableComponent,
  NoticeService,
  PageHeaderComponent,
  StatusChipComponent,
  type AdminTableColumn,
  type AdminTableRowAction,
} from '@gp/web/ui';
import { DepartmentsStore } from '../departments/departments.store';
import { CreateUserDialog } from './create-user.dialog';
import { EditUserDialog } from './edit-user.dialog';
import { UsersStore } from './users.store';

/** Everyone with an account: their roles, departments, language and whether they may sign in. */
@Component({
  selector: 'gp-users-page',
  imports: [
    AdminCellDirective,
    AdminTableComponent,
    MatButtonModule,
    MatIconModule,
    PageHeaderComponent,
    StatusChipComponent,
    TranslocoPipe,
  ],
  templateUrl: './users.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  protected readonly store = inject(UsersStore);
  protected readonly departments = inject(DepartmentsStore);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);
  protected readonly columns: AdminTableColumn[] = [
    { key: 'name', heading: 'users.name' },
    { key: 'email', heading: 'users.email' },
    { key: 'roles', heading: 'users.roles' },
    { key: 'departments', heading: 'users.departments' },
    { key: 'language', heading: 'users.language' },
    { key: 'status', heading: 'users.status' },
    { key: 'actions' },
  ];
  protected readonly editAction: AdminTableRowAction<UserAccount> = {
    icon: 'edit',
    label: 'users.edit',
    params: (user) => ({ name: user.name }),
    run: (user) => this.edit(user),
  };
  protected readonly rowTestId = (user: UserAccount) => `user-row-${user.email}`;

  constructor() {
    void this.store.load();
    void this.departments.load();
  }

  protected departmentNames(user: UserAccount): string {
    const names = this.departments.nameById();
    return user.departmentIds.map((id) => names.get(id) ?? '…').join(', ');
  }

  protected create(): void {
    this.dialog
      .open(CreateUserDialog, { width: '36rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((created?: UserAccount) => {
        if (created) this.notices.confirm('users.created', { name: created.name });
      });
  }

  protected edit(user: UserAccount): void {
    this.dialog
      .open(EditUserDialog, { data: user, width: '36rem', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved?: UserAccount) => {
        if (saved) this.notices.confirm('users.saved', { name: saved.name });
      });
  }
}
