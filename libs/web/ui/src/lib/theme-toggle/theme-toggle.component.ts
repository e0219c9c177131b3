import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import { ThemeStore, type ThemePreference } from '@gp/web/core';

const ICONS: Readonly<Record<ThemePreference, string>> = {
  system: 'brightness_auto',
  light: 'light_mode',
  dark: 'dark_mode',
};

/** One button that steps through system, light and dark; its name says the current theme and the next. */
@Component({
  selector: 'gp-theme-toggle',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, TranslocoPipe],
  template: `
    @let label =
      'theme.toggle'
        | transloco
          : {
              current: ('theme.names.' + theme.preference() | transloco),
              next: ('theme.names.' + theme.next() | transloco),
            };
    <button
      mat-icon-button
      type="button"
      [attr.aria-label]="label"
      [matTooltip]="label"
      (click)="theme.toggle()"
    >
      <mat-icon aria-hidden="true" [svgIcon]="icon()" />
    </button>
  `,
  styles: `
    button {
      color: inherit;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThemeToggleComponent {
  protected readonly theme = inject(ThemeStore);
  protected readonly icon = computed(() => ICONS[this.theme.preference()]);
}
