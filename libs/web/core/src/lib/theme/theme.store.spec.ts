import { TestBed } from '@angular/core/testing';
import { ThemeStore } from './theme.store';

describe('ThemeStore', () => {
  const root = document.documentElement;

  beforeEach(() => {
    localStorage.clear();
    root.removeAttribute('data-theme');
  });

  it('follows the system until the person chooses', () => {
    const theme = TestBed.inject(ThemeStore);
    expect(theme.preference()).toBe('system');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('steps system → light → dark → system and pins the scheme on <html>', () => {
    const theme = TestBed.inject(ThemeStore);
    theme.toggle();
    expect(root.getAttribute('data-theme')).toBe('light');
    theme.toggle();
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(theme.next()).toBe('system');
    theme.toggle();
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('remembers the choice on this device', () => {
    TestBed.inject(ThemeStore).choose('dark');
    TestBed.resetTestingModule();
    root.removeAttribute('data-theme');
    expect(TestBed.inject(ThemeStore).preference()).toBe('dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
  });

  it('ignores a remembered value it does not know', () => {
    localStorage.setItem('projektdesken.theme', 'sepia');
    expect(TestBed.inject(ThemeStore).preference()).toBe('system');
  });
});
