import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH, type ApiError } from '@gp/domain';
import {
  ERROR_PARAMS,
  FieldErrorComponent,
  errorKey,
  passwordPolicy,
  sameAs,
  showServerErrors,
} from '@gp/web/core';
import { NoticeService } from '@gp/web/ui';
import { SessionStore } from '@gp/web/session';

/** Current, new and repeated password; the same rules as the API, checked while typing. */
@Component({
  selector: 'gp-change-password-form',
  imports: [
    FieldErrorComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './change-password-form.component.html',
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      max-width: 28rem;
    }
    .problem {
      display: flex;
      gap: 0.5rem;
      color: var(--mat-sys-error);
    }
    .problem:not(:empty) {
      margin-bottom: 1rem;
    }
    button[type='submit'] {
      align-self: flex-start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordFormComponent {
  private readonly session = inject(SessionStore);
  private readonly notices = inject(NoticeService);

  private readonly fb = inject(NonNullableFormBuilder);
  private readonly newPassword = this.fb.control('', [
    Validators.required,
    passwordPolicy(() => this.session.user()?.email),
  ]);
  protected readonly form = this.fb.group({
    currentPassword: ['', Validators.required],
    newPassword: this.newPassword,
    repeatPassword: ['', [Validators.required, sameAs(() => this.newPassword.value)]],
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  constructor() {
    this.form.controls.newPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.repeatPassword.updateValueAndValidity());
  }

  protected async submit(formDirective: FormGroupDirective): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    const { currentPassword, newPassword } = this.form.getRawValue();
    try {
      await this.session.changePassword({ currentPassword, newPassword });
      // resetForm, not reset: it also forgets "submitted", so empty fields do not show as errors.
      formDirective.resetForm();
      this.notices.confirm('account.passwordChanged');
    } catch (error) {
      const apiError = error as ApiError;
      if (!showServerErrors(this.form, apiError)) this.problem.set(apiError);
    } finally {
      this.busy.set(false);
    }
  }
}
