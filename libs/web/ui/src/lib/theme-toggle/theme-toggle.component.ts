import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ThemeStore, type ThemePreference } from '@gp/web/core/theme';
import { InlineIconComponent } from '../inline-icon/inline-icon.component';
import type { InlineIconName } from '../inline-icon/inline-icons';

const ICONS: Readonly<Record<ThemePreference, InlineIconName>> = {
  system: 'brightness_auto',
  light: 'light_mode',
  dark: 'dark_mode',
};

/**
 * One button that steps through system, light and dark; its name says the current theme and the
 * next, and so does its hover text. A native button drawn as Material 3's icon button, because the
 * sign-in page shows it and loads no Material button, icon or tooltip.
 */
@Component({
  selector: 'gp-theme-toggle',
  imports: [InlineIconComponent, TranslocoPipe],
  template: `
    @let label =
      'theme.toggle'
        | transloco
          : {
              current: ('theme.names.' + theme.preference() | transloco),
              next: ('theme.names.' + theme.next() | transloco),
            };
    <button type="button" class="icon-button" [attr.aria-label]="label" [title]="label" (click)="theme.toggle()">
      <gp-inline-icon [name]="icon()" />
    </button>
  `,
  styleUrl: './theme-toggle.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThemeToggleComponent {
  protected readonly theme = inject(ThemeStore);
  protected readonly icon = computed(() => ICONS[this.theme.preference()]);
}
