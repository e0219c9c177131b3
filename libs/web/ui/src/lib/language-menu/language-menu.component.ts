import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, type Language } from '@gp/domain/people';

/**
 * The toolbar's language switch. Each language is named in itself, and marked with its own
 * `lang`, so a screen reader pronounces "Norsk bokmål" in Norwegian.
 */
@Component({
  selector: 'gp-language-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  template: `
    <button
      mat-button
      type="button"
      class="trigger"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'language.menu' | transloco: { name: ('language.names.' + language() | transloco) }"
    >
      <mat-icon aria-hidden="true" svgIcon="translate" />
      <!-- The visible name is part of the button's name, so voice control can say it (WCAG 2.5.3). -->
      <span class="name">{{ 'language.names.' + language() | transloco }}</span>
    </button>
    <mat-menu #menu="matMenu">
      @for (option of languages; track option) {
        <button
          mat-menu-item
          type="button"
          role="menuitemradio"
          [attr.aria-checked]="option === language()"
          [attr.lang]="option"
          (click)="languageChange.emit(option)"
        >
          <mat-icon
            aria-hidden="true"
            [svgIcon]="option === language() ? 'radio_button_checked' : 'radio_button_unchecked'"
          />
          <span>{{ 'language.names.' + option | transloco }}</span>
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .trigger {
      color: inherit;
      min-width: 0;
    }
    @media (max-width: 599.98px) {
      .name {
        display: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageMenuComponent {
  readonly language = input.required<Language>();
  readonly languageChange = output<Language>();
  protected readonly languages = LANGUAGES;
}
