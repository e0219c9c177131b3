import { TestBed } from '@angular/core/testing';
import { provideFirstScreenTranslations } from '@gp/web/core';
import { ThemeToggleComponent } from './theme-toggle.component';

describe('ThemeToggleComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-theme');
    TestBed.configureTestingModule({ providers: [provideFirstScreenTranslations()] });
  });

  it('steps through system, light and dark, saying the current theme and the next', async () => {
    const fixture = TestBed.createComponent(ThemeToggleComponent);
    await fixture.whenStable();
    const button = fixture.nativeElement.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Färgtema: följ systemet. Byt till ljust.');
    expect(button.title).toBe(button.getAttribute('aria-label'));

    button.click();
    await fixture.whenStable();
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    expect(button.getAttribute('aria-label')).toBe('Färgtema: ljust. Byt till mörkt.');

    button.click();
    await fixture.whenStable();
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    expect(fixture.nativeElement.querySelector('svg path')?.getAttribute('d')).toMatch(/^M/);
  });
});
