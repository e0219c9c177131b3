import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError } from '@gp/domain';
import { ERROR_PARAMS, errorKey } from '@gp/web/core';

/**
 * What a section of a page (the checklist, co-funding, a checklist template) says about its last
 * change: why the list was reloaded or refused (a translation key), and a failed load.
 * Both are alerts, so screen readers hear them at once.
 */
@Component({
  selector: 'gp-section-messages',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    @if (message(); as key) {
      <p class="message" role="alert">
        <mat-icon aria-hidden="true" svgIcon="sync_problem" />{{ key | transloco }}
      </p>
    }
    @if (problem(); as p) {
      <p class="message" role="alert">
        <mat-icon aria-hidden="true" svgIcon="error" />{{ errorKey(p.code) | transloco: errorParams }}
      </p>
    }
  `,
  styles: `
    .message {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionMessagesComponent {
  readonly message = input<string | null>(null);
  readonly problem = input<ApiError | null>(null);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;
}
