import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ApiError } from '@gp/domain/people';
import { ERROR_PARAMS, FieldErrorComponent, emailAddress, errorKey, showServerErrors } from '@gp/web/core';
import { InlineIconComponent } from '@gp/web/ui/chrome';
import { PasswordResetApi } from './password-reset.api';
import { SignedOutFrameComponent } from './signed-out-frame.component';

/**
 * "Forgot password": asks for the account's address and says a link is on its way. The answer is
 * the same whether the address is an account or not, so the page says "if".
 */
@Component({
  selector: 'gp-forgot-password-page',
  imports: [
    FieldErrorComponent,
    InlineIconComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    SignedOutFrameComponent,
    TranslocoPipe,
  ],
  templateUrl: './forgot-password.page.html',
  styleUrl: './password-reset-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(PasswordResetApi);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, emailAddress]],
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  /** The address a link was asked for; the page then says where to look. */
  protected readonly sentTo = signal<string | null>(null);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  private readonly emailInput = viewChild<ElementRef<HTMLInputElement>>('emailInput');
  private readonly sentHeading = viewChild<ElementRef<HTMLElement>>('sentHeading');

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.emailInput()?.nativeElement.focus();
      return;
    }
    this.busy.set(true);
    const email = this.form.getRawValue().email.trim();
    try {
      await this.api.requestLink({ email });
      this.sentTo.set(email);
      // The form is gone: the focus goes to what replaced it, which is read out with it.
      afterNextRender(() => this.sentHeading()?.nativeElement.focus(), { injector: this.injector });
      void this.announcer.announce(this.transloco.translate('passwordReset.sent', { email }), 'polite');
    } catch (error) {
      const apiError = error as ApiError;
      if (!showServerErrors(this.form, apiError)) this.problem.set(apiError);
    } finally {
      this.busy.set(false);
    }
  }

  /** Back to the form, the address kept, for a link that did not arrive. */
  protected askAgain(): void {
    this.sentTo.set(null);
    afterNextRender(() => this.emailInput()?.nativeElement.focus(), { injector: this.injector });
  }
}
