import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError } from '@gp/domain';
import { ERROR_PARAMS, errorKey } from '@gp/web/core';

/**
 * Why a form's save was refused. The live region is always there (empty until a refusal), so
 * screen readers announce the text the moment it appears.
 */
@Component({
  selector: 'gp-form-problem',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    <div class="problem" aria-live="assertive" aria-atomic="true" [attr.data-testid]="testId()">
      @if (problem(); as p) {
        <mat-icon aria-hidden="true" svgIcon="error" />
        <span>{{ errorKey(p.code) | transloco: errorParams }}</span>
      }
    </div>
  `,
  styles: `
    .problem {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormProblemComponent {
  readonly problem = input<ApiError | null>(null);
  readonly testId = input<string | null>(null);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;
}
