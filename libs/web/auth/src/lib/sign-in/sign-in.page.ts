import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, Language } from '@gp/domain';
import { ERROR_PARAMS, FieldErrorComponent, LanguageStore, emailAddress, errorKey } from '@gp/web/core';
import { LanguageMenuComponent, ThemeToggleComponent } from '@gp/web/ui/chrome';
import { SessionStore } from '@gp/web/session';
import { safeReturnUrl } from './safe-return-url';

@Component({
  selector: 'gp-sign-in-page',
  imports: [
    FieldErrorComponent,
    LanguageMenuComponent,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    ThemeToggleComponent,
    TranslocoPipe,
  ],
  templateUrl: './sign-in.page.html',
  styleUrl: './sign-in.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly languages = inject(LanguageStore);
  /** The public page speaks Swedish and English; Norwegian readers get the Swedish one. */
  protected readonly publicListUrl = computed(() =>
    this.languages.language() === 'en' ? '/public-projects?lang=en' : '/public-projects',
  );

  /** From `?returnUrl=`, where the person was going when asked to sign in. */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, emailAddress]],
    password: ['', Validators.required],
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly passwordVisible = signal(false);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const { email, password } = this.form.getRawValue();
      await this.session.signIn({ email: email.trim(), password });
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (error) {
      this.problem.set(error as ApiError);
    } finally {
      this.busy.set(false);
    }
  }

  protected chooseLanguage(language: Language): void {
    // In the page's own problem line, not a snack bar: the sign-in page does not load the snack bar.
    this.session.chooseLanguage(language).catch((error: ApiError) => this.problem.set(error));
  }
}
