import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LANGUAGES, isLanguage, type Language } from '@gp/domain/people';
import { InlineIconComponent } from '../inline-icon/inline-icon.component';

/**
 * The language choice of the pages outside the signed-in shell (the sign-in page): a native
 * <select>, so the page loads no Material menu, and it works with the keyboard and on phones as
 * every select does. Named "Språk" by its label; each language is named in itself and marked with
 * its own `lang`, as in the shell's language menu.
 */
@Component({
  selector: 'gp-language-select',
  imports: [InlineIconComponent, TranslocoPipe],
  template: `
    <span class="choice">
      <gp-inline-icon name="translate" />
      <!-- Apart from the select, not around it: a label holding its control adds the control's value to its name. -->
      <label class="label" for="language-choice">{{ 'language.label' | transloco }}</label>
      <select id="language-choice" (change)="choose($event)">
        @for (option of languages; track option) {
          <option [value]="option" [attr.lang]="option" [selected]="option === language()">
            {{ 'language.names.' + option | transloco }}
          </option>
        }
      </select>
    </span>
  `,
  styles: `
    .choice {
      position: relative;
      display: inline-flex;
      align-items: center;
      gap: 4px;
      height: 40px;
      padding: 0 4px 0 12px;
      border-radius: var(--mat-sys-corner-full);
      color: inherit;
      font: var(--mat-sys-label-large);
    }
    .choice:hover {
      background: color-mix(
        in srgb,
        currentColor calc(var(--mat-sys-hover-state-layer-opacity) * 100%),
        transparent
      );
    }
    /* The label names the select for screen readers; the icon shows what it is. */
    .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    select {
      height: 32px;
      padding: 0 4px;
      border: 0;
      border-radius: var(--mat-sys-corner-small);
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    option {
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSelectComponent {
  readonly language = input.required<Language>();
  readonly languageChange = output<Language>();
  protected readonly languages = LANGUAGES;

  protected choose(event: Event): void {
    const chosen = (event.target as HTMLSelectElement).value;
    if (isLanguage(chosen)) this.languageChange.emit(chosen);
  }
}
