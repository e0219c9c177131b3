import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCardHarness } from '@angular/material/card/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { Programme } from '@gp/domain';
import { CURRENT_TIME, USER_TIME_ZONE } from '../shared/time-zones';
import { ProgrammesPage } from './programmes.page';
import { provideDeskTesting, settleFixture } from '@gp/web/core/testing';
import { erasmusFixture, ka220Fixture } from '../../testing/programme.fixtures';
import { personFixture, signInForTest } from '@gp/web/session/testing';

const erasmus: Programme = {
  ...erasmusFixture,
  link: 'https://erasmus-plus.ec.europa.eu/',
  descriptionSv: 'Utbildning, ungdom och idrott.',
  descriptionEn: 'Education, youth and sport.',
  calls: [ka220Fixture],
};

const tillvaxt: Programme = {
  id: 'tillvaxt',
  name: 'Tillväxtverkets regionala medel',
  funder: 'Tillväxtverket',
  kind: 'national',
  coFinancingRatePercent: null,
  link: null,
  descriptionSv: '',
  descriptionEn: '',
  extractWorkingDays: 5,
  version: 1,
  calls: [],
};

describe('ProgrammesPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ProgrammesPage>;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);
  const page = () => fixture.nativeElement as HTMLElement;
  const texts = (selector: string) =>
    [...page().querySelectorAll(selector)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim());

  /** Each "term: value" of a programme's card, its calls' included. */
  const facts = (programme: string) => {
    const card = [...page().querySelectorAll('mat-card')].find(
      (c) => c.querySelector('h2')?.textContent?.trim() === programme,
    );
    const words = (e: Element | null) => e?.textContent?.replace(/\s+/g, ' ').trim();
    return [...(card?.querySelectorAll('dl > div') ?? [])].map(
      (pair) => `${words(pair.querySelector('dt'))}: ${words(pair.querySelector('dd'))}`,
    );
  };

  async function render(programmes: Programme[], mayEdit: boolean): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ...provideDeskTesting(),
        // Seen from Helsinki, 42 days before the deadline.
        { provide: USER_TIME_ZONE, useValue: 'Europe/Helsinki' },
        { provide: CURRENT_TIME, useValue: () => new Date('2027-01-22T09:00:00Z') },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    // A coordinator keeps the catalogue; a viewer reads it.
    await signInForTest(personFixture('u1', mayEdit ? ['coordinator'] : ['viewer']));
    fixture = TestBed.createComponent(ProgrammesPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    backend.expectOne('/api/programmes').flush(programmes);
    await settle();
  }

  afterEach(() => backend.verify());

  it('lists each programme under its own heading, with its calls and their deadlines', async () => {
    await render([tillvaxt, erasmus], false);
    expect(texts('h1')).toEqual(['Program']);
    expect(texts('h2')).toEqual(['Erasmus+', 'Tillväxtverkets regionala medel']);
    expect(texts('h3')).toEqual(['KA220 Samarbetspartnerskap']);

    const erasmusCard = await loader.getHarness(MatCardHarness.with({ title: 'Erasmus+' }));
    expect(await erasmusCard.getText()).toContain('Utbildning, ungdom och idrott.');
    expect(facts('Erasmus+')).toEqual([
      'Finansiär: Europeiska kommissionen',
      'Typ: EU, direktförvaltat',
      'Typisk stödandel: 80 %',
      'Protokollsutdraget behövs: 5 arbetsdagar före sista dagen',
      'Öppnar: 20 november 2026',
      'Deadline: 5 mars 2027 kl. 13:00 (kl. 12:00 i Bryssel)',
      'Tid kvar: om 42 dagar',
      'Högsta stöd: 400 000 €',
      'Stödandel: 80 %',
    ]);
    expect(texts('a')).toEqual(['Programmets webbplats (öppnas i en ny flik)']);
    expect(page().querySelector('a')?.getAttribute('target')).toBe('_blank');

    expect(facts('Tillväxtverkets regionala medel')).toContain('Typisk stödandel: Varierar');
    const other = await loader.getHarness(MatCardHarness.with({ title: 'Tillväxtverkets regionala medel' }));
    expect(await other.getText()).toContain('Inga utlysningar är inlagda för programmet.');
  });

  it('offers a viewer no buttons to edit, only one to read the checklist template', async () => {
    await render([erasmus], false);
    const buttons = await loader.getAllHarnesses(MatButtonHarness);
    expect(await Promise.all(buttons.map((b) => b.getText()))).toEqual(['Checklistmall']);
  });

  it('offers a coordinator a button for each change, each named after what it changes', async () => {
    await render([erasmus], true);
    for (const name of [
      'Redigera Erasmus+',
      'Ny utlysning i Erasmus+',
      'Redigera utlysningen KA220 Samarbetspartnerskap',
    ]) {
      expect(
        await loader.getHarnessOrNull(MatButtonHarness.with({ selector: `[aria-label="${name}"]` })),
      ).not.toBeNull();
    }
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Nytt program' }))).click();
    const dialogs = TestbedHarnessEnvironment.documentRootLoader(fixture);
    expect(await (await dialogs.getHarness(MatDialogHarness)).getTitleText()).toBe('Nytt program');
  });

  it('opens the new-call form for the programme whose button was pressed', async () => {
    await render([erasmus, tillvaxt], true);
    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: '[aria-label="Ny utlysning i Tillväxtverkets regionala medel"]' }),
      )
    ).click();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Ny utlysning');
    expect(await dialog.getText()).toContain('Program: Tillväxtverkets regionala medel');
  });

  it('filters by name or funder and by kind, and says how many it shows', async () => {
    await render([erasmus, tillvaxt], false);
    const search = (await (
      await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Sök på namn eller finansiär' }))
    ).getControl(MatInputHarness)) as MatInputHarness;
    await search.setValue('kommission');
    await settle();
    expect(texts('h2')).toEqual(['Erasmus+']);
    expect(texts('[role="status"]')).toEqual(['1 av 2 program visas.']);

    await search.setValue('');
    const kind = (await (
      await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Typ av program' }))
    ).getControl(MatSelectHarness)) as MatSelectHarness;
    await kind.open();
    await kind.clickOptions({ text: 'Interreg' });
    await settle();
    expect(texts('h2')).toEqual([]);
    expect(page().textContent).toContain('Inga program matchar sökningen.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Visa alla program' }))).click();
    await settle();
    expect(texts('h2')).toHaveLength(2);
  });

  it('says plainly when there are no programmes yet', async () => {
    await render([], true);
    expect(page().textContent).toContain(
      'Här visas finansieringsprogrammen och deras utlysningar när de är inlagda.',
    );
  });
});
