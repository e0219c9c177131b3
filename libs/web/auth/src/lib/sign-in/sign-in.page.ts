import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, Language } from '@gp/domain/people';
import { isEmailAddress } from '@gp/web/core/checks';
import { ERROR_PARAMS, errorKey } from '@gp/web/core/http';
import { LanguageStore } from '@gp/web/core/i18n';
import { InlineIconComponent, LanguageSelectComponent, ThemeToggleComponent } from '@gp/web/ui/chrome';
import { SessionStore } from '@gp/web/session';
import { safeReturnUrl } from './safe-return-url';

/** The two fields, each with whether it was left (blurred) or submitted, when its problem shows. */
type Field = 'email' | 'password';

/**
 * The first page most people see, so the lightest: native fields and buttons drawn in Material 3's
 * look (sign-in.page.scss), no @angular/forms and no Material components, which would more than
 * double what it downloads (issue 12: at most 500 kB raw, 120 kB gzip with the framework).
 */
@Component({
  selector: 'gp-sign-in-page',
  imports: [InlineIconComponent, LanguageSelectComponent, RouterLink, ThemeToggleComponent, TranslocoPipe],
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

  protected readonly email = signal('');
  protected readonly password = signal('');
  /** A field's problem shows once the person has left it or tried to sign in, as Material's fields do. */
  private readonly checked = signal<ReadonlySet<Field>>(new Set());
  protected readonly emailProblem = computed(() => {
    if (!this.checked().has('email')) return null;
    if (this.email().trim() === '') return 'validation.required';
    return isEmailAddress(this.email()) ? null : 'validation.email';
  });
  protected readonly passwordProblem = computed(() =>
    this.checked().has('password') && this.password() === '' ? 'validation.required' : null,
  );

  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly passwordVisible = signal(false);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  protected typed(field: Field, event: Event): void {
    (field === 'email' ? this.email : this.password).set((event.target as HTMLInputElement).value);
  }

  protected left(field: Field): void {
    this.checked.update((fields) => new Set([...fields, field]));
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.problem.set(null);
    this.checked.set(new Set<Field>(['email', 'password']));
    if (this.emailProblem() || this.passwordProblem()) {
      // Straight to the first field to fix, whose message its description then reads out.
      (this.emailProblem() ? this.emailInput() : this.passwordInput()).nativeElement.focus();
      return;
    }
    this.busy.set(true);
    try {
      await this.session.signIn({ email: this.email().trim(), password: this.password() });
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
