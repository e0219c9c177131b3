import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { DecisionBody } from '@gp/domain';
import { TODAY } from '@gp/web/core';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';
import { DecisionBodiesPage } from './decision-bodies.page';

const committee: DecisionBody = {
  id: 'c1',
  kind: 'committee',
  name: 'Socialnämnden',
  departmentId: 'd2',
  reportDaysBefore: 21,
  minutesWorkingDays: 3,
  meetings: ['2026-11-17', '2026-12-15', '2027-01-19', '2027-02-16', '2027-03-16'],
  version: 1,
};
const board: DecisionBody = {
  id: 'b1',
  kind: 'municipal_board',
  name: 'Kommunstyrelsen',
  departmentId: null,
  reportDaysBefore: 28,
  minutesWorkingDays: 5,
  meetings: ['2026-11-11'],
  version: 2,
};

describe('DecisionBodiesPage', () => {
  let fixture: ComponentFixture<DecisionBodiesPage>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);

  beforeEach(async () => {
    ({ fixture, backend } = createDeskFixture(DecisionBodiesPage, {
      providers: [
        { provide: TODAY, useValue: () => '2026-12-06' },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    }));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    backend.expectOne('/api/decision-bodies').flush([committee, board]);
    backend.expectOne('/api/departments').flush([{ id: 'd2', name: 'Socialförvaltningen', version: 1 }]);
    await settle();
  });

  afterEach(() => backend.verify());

  it('lists the board first, each body with its department, its day counts and its next three meetings', async () => {
    const table = await loader.getHarness(MatTableHarness);
    const cells = await table.getCellTextByColumnName();
    expect(cells['kind'].text).toEqual(['Kommunstyrelse', 'Nämnd']);
    expect(cells['name'].text).toEqual(['Kommunstyrelsen', 'Socialnämnden']);
    expect(cells['department'].text).toEqual(['Hela kommunen', 'Socialförvaltningen']);
    expect(cells['report'].text).toEqual(['28 dagar före', '21 dagar före']);
    expect(cells['minutes'].text).toEqual(['5 arbetsdagar efter', '3 arbetsdagar efter']);
    expect(cells['next'].text[0]).toBe('Inga inplanerade');
    expect(cells['next'].text[1].replace(/\s+/g, ' ')).toBe('15 dec. 2026, 19 jan. 2027, 16 feb. 2027');
  });

  it('deletes a body only when the admin confirms', async () => {
    const remove = () =>
      loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Ta bort Socialnämnden"]' }));
    await (await remove()).click();
    let dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Ta bort Socialnämnden?');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Avbryt' }))).click();
    await settle();
    backend.expectNone('/api/decision-bodies/c1');

    await (await remove()).click();
    dialog = await loader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Ta bort' }))).click();
    await settle();
    backend.expectOne({ method: 'DELETE', url: '/api/decision-bodies/c1' }).flush(null);
    await settle();
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['name'].text).toEqual(['Kommunstyrelsen']);
  });

  it('opens the body’s own dialog from its edit button', async () => {
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Ändra Kommunstyrelsen"]' }))
    ).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Ändra Kommunstyrelsen');
    await dialog.close();
  });
});
