import { Directive, input } from '@angular/core';

/**
 * Marks a menu item forbidden for assistive technology while it stays focusable. Material's menu
 * item binds aria-disabled to its own `disabled` (which would take it out of the arrow keys'
 * reach); this directive's host binding runs after the item's, so its value is the one that stands.
 */
@Directive({
  selector: '[gpAriaDisabled]',
  host: { '[attr.aria-disabled]': 'gpAriaDisabled() ? "true" : "false"' },
})
export class AriaDisabledDirective {
  readonly gpAriaDisabled = input.required<boolean>();
}
