import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';

export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const ICONS: Readonly<Record<StatusTone, string>> = {
  neutral: 'radio_button_unchecked',
  info: 'schedule',
  success: 'check_circle',
  warning: 'inventory_2',
  danger: 'error',
};

/** A status word with an icon and a tone. The icon and the word carry the meaning, never colour alone. */
@Component({
  selector: 'gp-status-chip',
  imports: [MatIconModule],
  host: { '[class]': '"tone-" + tone()' },
  template: `<mat-icon aria-hidden="true" [svgIcon]="iconName()" /><span>{{ label() }}</span>`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      padding: 0.125rem 0.625rem 0.125rem 0.375rem;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
    }
    :host(.tone-info) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.tone-success) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.tone-warning) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.tone-danger) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChipComponent {
  readonly label = input.required<string>();
  readonly tone = input<StatusTone>('neutral');
  readonly icon = input<string | undefined>(undefined);

  readonly iconName = computed(() => this.icon() ?? ICONS[this.tone()]);
}
