import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/** Texts already in the reader's language. */
export interface ConfirmDialogData {
  title: string;
  message: string;
  /** The confirming button's word: "Ta bort", "Dra tillbaka". */
  confirm: string;
}

/** Asks before something that cannot be undone. Closes with true when confirmed. */
@Component({
  selector: 'gp-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">{{ data.confirm }}</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens the confirm dialog; true only when the person confirmed. */
export async function confirmed(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
  const answer = await firstValueFrom(
    dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data,
        width: '28rem',
        maxWidth: '95vw',
        // The safe choice first, so Enter on an unexpected dialog does not destroy anything.
        autoFocus: 'first-tabbable',
      })
      .afterClosed(),
  );
  return answer === true;
}
