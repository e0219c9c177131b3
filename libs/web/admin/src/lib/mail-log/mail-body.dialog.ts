import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MailLogEntry } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { LocalDatePipe } from '@gp/web/ui';

/** One email as the recipient got it (or would have): the plain-text body, and when it went. */
@Component({
  selector: 'gp-mail-body-dialog',
  imports: [LocalDatePipe, MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ entry.subject }}</h2>
    <mat-dialog-content>
      <dl>
        <dt>{{ 'mail.recipient' | transloco }}</dt>
        <dd>{{ entry.to }}</dd>
        <dt>{{ 'mail.createdAt' | transloco }}</dt>
        <dd>{{ entry.createdAt | localDate: languages.locale() }}</dd>
        @if (entry.sentAt) {
          <!-- A kept email went nowhere: the log is where it was delivered. -->
          <dt>{{ (entry.status === 'kept' ? 'mail.keptAt' : 'mail.sentAt') | transloco }}</dt>
          <dd>{{ entry.sentAt | localDate: languages.locale() }}</dd>
        }
        @if (entry.attempts > 1) {
          <dt>{{ 'mail.attempts' | transloco }}</dt>
          <dd>{{ entry.attempts }}</dd>
        }
        @if (entry.resentBy && entry.resentAt) {
          <dt>{{ 'mail.resentAt' | transloco }}</dt>
          <dd>{{ entry.resentAt | localDate: languages.locale() }}, {{ entry.resentBy }}</dd>
        }
        @if (entry.error) {
          <dt>{{ 'mail.error' | transloco }}</dt>
          <dd>{{ entry.error }}</dd>
        }
      </dl>
      <pre>{{ entry.text }}</pre>
      @if (entry.oneTimeLinkHidden) {
        <p class="hidden-link" data-testid="one-time-link-hidden">
          {{ 'mail.oneTimeLinkHidden' | transloco }}
        </p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close>{{ 'common.close' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0 0 1rem;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .hidden-link {
      margin: 1rem 0 0;
    }
    pre {
      margin: 0;
      padding: 1rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: var(--mat-sys-body-medium);
      background: var(--mat-sys-surface-container);
      border-radius: var(--mat-sys-corner-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailBodyDialog {
  protected readonly entry = inject<MailLogEntry>(MAT_DIALOG_DATA);
  protected readonly languages = inject(LanguageStore);
}
