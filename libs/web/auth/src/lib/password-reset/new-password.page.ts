import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Location } from '@angular/common';
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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH, type ApiError } from '@gp/domain/people';
import { ERROR_PARAMS, FieldErrorComponent, errorKey, passwordPolicy, sameAs, showServerErrors } from '@gp/web/core';
import { InlineIconComponent } from '@gp/web/ui/chrome';
import { PasswordResetApi } from './password-reset.api';
import { SignedOutFrameComponent } from './signed-out-frame.component';

/** Why the emailed link cannot be used: the API's answer, or no secret in the address at all. */
type LinkProblem = 'reset_link_invalid' | 'reset_link_used' | 'reset_link_expired' | 'no_link';
const LINK_PROBLEMS: readonly string[] = ['reset_link_invalid', 'reset_link_used', 'reset_link_expired'];

/**
 * The page the emailed link opens: a new password, twice, with the account page's rules. A used,
 * expired or unknown link says so and offers a new one.
 */
@Component({
  selector: 'gp-new-password-page',
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
  templateUrl: './new-password.page.html',
  styleUrl: './password-reset-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordPage {
  private readonly api = inject(PasswordResetApi);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  /** The link's secret rides after # (never sent to a server); read once, then gone from the address bar. */
  private readonly token = inject(ActivatedRoute).snapshot.fragment ?? '';

  private readonly fb = inject(NonNullableFormBuilder);
  private readonly newPassword = this.fb.control('', [Validators.required, passwordPolicy()]);
  protected readonly form = this.fb.group({
    newPassword: this.newPassword,
    repeatPassword: ['', [Validators.required, sameAs(() => this.newPassword.value)]],
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly linkProblem = signal<LinkProblem | null>(this.token ? null : 'no_link');
  protected readonly done = signal(false);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  constructor() {
    // Out of the history and the address bar, so the secret is not left on a shared screen.
    if (this.token) inject(Location).replaceState('/new-password');
    this.newPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.repeatPassword.updateValueAndValidity());
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await this.api.reset({ token: this.token, newPassword: this.form.getRawValue().newPassword });
      this.done.set(true);
      this.moveTo('passwordReset.done');
    } catch (error) {
      const apiError = error as ApiError;
      if (LINK_PROBLEMS.includes(apiError.code)) {
        this.linkProblem.set(apiError.code as LinkProblem);
        this.moveTo(`errors.${apiError.code}`);
      } else if (!showServerErrors(this.form, apiError)) this.problem.set(apiError);
    } finally {
      this.busy.set(false);
    }
  }

  protected linkProblemKey(problem: LinkProblem): string {
    return problem === 'no_link' ? 'passwordReset.noLink' : `errors.${problem}`;
  }

  /** The form is gone: the focus goes to the heading of what replaced it, and its message is read out. */
  private moveTo(messageKey: string): void {
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
    void this.announcer.announce(this.transloco.translate(messageKey), 'polite');
  }
}
