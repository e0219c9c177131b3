import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import type { Project, ProjectDocument } from '@gp/domain';
import { provideTranslations } from '@gp/web/core';
import { settleFixture } from '@gp/web/core/testing';
import { ProjectDocumentsComponent } from './project-documents.component';

const project = { id: 'p1', title: 'Grön omställning', stage: 'application', projectLeadId: 'u2' } as Project;

const declaration: ProjectDocument = {
  id: 'd1',
  projectId: 'p1',
  checklistItemId: 'i1',
  checklistItemTitle: 'Partnerförklaring Modena',
  fileName: 'Partnerförklaring Modena.pdf',
  contentType: 'application/pdf',
  size: Math.round(1.25 * 1024 * 1024),
  uploadedAt: '2027-02-05T09:00:00Z',
  uploadedById: 'u2',
  uploadedByName: 'Lena Lind',
};

@Component({
  imports: [ProjectDocumentsComponent],
  template: `<gp-project-documents [project]="project()" [mayEdit]="mayEdit()" (changed)="changes = changes + 1" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly project = signal(project);
  readonly mayEdit = signal(true);
  changes = 0;
}

describe('ProjectDocumentsComponent', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);
  const element = () => fixture.nativeElement as HTMLElement;
  const text = (testId: string) =>
    element().querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

  async function open(documents: ProjectDocument[], mayEdit = true) {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslations(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    fixture.componentInstance.mayEdit.set(mayEdit);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await settle();
    backend.expectOne({ method: 'GET', url: '/api/projects/p1/documents' }).flush(documents);
    await settle();
  }

  function pick(file: File): void {
    const input = element().querySelector<HTMLInputElement>('[data-testid="documents-file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  afterEach(() => backend.verify());

  it('lists each document as a download link named by its file, with size, who, when and its checklist item', async () => {
    await open([declaration]);
    const link = element().querySelector<HTMLAnchorElement>('[data-testid="document-d1"] a');
    expect(link?.getAttribute('href')).toBe('/api/projects/p1/documents/d1/content');
    expect(link?.hasAttribute('download')).toBe(true);
    expect(link?.getAttribute('aria-label')).toBe('Hämta Partnerförklaring Modena.pdf');
    expect(text('document-d1')).toContain('1,3 MB · Lena Lind');
    expect(text('document-d1')).toContain('Bifogat till checklistpunkten ”Partnerförklaring Modena”');
  });

  it('uploads a picked file with its progress, lists it and says so', async () => {
    await open([]);
    expect(element().textContent).toContain('Projektet har inga dokument än.');
    pick(new File(['%PDF-1.7'], 'mandat.pdf', { type: 'application/pdf' }));
    await settle();
    const request = backend.expectOne({ method: 'POST', url: '/api/projects/p1/documents' });
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(request.request.reportProgress).toBe(true);
    request.event({ type: 1, loaded: 50, total: 100 });
    await settle();
    const bar = await loader.getHarness(MatProgressBarHarness.with({ selector: '[data-testid="documents-progress"]' }));
    expect(await bar.getValue()).toBe(50);
    request.flush({ ...declaration, id: 'd2', fileName: 'mandat.pdf', checklistItemId: null, checklistItemTitle: null });
    await settle();
    expect(element().querySelector('[data-testid="document-d2"]')).not.toBeNull();
    expect(element().querySelector('[data-testid="documents-progress"]')).toBeNull();
    expect(text('documents-announcer')).toBe('mandat.pdf är uppladdat.');
    expect(fixture.componentInstance.changes).toBe(1);
  });

  it('replaces a document with a new file in its place, and says so', async () => {
    await open([declaration]);
    (element().querySelector('[data-testid="document-replace-d1"]') as HTMLButtonElement).click();
    pick(new File(['%PDF-1.7'], 'Partnerförklaring Modena, signerad.pdf', { type: 'application/pdf' }));
    await settle();
    const request = backend.expectOne({ method: 'PUT', url: '/api/projects/p1/documents/d1/content' });
    expect(((request.request.body as FormData).get('file') as File).name).toBe('Partnerförklaring Modena, signerad.pdf');
    request.flush({ ...declaration, id: 'd3', fileName: 'Partnerförklaring Modena, signerad.pdf' });
    await settle();
    expect(element().querySelector('[data-testid="document-d1"]')).toBeNull();
    expect(text('document-d3')).toContain('Partnerförklaring Modena, signerad.pdf');
    expect(text('documents-announcer')).toBe(
      'Partnerförklaring Modena.pdf är ersatt med Partnerförklaring Modena, signerad.pdf.',
    );
    expect(fixture.componentInstance.changes).toBe(1);
    // The focus stays in the list, on the new document's own button.
    expect(document.activeElement?.getAttribute('data-testid')).toBe('document-replace-d3');

    // The next file picked is a new document again, not another replacement.
    pick(new File(['%PDF-1.7'], 'mandat.pdf', { type: 'application/pdf' }));
    await settle();
    backend.expectOne({ method: 'POST', url: '/api/projects/p1/documents' }).flush({ ...declaration, id: 'd4', fileName: 'mandat.pdf' });
    await settle();
  });

  it('says why an upload was refused, with the file’s name: too large, or not a kind kept here', async () => {
    await open([]);
    const big = new File(['x'], 'film.mp4');
    Object.defineProperty(big, 'size', { value: 26 * 1024 * 1024 });
    pick(big);
    await settle();
    expect(text('documents-refusal')).toBe('film.mp4 är större än 25 MB och laddades inte upp.');

    pick(new File(['MZ'], 'intyg.pdf'));
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/projects/p1/documents' })
      .flush(
        { statusCode: 415, code: 'file_type_not_allowed', message: 'no' },
        { status: 415, statusText: 'Unsupported Media Type' },
      );
    await settle();
    expect(text('documents-refusal')).toContain('intyg.pdf är inte en sorts fil som sparas här.');
    expect(element().querySelector('[data-testid="documents-refusal"]')?.getAttribute('role')).toBe('alert');
  });

  it('deletes a document after asking, and gives the focus to the upload button', async () => {
    await open([declaration]);
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Ta bort Partnerförklaring Modena.pdf"]' }))).click();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);
    expect(await dialog.getContentText()).toContain('Partnerförklaring Modena.pdf tas bort från projektet.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Ta bort' }))).click();
    await settle();
    backend.expectOne({ method: 'DELETE', url: '/api/projects/p1/documents/d1' }).flush(null);
    await settle();
    expect(element().querySelector('[data-testid="document-d1"]')).toBeNull();
    expect(text('documents-announcer')).toBe('Partnerförklaring Modena.pdf togs bort.');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('documents-upload');
  });

  it('reads the list again when a checklist item of this project got a document', async () => {
    await open([]);
    window.dispatchEvent(new CustomEvent('gp-documents-changed', { detail: 'another-project' }));
    window.dispatchEvent(new CustomEvent('gp-documents-changed', { detail: 'p1' }));
    await settle();
    backend.expectOne({ method: 'GET', url: '/api/projects/p1/documents' }).flush([declaration]);
    await settle();
    expect(element().querySelector('[data-testid="document-d1"]')).not.toBeNull();
  });

  it('lets a reader download but not upload or delete', async () => {
    await open([declaration], false);
    expect(element().querySelector('[data-testid="document-d1"] a')).not.toBeNull();
    expect(element().querySelector('[data-testid="documents-upload"]')).toBeNull();
    expect(element().querySelector('[data-testid="documents-file"]')).toBeNull();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Ta bort/ }))).toEqual([]);
    expect(element().textContent).toContain('Du kan hämta dokumenten men inte ändra dem.');
  });
});
