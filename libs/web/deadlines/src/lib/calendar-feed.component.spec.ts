import { Clipboard } from '@angular/cdk/clipboard';
import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import type { CalendarFeedStatus } from '@gp/domain';
import { CalendarFeedComponent } from './calendar-feed.component';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';

const NEW = 'https://desk.kommun.se/api/calendar/feed/new-token.ics';

describe('CalendarFeedComponent', () => {
  let fixture: ComponentFixture<CalendarFeedComponent>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);
  const element = () => fixture.nativeElement as HTMLElement;
  const field = () => element().querySelector<HTMLInputElement>('[data-testid="calendar-feed-url"]');
  const statusText = () =>
    element().querySelector('[data-testid="calendar-feed-status"]')?.textContent?.trim();
  const button = (testId: string) =>
    loader.getHarness(MatButtonHarness.with({ selector: `[data-testid="${testId}"]` }));

  async function open(status: CalendarFeedStatus): Promise<void> {
    ({ fixture, backend } = createDeskFixture(CalendarFeedComponent));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle();
    backend.expectOne({ method: 'GET', url: '/api/calendar/feed' }).flush(status);
    await settle();
  }

  async function answerWithNewAddress(): Promise<void> {
    backend
      .expectOne({ method: 'POST', url: '/api/calendar/feed' })
      .flush({ url: NEW, createdAt: '2026-03-10T09:00:00.000Z' });
    await settle();
  }

  afterEach(() => backend.verify());

  it('explains that the address is shown once, and offers to make one when there is none', async () => {
    await open({ exists: false, createdAt: null });
    expect(element().textContent).toContain('visas adressen bara en gång');
    expect(statusText()).toBe('Du har ingen kalenderadress än.');
    expect(field()).toBeNull();
    await (await button('calendar-feed-create')).click();
    await settle();
    await answerWithNewAddress();
    expect(field()?.value).toBe(NEW);
    expect(field()?.readOnly).toBe(true);
    // The button pressed is gone: focus is on the address, ready to copy.
    expect(document.activeElement).toBe(field());
    const formField = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Din kalenderadress' }),
    );
    expect(await formField.getTextHints()).toEqual([
      'Kopiera adressen nu. Den visas inte igen när du lämnar sidan.',
    ]);
    expect(await (await loader.getHarness(MatSnackBarHarness)).getMessage()).toBe(
      'Adressen är klar. Kopiera den nu – den visas inte igen.',
    );
  });

  it('copies the address it was just shown', async () => {
    await open({ exists: false, createdAt: null });
    await (await button('calendar-feed-create')).click();
    await settle();
    await answerWithNewAddress();
    const copy = jest.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Kopiera/ }))).click();
    expect(copy).toHaveBeenCalledWith(NEW);
  });

  it('says when an existing feed was made, without an address to show', async () => {
    await open({ exists: true, createdAt: '2026-02-01T10:00:00.000Z' });
    expect(statusText()).toMatch(/^Du har en kalenderadress, skapad 1 feb\.? 2026\.$/);
    expect(field()).toBeNull();
    expect(element().querySelector('[data-testid="calendar-feed-create"]')).toBeNull();
  });

  it('says a feed exists when its date was never recorded', async () => {
    await open({ exists: true, createdAt: null });
    expect(statusText()).toBe('Du har en kalenderadress.');
  });

  it('warns that the old address stops working, and sends nothing when the person cancels', async () => {
    await open({ exists: true, createdAt: null });
    await (await button('calendar-feed-renew')).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Skapa en ny adress?');
    expect(await dialog.getContentText()).toContain('Den gamla adressen slutar fungera direkt.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Avbryt' }))).click();
    await settle();
    backend.expectNone({ method: 'POST', url: '/api/calendar/feed' });
    expect(field()).toBeNull();
  });

  it('asks the API for a new address once confirmed, and shows it this once', async () => {
    await open({ exists: true, createdAt: null });
    await (await button('calendar-feed-renew')).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Skapa ny adress' }))).click();
    await settle();
    await answerWithNewAddress();
    expect(field()?.value).toBe(NEW);
    expect(await (await loader.getHarness(MatSnackBarHarness)).getMessage()).toBe(
      'Den nya adressen är klar. Den gamla fungerar inte längre.',
    );
  });
});
