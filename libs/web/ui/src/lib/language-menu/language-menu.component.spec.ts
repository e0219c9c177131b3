import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import type { Language } from '@gp/domain';
import { provideTranslations } from '@gp/web/core';
import { LanguageMenuComponent } from './language-menu.component';

@Component({
  imports: [LanguageMenuComponent],
  template: `<gp-language-menu [language]="language()" (languageChange)="chosen.push($event)" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly language = signal<Language>('sv');
  readonly chosen: Language[] = [];
}

describe('LanguageMenuComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTranslations()] });
  });

  it('names the current language on its button and offers each language in itself', async () => {
    const fixture = TestBed.createComponent(Host);
    const menu = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatMenuHarness);
    expect(await (await menu.host()).getAttribute('aria-label')).toBe('Språk: Svenska');

    await menu.open();
    const items = await menu.getItems();
    expect(await Promise.all(items.map((item) => item.getText()))).toEqual([
      expect.stringContaining('Svenska'),
      expect.stringContaining('Norsk bokmål'),
      expect.stringContaining('English'),
    ]);
    expect(await (await items[0].host()).getAttribute('aria-checked')).toBe('true');
    expect(await (await items[1].host()).getAttribute('lang')).toBe('nb');

    await items[1].click();
    expect(fixture.componentInstance.chosen).toEqual(['nb']);
  });
});
