import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { ChecklistItem, Project } from '@gp/domain';
import { TODAY, provideTranslations } from '@gp/web/core';
import { ChecklistComponent } from './checklist.component';
import { settleFixture } from '@gp/web/core/testing';

const project = {
  id: 'p1',
  title: 'Grön omställning',
  stage: 'application',
  programmeId: 'erasmus',
  callId: 'k1',
  projectLeadId: 'u2',
  budget: { currency: 'EUR' },
} as Project;

function item(overrides: Partial<ChecklistItem>): ChecklistItem {
  return {
    id: 'i0',
    projectId: 'p1',
    templateItemId: null,
    title: '',
    guidance: '',
    required: false,
    due: null,
    dueOn: null,
    assigneeId: null,
    assigneeName: null,
    comment: '',
    doneAt: null,
    doneById: null,
    doneByName: null,
    ticksOnDocument: false,
    documents: [],
    position: 0,
    version: 1,
    ...overrides,
  };
}

const registered = item({
  id: 'i1',
  title: 'Registrera organisationen (PIC)',
  required: true,
  due: { kind: 'fixed', on: '2027-01-15' },
  dueOn: '2027-01-15',
  doneAt: '2027-01-10T09:00:00Z',
  doneById: 'u2',
  doneByName: 'Lena Lind',
  version: 2,
});
const budget = item({
  id: 'i2',
  title: 'Budget godkänd av ekonomichefen',
  guidance: 'Skicka budgetmallen till ekonomi.',
  required: true,
  due: { kind: 'before_deadline', days: 30 },
  dueOn: '2027-02-01',
  assigneeId: 'u3',
  assigneeName: 'Karin Holm',
  position: 1,
  version: 4,
});
const letters = item({ id: 'i3', title: 'Partnerbrev', position: 2 });

@Component({
  imports: [ChecklistComponent],
  template: `<gp-project-checklist [project]="project()" [mayEdit]="mayEdit()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly project = signal(project);
  readonly mayEdit = signal(true);
}

describe('ChecklistComponent', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);
  const element = () => fixture.nativeElement as HTMLElement;
  const text = (testId: string) =>
    element().querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

  async function open(items: ChecklistItem[], options: { mayEdit?: boolean; project?: Project } = {}) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslations(),
        // 5 February: the budget item, due 1 February, is late; the done one is not.
        { provide: TODAY, useValue: () => '2027-02-05' },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    fixture.componentInstance.mayEdit.set(options.mayEdit ?? true);
    if (options.project) fixture.componentInstance.project.set(options.project);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await settle();
    backend.expectOne({ method: 'GET', url: '/api/projects/p1/checklist' }).flush(items);
    await settle();
  }

  afterEach(() => backend.verify());

  it('lists the items in order with progress, the required marker and a late item said in words', async () => {
    await open([registered, budget, letters]);
    expect(text('checklist-progress')).toBe('1 av 3 klara · 1 av 2 obligatoriska · 1 försenad');
    const rows = [...element().querySelectorAll('[data-testid^="checklist-item-"]')].map((row) =>
      row.getAttribute('data-testid'),
    );
    expect(rows).toEqual(['checklist-item-i1', 'checklist-item-i2', 'checklist-item-i3']);
    expect(text('checklist-item-i1')).toContain('Klar – Lena Lind');
    expect(text('checklist-item-i2')).toContain('Obligatorisk');
    expect(text('checklist-item-i2')).toContain('Klar senast 1 feb. 2027 Försenad');
    expect(text('checklist-item-i2')).toContain('Ansvarig: Karin Holm');
    expect(text('checklist-item-i1')).not.toContain('Försenad');
    expect(text('checklist-item-i3')).not.toContain('Obligatorisk');
  });

  it('ticks an item with its version and counts it done once the server says who did it', async () => {
    await open([registered, budget, letters]);
    const box = await loader.getHarness(
      MatCheckboxHarness.with({ label: 'Budget godkänd av ekonomichefen' }),
    );
    await box.check();
    const request = backend.expectOne('/api/checklist-items/i2');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ done: true, version: 4 });
    request.flush({
      ...budget,
      doneAt: '2027-02-05T10:00:00Z',
      doneById: 'u2',
      doneByName: 'Lena Lind',
      version: 5,
    });
    await settle();

    expect(text('checklist-progress')).toBe('2 av 3 klara · 2 av 2 obligatoriska');
    expect(text('checklist-item-i2')).toContain('Klar – Lena Lind');
    expect(text('checklist-item-i2')).not.toContain('Försenad');
    expect(text('checklist-announcer')).toBe('”Budget godkänd av ekonomichefen” är klar.');
    expect(await box.isChecked()).toBe(true);
  });

  it('reloads the list and says so when someone else changed the item first', async () => {
    await open([registered, budget, letters]);
    const box = await loader.getHarness(MatCheckboxHarness.with({ label: 'Partnerbrev' }));
    await box.check();
    backend
      .expectOne('/api/checklist-items/i3')
      .flush(
        { statusCode: 409, code: 'stale_version', message: 'stale', current: { ...letters, version: 2 } },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    backend
      .expectOne('/api/projects/p1/checklist')
      .flush([registered, budget, { ...letters, title: 'Partnerbrev (alla tre)', version: 2 }]);
    await settle();

    expect(element().textContent).toContain('Någon annan ändrade checklistan samtidigt.');
    expect(text('checklist-progress')).toContain('1 av 3 klara');
    const reloaded = await loader.getHarness(MatCheckboxHarness.with({ label: 'Partnerbrev (alla tre)' }));
    expect(await reloaded.isChecked()).toBe(false);
  });

  it('moves an item down at once, saves the new order and keeps the focus on the button', async () => {
    await open([registered, budget, letters]);
    const down = await loader.getHarness(
      MatButtonHarness.with({ selector: '[aria-label="Flytta ned ”Registrera organisationen (PIC)”"]' }),
    );
    await down.click();
    const request = backend.expectOne('/api/projects/p1/checklist/order');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ ids: ['i2', 'i1', 'i3'] });
    const rows = () =>
      [...element().querySelectorAll('[data-testid^="checklist-item-"]')].map((row) =>
        row.getAttribute('data-testid'),
      );
    expect(rows()).toEqual(['checklist-item-i2', 'checklist-item-i1', 'checklist-item-i3']);
    request.flush([{ ...budget, position: 0 }, { ...registered, position: 1 }, letters]);
    await settle();
    expect(rows()).toEqual(['checklist-item-i2', 'checklist-item-i1', 'checklist-item-i3']);
    expect(text('checklist-announcer')).toBe('”Registrera organisationen (PIC)” ligger nu på plats 2 av 3.');
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Flytta ned ”Registrera organisationen (PIC)”',
    );
  });

  it('only shows the checklist to someone who may not edit the project', async () => {
    await open([registered, budget], { mayEdit: false });
    const boxes = await loader.getAllHarnesses(MatCheckboxHarness);
    expect(await Promise.all(boxes.map((box) => box.isDisabled()))).toEqual([true, true]);
    expect(element().querySelector('[data-testid="checklist-add"]')).toBeNull();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Ändra|Ta bort/ }))).toEqual([]);
    expect(element().textContent).toContain('Du kan se checklistan men inte ändra den.');
  });

  it('says an application without items has no template, and offers to add one', async () => {
    await open([]);
    expect(element().textContent).toContain(
      'Programmet har ingen checklistmall, så ansökan har inga punkter än.',
    );
    expect(element().querySelector('[data-testid="checklist-add"]')?.textContent).toContain(
      'Lägg till punkt',
    );
    expect(element().querySelector('[data-testid="checklist-progress"]')).toBeNull();
  });

  it('attaches a document to an item, reads the list again and says the item is now done', async () => {
    const declaration = item({ id: 'i4', title: 'Partnerförklaring Modena', ticksOnDocument: true, position: 3 });
    await open([registered, declaration]);
    expect(text('checklist-item-i4')).toContain('Bockas av när ett dokument bifogas.');
    const input = element().querySelector<HTMLInputElement>(
      '[data-testid="checklist-item-i4"] [data-testid="checklist-attach-file"]',
    ) as HTMLInputElement;
    const file = new File(['%PDF-1.7'], 'förklaring.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();

    const upload = backend.expectOne({ method: 'POST', url: '/api/checklist-items/i4/documents' });
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.flush({
      document: { id: 'd1', projectId: 'p1', checklistItemId: 'i4', fileName: 'förklaring.pdf', size: 8 },
      ticked: true,
    });
    await settle();
    const documents = [{ id: 'd1', fileName: 'förklaring.pdf', size: 8 }];
    backend
      .expectOne({ method: 'GET', url: '/api/projects/p1/checklist' })
      .flush([registered, { ...declaration, doneAt: '2027-02-05T10:00:00Z', doneByName: 'Lena Lind', documents, version: 2 }]);
    await settle();

    expect(text('checklist-announcer')).toBe('förklaring.pdf bifogades och ”Partnerförklaring Modena” är klar.');
    const link = element().querySelector<HTMLAnchorElement>('[data-testid="checklist-document-d1"]');
    expect(link?.getAttribute('href')).toBe('/api/projects/p1/documents/d1/content');
    expect(link?.getAttribute('aria-label')).toBe('Hämta förklaring.pdf');
    expect(await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Partnerförklaring Modena' }))).isChecked()).toBe(true);
  });

  it('refuses a file over 25 MB before sending it, and says so with its name', async () => {
    await open([registered]);
    const input = element().querySelector<HTMLInputElement>('[data-testid="checklist-attach-file"]') as HTMLInputElement;
    const file = new File(['x'], 'film.mp4');
    Object.defineProperty(file, 'size', { value: 26 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(text('checklist-attach-refusal')).toBe('film.mp4 är större än 25 MB och laddades inte upp.');
  });

  it('stays away from an idea that has no checklist', async () => {
    await open([], { project: { ...project, stage: 'idea' } });
    expect(element().querySelector('[data-testid="checklist"]')).toBeNull();
  });
});
