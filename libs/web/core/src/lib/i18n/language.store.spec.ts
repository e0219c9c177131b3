import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LanguageStore } from './language.store';
import { provideTranslations } from './provide-translations';

describe('LanguageStore', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTranslations()] });
  });

  it('starts in Swedish, with <html lang="sv">', () => {
    const languages = TestBed.inject(LanguageStore);
    expect(languages.language()).toBe('sv');
    expect(languages.locale()).toBe('sv-SE');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('switches texts, locale and <html lang> at run time, loading Norwegian and English when picked', async () => {
    const languages = TestBed.inject(LanguageStore);
    const transloco = TestBed.inject(TranslocoService);
    languages.use('nb');
    await firstValueFrom(transloco.load('nb'));
    expect(transloco.translate('signIn.submit')).toBe('Logg inn');
    expect(languages.locale()).toBe('nb-NO');
    expect(document.documentElement.lang).toBe('nb');
    languages.use('en');
    await firstValueFrom(transloco.load('en'));
    expect(transloco.translate('signIn.submit')).toBe('Sign in');
  });

  it('remembers the language on this device for the next visit', () => {
    TestBed.inject(LanguageStore).use('en');
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideTranslations()] });
    expect(TestBed.inject(LanguageStore).language()).toBe('en');
  });
});
