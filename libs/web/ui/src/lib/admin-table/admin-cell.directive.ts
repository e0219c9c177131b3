import { Directive, TemplateRef, inject, input } from '@angular/core';

/**
 * One column's cell in a <gp-admin-table>: `<ng-template gpAdminCell="email" let-user>…</ng-template>`.
 * A column without one shows the row's property of the column's key as text.
 */
@Directive({ selector: 'ng-template[gpAdminCell]' })
export class AdminCellDirective {
  readonly column = input.required<string>({ alias: 'gpAdminCell' });
  readonly template = inject<TemplateRef<{ $implicit: unknown }>>(TemplateRef);
}
