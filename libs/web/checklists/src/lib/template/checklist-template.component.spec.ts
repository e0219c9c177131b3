import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import type { ChecklistTemplateItem, Programme } from '@gp/domain';
import { ChecklistTemplateComponent } from './checklist-template.component';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';
import { erasmusFixture } from '../../testing/programme.fixture';

const erasmus: Programme = erasmusFixture;

const pic: ChecklistTemplateItem = {
  id: 't1',
  programmeId: 'erasmus',
  title: 'Registrera organisationen (PIC)',
  guidance: 'Görs i EU:s deltagarportal.',
  required: true,
  due: { kind: 'before_deadline', days: 30 },
  isMinutesExtract: false,
  ticksOnDocument: false,
  position: 0,
  version: 1,
};

@Component({
  imports: [ChecklistTemplateComponent],
  template: `<gp-checklist-template [programme]="programme" [mayEdit]="mayEdit()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly programme = erasmus;
  readonly mayEdit = signal(true);
}

describe('ChecklistTemplateComponent', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);
  const element = () => fixture.nativeElement as HTMLElement;

  async function openTemplate(items: ChecklistTemplateItem[], mayEdit = true) {
    ({ fixture, backend } = createDeskFixture(Host));
    fixture.componentInstance.mayEdit.set(mayEdit);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle();
    // Folded away, the template costs no request.
    backend.expectNone('/api/programmes/erasmus/checklist-template');
    const toggle = await loader.getHarness(
      MatButtonHarness.with({ selector: '[aria-label="Checklistmall för Erasmus+"]' }),
    );
    await toggle.click();
    backend.expectOne({ method: 'GET', url: '/api/programmes/erasmus/checklist-template' }).flush(items);
    await settle();
  }

  afterEach(() => backend.verify());

  it('adds an item with its due rule, last in the template', async () => {
    await openTemplate([pic]);
    expect(element().textContent).toContain('30 dagar före deadline');
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="template-add-erasmus"]' }))
    ).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Ny punkt i checklistmallen');

    const title = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Vad ska göras' }));
    await ((await title.getControl(MatInputHarness)) as MatInputHarness).setValue(
      '  Budget godkänd av ekonomichefen ',
    );
    const guidance = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Vägledning' }));
    await ((await guidance.getControl(MatInputHarness)) as MatInputHarness).setValue('Använd budgetmallen.');
    const rule = await dialog.getHarness(MatRadioGroupHarness);
    await rule.checkRadioButton({ label: 'Ett antal dagar före utlysningens deadline' });
    const days = await dialog.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Dagar före deadline' }),
    );
    await ((await days.getControl(MatInputHarness)) as MatInputHarness).setValue('21');
    await (await dialog.getHarness(MatCheckboxHarness.with({ label: /^Obligatorisk/ }))).uncheck();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();

    const request = backend.expectOne('/api/programmes/erasmus/checklist-template');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      title: 'Budget godkänd av ekonomichefen',
      guidance: 'Använd budgetmallen.',
      required: false,
      due: { kind: 'before_deadline', days: 21 },
      isMinutesExtract: false,
      ticksOnDocument: false,
    });
    request.flush({
      ...request.request.body,
      id: 't2',
      programmeId: 'erasmus',
      position: 1,
      version: 1,
    });
    await settle();
    const rows = [...element().querySelectorAll('[data-testid^="template-item-"]')].map((row) =>
      row.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('Budget godkänd av ekonomichefen');
    expect(rows[1]).toContain('Frivillig');
    expect(rows[1]).toContain('21 dagar före deadline');
  });

  it('marks a line as the extract of the minutes, which the co-funding decision ticks, and labels it', async () => {
    await openTemplate([pic]);
    expect(element().querySelector('[data-testid="minutes-extract-chip"]')).toBeNull();
    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: '[aria-label="Ändra ”Registrera organisationen (PIC)”"]' }),
      )
    ).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    const extract = await dialog.getHarness(
      MatCheckboxHarness.with({
        label: 'Protokollsutdrag om medfinansiering (bockas av när beslutet registreras)',
      }),
    );
    expect(await extract.isChecked()).toBe(false);
    await extract.check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();

    const request = backend.expectOne({ method: 'PATCH', url: '/api/checklist-template-items/t1' });
    expect(request.request.body).toMatchObject({ isMinutesExtract: true, version: 1 });
    request.flush({ ...pic, isMinutesExtract: true, version: 2 });
    await settle();
    expect(element().querySelector('[data-testid="minutes-extract-chip"]')?.textContent?.trim()).toBe(
      'Protokollsutdrag',
    );
  });

  it('marks a line as ticked by an attached document (a partner declaration) and labels it', async () => {
    await openTemplate([pic]);
    expect(element().querySelector('[data-testid="ticks-on-document-chip"]')).toBeNull();
    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: '[aria-label="Ändra ”Registrera organisationen (PIC)”"]' }),
      )
    ).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    const ticks = await dialog.getHarness(
      MatCheckboxHarness.with({ label: 'Bockas av när ett dokument bifogas (till exempel en partnerförklaring)' }),
    );
    expect(await ticks.isChecked()).toBe(false);
    await ticks.check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();

    const request = backend.expectOne({ method: 'PATCH', url: '/api/checklist-template-items/t1' });
    expect(request.request.body).toMatchObject({ ticksOnDocument: true, isMinutesExtract: false, version: 1 });
    request.flush({ ...pic, ticksOnDocument: true, version: 2 });
    await settle();
    expect(element().querySelector('[data-testid="ticks-on-document-chip"]')?.textContent?.trim()).toBe(
      'Bockas av med dokument',
    );
  });

  it('sends nothing without a title, or with a fixed due rule but no day', async () => {
    await openTemplate([]);
    expect(element().textContent).toContain('Programmet har ingen checklistmall än.');
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[data-testid="template-add-erasmus"]' }))
    ).click();
    const dialog = await loader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: 'Ett visst datum' });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Spara' }))).click();
    const title = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Vad ska göras' }));
    expect(await title.getTextErrors()).toEqual(['Det här fältet måste fyllas i.']);
    const day = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Datum' }));
    expect(await day.getTextErrors()).toEqual(['Det här fältet måste fyllas i.']);
    backend.expectNone('/api/programmes/erasmus/checklist-template');
  });

  it('moves an item and saves the new order', async () => {
    const second = { ...pic, id: 't2', title: 'Partnerbrev', required: false, due: null, position: 1 };
    await openTemplate([pic, second]);
    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Flytta upp ”Partnerbrev”"]' }))
    ).click();
    const request = backend.expectOne('/api/programmes/erasmus/checklist-template/order');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ ids: ['t2', 't1'] });
    request.flush([
      { ...second, position: 0 },
      { ...pic, position: 1 },
    ]);
    await settle();
  });

  it('lets a reader see the template but not change it', async () => {
    await openTemplate([pic], false);
    expect(element().textContent).toContain('Registrera organisationen (PIC)');
    expect(element().querySelector('[data-testid="template-add-erasmus"]')).toBeNull();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Ändra|Ta bort/ }))).toEqual([]);
  });
});
