/**
 * The form dialogs' layout (board, project page, checklist, co-funding, programme and call
 * dialogs): fields a full row wide, short ones side by side in a `.row`, a `.context` line and a
 * `.warning`. Given as `styles` so every lib reaches it through @gp/web/ui, not by a path.
 */
export const FORM_DIALOG_STYLES = `
mat-dialog-content {
  display: flex;
  flex-direction: column;
  gap: 0.25rem;
}

mat-form-field {
  width: 100%;
}

.row {
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: 0 0.75rem;
}

.row mat-form-field {
  flex: 1 1 10rem;
  width: auto;
}

/* A field whose hint may wrap (subscriptSizing="dynamic") grows with it; the next field's label needs room below. */
mat-form-field.hinted {
  margin-bottom: 0.75rem;
}

.context {
  margin: 0 0 1rem;
  color: var(--mat-sys-on-surface-variant);
}

.warning {
  display: flex;
  align-items: flex-start;
  gap: 0.5rem;
  margin: 0 0 1rem;
  padding: 0.5rem 0.75rem;
  border-radius: var(--mat-sys-corner-small);
  background: var(--mat-sys-tertiary-container);
  color: var(--mat-sys-on-tertiary-container);
}
`;
