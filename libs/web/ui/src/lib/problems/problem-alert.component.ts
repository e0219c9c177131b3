import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError } from '@gp/domain';
import { ERROR_PARAMS, errorKey } from '@gp/web/core';

/** A page's failed load, said at once to screen readers (role alert) and shown in the error colour. */
@Component({
  selector: 'gp-problem-alert',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    @if (problem(); as p) {
      <p class="problem" role="alert">
        <mat-icon aria-hidden="true" svgIcon="error" />{{ errorKey(p.code) | transloco: errorParams }}
      </p>
    }
  `,
  styles: `
    .problem {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0 0 1rem;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProblemAlertComponent {
  readonly problem = input<ApiError | null>(null);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;
}
