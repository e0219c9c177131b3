import { ReactiveFormsModule } from '@angular/forms';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorComponent } from '@gp/web/core';
import { DialogSaveActionsComponent } from './dialog-save-actions.component';
import { FormProblemComponent } from './form-problem.component';

/**
 * What every form dialog of the desk is made of: the dialog parts, reactive form fields with their
 * translated errors, the problem line and the save/cancel buttons. A dialog adds its own extras.
 */
export const FORM_DIALOG_IMPORTS = [
  DialogSaveActionsComponent,
  FieldErrorComponent,
  FormProblemComponent,
  MatDialogModule,
  MatFormFieldModule,
  MatInputModule,
  ReactiveFormsModule,
  TranslocoPipe,
] as const;
