import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * A form dialog's buttons: cancel, and the submit button that says "saving" while the save is on
 * its way. Extra buttons (e.g. "back to defaults") are projected before them.
 * Placed inside the dialog's <form>, so Enter and the submit button both send it.
 */
@Component({
  selector: 'gp-dialog-save-actions',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <mat-dialog-actions [align]="align()">
      <ng-content />
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button type="submit" [attr.data-testid]="testId()">
        {{ (busy() ? 'common.saving' : label()) | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DialogSaveActionsComponent {
  readonly busy = input(false);
  /** The submit button's translation key while idle. */
  readonly label = input('common.save');
  readonly testId = input<string | null>(null);
  readonly align = input<'start' | 'center' | 'end'>('end');
}
