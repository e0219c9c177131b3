import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Language } from '@gp/domain';
import { provideFirstScreenTranslations } from '@gp/web/core';
import { LanguageSelectComponent } from './language-select.component';

@Component({
  imports: [LanguageSelectComponent],
  template: `<gp-language-select [language]="language()" (languageChange)="chosen.push($event)" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly language = signal<Language>('sv');
  readonly chosen: Language[] = [];
}

describe('LanguageSelectComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideFirstScreenTranslations()] });
  });

  it('is named by its label, shows the current language and offers each language in itself', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const select = fixture.nativeElement.querySelector('select') as HTMLSelectElement;

    expect(select.labels?.[0]?.textContent?.trim()).toBe('Språk');
    expect(select.value).toBe('sv');
    expect([...select.options].map((o) => [o.textContent?.trim(), o.lang])).toEqual([
      ['Svenska', 'sv'],
      ['Norsk bokmål', 'nb'],
      ['English', 'en'],
    ]);

    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    expect(fixture.componentInstance.chosen).toEqual(['en']);
  });

  it('follows a language chosen elsewhere', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.language.set('nb');
    await fixture.whenStable();
    expect((fixture.nativeElement.querySelector('select') as HTMLSelectElement).value).toBe('nb');
  });
});
