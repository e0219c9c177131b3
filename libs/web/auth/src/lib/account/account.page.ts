import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, type ApiError, type Language } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { NoticeService, PageHeaderComponent } from '@gp/web/ui';
import { SessionStore } from '@gp/web/session';
import { ChangePasswordFormComponent } from './change-password-form.component';
import { ReminderPreferencesComponent } from '@gp/web/reminders';

/** One's own details, language, reminders and password. */
@Component({
  selector: 'gp-account-page',
  imports: [
    ChangePasswordFormComponent,
    MatCardModule,
    MatRadioModule,
    PageHeaderComponent,
    ReminderPreferencesComponent,
    TranslocoPipe,
  ],
  templateUrl: './account.page.html',
  styles: `
    :host {
      display: grid;
      gap: 1.5rem;
      max-width: 48rem;
    }
    h2 {
      margin: 0 0 1rem;
      font: var(--mat-sys-title-large);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.5rem 1.5rem;
      margin: 0;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
    }
    .hint {
      margin: 0 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  protected readonly session = inject(SessionStore);
  protected readonly languages = inject(LanguageStore);
  private readonly notices = inject(NoticeService);
  protected readonly languageOptions = LANGUAGES;

  protected async chooseLanguage(language: Language): Promise<void> {
    try {
      await this.session.chooseLanguage(language);
      this.notices.confirm('account.languageSaved');
    } catch (error) {
      this.notices.problem(error as ApiError);
    }
  }
}
