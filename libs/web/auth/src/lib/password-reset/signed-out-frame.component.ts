import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, Language } from '@gp/domain/people';
import { LanguageStore } from '@gp/web/core/i18n';
import { LanguageSelectComponent, ThemeToggleComponent } from '@gp/web/ui/chrome';
import { SessionStore } from '@gp/web/session';

/**
 * The sign-in page's frame for the other pages a signed-out person sees: the product's name, the
 * language and theme, and one card in the main landmark (the page's content goes in the card).
 */
@Component({
  selector: 'gp-signed-out-frame',
  imports: [LanguageSelectComponent, ThemeToggleComponent, TranslocoPipe],
  template: `
    <header class="top">
      <span class="product">{{ 'app.name' | transloco }}</span>
      <span class="tools">
        <gp-language-select [language]="languages.language()" (languageChange)="chooseLanguage($event)" />
        <gp-theme-toggle />
      </span>
    </header>
    <main id="main-content" tabindex="-1">
      <section class="card"><ng-content /></section>
    </main>
  `,
  styleUrl: '../sign-in/sign-in.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignedOutFrameComponent {
  private readonly session = inject(SessionStore);
  protected readonly languages = inject(LanguageStore);
  /** A language change the API refused (a signed-out person's choice is only kept in the browser). */
  readonly problem = output<ApiError>();

  protected chooseLanguage(language: Language): void {
    this.session.chooseLanguage(language).catch((error: ApiError) => this.problem.emit(error));
  }
}
