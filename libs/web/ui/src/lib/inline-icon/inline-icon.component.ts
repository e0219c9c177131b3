import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { INLINE_ICONS, type InlineIconName } from './inline-icons';

/**
 * A decorative Material Symbols icon drawn as inline SVG in the current text colour, 24 px like
 * `<mat-icon>`: `<gp-inline-icon name="error" />`. Hidden from screen readers; the control it sits
 * in carries the name.
 */
@Component({
  selector: 'gp-inline-icon',
  template: `<svg viewBox="0 -960 960 960" focusable="false"><path [attr.d]="path()" /></svg>`,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
      width: 24px;
      height: 24px;
    }
    svg {
      width: 100%;
      height: 100%;
      fill: currentColor;
    }
  `,
  host: { 'aria-hidden': 'true' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InlineIconComponent {
  readonly name = input.required<InlineIconName>();
  protected readonly path = computed(() => INLINE_ICONS[this.name()]);
}
