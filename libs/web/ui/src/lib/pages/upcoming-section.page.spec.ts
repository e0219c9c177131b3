import { TestBed } from '@angular/core/testing';
import { provideTranslations } from '@gp/web/core';
import { UpcomingSectionPage } from './upcoming-section.page';

describe('UpcomingSectionPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTranslations()] });
  });

  it('shows the section’s heading as the page’s one h1 and an honest empty state', async () => {
    const fixture = TestBed.createComponent(UpcomingSectionPage);
    fixture.componentRef.setInput('heading', 'board.heading');
    fixture.componentRef.setInput('message', 'board.empty');
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect([...page.querySelectorAll('h1')].map((h) => h.textContent?.trim())).toEqual(['Tavlan']);
    expect(page.textContent).toContain('Här visas projekten när de första är registrerade.');
  });
});
