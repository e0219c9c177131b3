import { Clipboard } from '@angular/cdk/clipboard';
import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { CalendarFeedComponent } from './calendar-feed.component';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';

const OLD = 'https://desk.kommun.se/api/calendar/feeds/old-token.ics';
const NEW = 'https://desk.kommun.se/api/calendar/feeds/new-token.ics';

describe('CalendarFeedComponent', () => {
  let fixture: ComponentFixture<CalendarFeedComponent>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);
  const field = () =>
    (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      '[data-testid="calendar-feed-url"]',
    );
  const renew = async () => {
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="calendar-feed-renew"]' }))
    ).click();
    return loader.getHarness(MatDialogHarness);
  };

  beforeEach(async () => {
    ({ fixture, backend } = createDeskFixture(CalendarFeedComponent));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle();
    backend.expectOne({ method: 'GET', url: '/api/calendar/feed' }).flush({ url: OLD });
    await settle();
  });

  afterEach(() => backend.verify());

  it('shows the personal address in a read-only field and copies it', async () => {
    expect(field()?.value).toBe(OLD);
    expect(field()?.readOnly).toBe(true);
    const copy = jest.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Kopiera/ }))).click();
    expect(copy).toHaveBeenCalledWith(OLD);
    expect(await (await loader.getHarness(MatSnackBarHarness)).getMessage()).toBe('Adressen är kopierad.');
  });

  it('warns that the old address stops working, and sends nothing when the person cancels', async () => {
    const dialog = await renew();
    expect(await dialog.getTitleText()).toBe('Skapa en ny adress?');
    expect(await dialog.getContentText()).toContain('Den gamla adressen slutar fungera direkt.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Avbryt' }))).click();
    await settle();
    backend.expectNone({ method: 'POST', url: '/api/calendar/feed' });
    expect(field()?.value).toBe(OLD);
  });

  it('asks the API for a new address once confirmed, and shows it', async () => {
    const dialog = await renew();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Skapa ny adress' }))).click();
    await settle();
    backend.expectOne({ method: 'POST', url: '/api/calendar/feed' }).flush({ url: NEW });
    await settle();
    expect(field()?.value).toBe(NEW);
    expect(await (await loader.getHarness(MatSnackBarHarness)).getMessage()).toBe(
      'Den nya adressen är klar. Den gamla fungerar inte längre.',
    );
  });
});
