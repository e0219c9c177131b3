import { LiveAnnouncer } from '@angular/cdk/a11y';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { CurrentUser, Project, ProjectNote, ProjectNoteThread } from '@gp/domain';
import { provideTranslations } from '@gp/web/core';
import { settleFixture } from '@gp/web/core/testing';
import { SessionStore } from '@gp/web/session';
import { ProjectNotesComponent } from './project-notes.component';

const project = { id: 'p1', title: 'Grön omställning', projectLeadId: 'jonas' } as Project;
const maja: CurrentUser = {
  id: 'maja',
  name: 'Maja Lindqvist',
  email: 'samordnare@demo.kommun.se',
  roles: ['coordinator'],
  departmentIds: [],
  language: 'sv',
};
const jonas = { id: 'jonas', name: 'Jonas Ek' };
const karin = { id: 'karin', name: 'Karin Holm' };

function note(overrides: Partial<ProjectNote>): ProjectNote {
  return {
    id: 'n0',
    projectId: 'p1',
    authorId: 'maja',
    authorName: 'Maja Lindqvist',
    text: '',
    mentions: [],
    createdAt: '2027-02-05T09:00:00Z',
    editedAt: null,
    version: 1,
    ...overrides,
  };
}

const byJonas = note({
  id: 'n1',
  authorId: 'jonas',
  authorName: 'Jonas Ek',
  text: 'Budgeten är klar, @Karin Holm.',
  mentions: [karin],
});
const byMaja = note({ id: 'n2', text: 'Bra, tack!' });

@Component({
  imports: [ProjectNotesComponent],
  template: `<gp-project-notes [project]="project" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly project = project;
}

describe('ProjectNotesComponent', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;
  let announced: string[];

  const settle = () => settleFixture(fixture);
  const element = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    element().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

  async function open(given: Omit<ProjectNoteThread, 'mentionable'>, user: CurrentUser = maja) {
    announced = [];
    const thread: ProjectNoteThread = {
      ...given,
      mentionable: given.mayWrite ? [jonas, karin, { id: 'maja', name: 'Maja Lindqvist' }] : [],
    };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslations(),
        { provide: SessionStore, useValue: { user: signal(user) } },
        {
          provide: LiveAnnouncer,
          useValue: { announce: (message: string) => (announced.push(message), Promise.resolve()) },
        },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await settle();
    backend.expectOne({ method: 'GET', url: '/api/projects/p1/notes' }).flush(thread);
    await settle();
  }

  afterEach(() => backend.verify());

  it('shows the thread with its mentions marked; the author edits and deletes, a coordinator deletes any', async () => {
    await open({ notes: [byJonas, byMaja], mayWrite: true });
    expect(text('[data-testid="note-n1"] .meta')).toContain('Jonas Ek');
    expect(text('[data-testid="note-n1"] .mention')).toBe('@Karin Holm');
    const n1 = element().querySelector('[data-testid="note-n1"]') as HTMLElement;
    const n2 = element().querySelector('[data-testid="note-n2"]') as HTMLElement;
    expect(n1.querySelector('[data-action="edit"]')).toBeNull();
    expect(n1.querySelector('[data-action="delete"]')).not.toBeNull();
    expect(n2.querySelector('[data-action="edit"]')).not.toBeNull();
    expect(n2.querySelector('[data-action="delete"]')).not.toBeNull();
  });

  it('lets a project lead edit only their own note and delete no one else’s', async () => {
    await open(
      { notes: [byJonas, byMaja], mayWrite: true },
      { ...maja, id: 'jonas', name: 'Jonas Ek', roles: ['project_lead'] },
    );
    const n1 = element().querySelector('[data-testid="note-n1"]') as HTMLElement;
    const n2 = element().querySelector('[data-testid="note-n2"]') as HTMLElement;
    expect(n1.querySelector('[data-action="edit"]')).not.toBeNull();
    expect(n2.querySelector('[data-action="edit"]')).toBeNull();
    expect(n2.querySelector('[data-action="delete"]')).toBeNull();
  });

  it('writes a mention from the picker into the text and sends whom it mentions', async () => {
    await open({ notes: [], mayWrite: true });
    expect(element().textContent).toContain('Inga anteckningar än.');
    const field = await loader.getHarness(MatInputHarness.with({ selector: '[data-testid="note-text"]' }));
    await field.setValue('Kan');
    const picker = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="note-mention"]' }),
    );
    await picker.open();
    await picker.clickOptions({ text: 'Jonas Ek' });
    await settle();
    expect(await field.getValue()).toBe('Kan @Jonas Ek ');
    expect(announced).toContain('Jonas Ek nämns i anteckningen.');
    await field.setValue(`${await field.getValue()}ladda upp intyget?`);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Spara anteckning' }))).click();

    const request = backend.expectOne({ method: 'POST', url: '/api/projects/p1/notes' });
    expect(request.request.body).toEqual({ text: 'Kan @Jonas Ek ladda upp intyget?', mentionIds: ['jonas'] });
    request.flush(note({ id: 'n3', text: 'Kan @Jonas Ek ladda upp intyget?', mentions: [jonas] }));
    await settle();
    expect(text('[data-testid="note-n3"] .mention')).toBe('@Jonas Ek');
    expect(await field.getValue()).toBe('');
    expect(announced).toContain('Anteckningen är sparad. Nämnda: Jonas Ek.');
  });

  it('saves no empty note', async () => {
    await open({ notes: [], mayWrite: true });
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Spara anteckning' }))).click();
    await settle();
    expect(element().textContent).toContain('Det här fältet måste fyllas i.');
    backend.expectNone({ method: 'POST' });
  });

  it('edits the author’s note in place and marks it edited', async () => {
    await open({ notes: [byMaja], mayWrite: true });
    (element().querySelector('[data-testid="note-n2"] [data-action="edit"]') as HTMLButtonElement).click();
    await settle();
    const field = await loader.getHarness(
      MatInputHarness.with({ selector: '[data-testid="note-n2"] textarea' }),
    );
    expect(await field.getValue()).toBe('Bra, tack!');
    await field.setValue('Bra, tack @Karin Holm!');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Spara ändringen' }))).click();
    const request = backend.expectOne({ method: 'PATCH', url: '/api/projects/p1/notes/n2' });
    expect(request.request.body).toEqual({
      text: 'Bra, tack @Karin Holm!',
      mentionIds: ['karin'],
      version: 1,
    });
    request.flush({
      ...byMaja,
      text: 'Bra, tack @Karin Holm!',
      mentions: [karin],
      editedAt: '2027-02-05T10:00:00Z',
    });
    await settle();
    expect(text('[data-testid="note-n2"] [data-testid="note-edited"]')).toContain('redigerad');
    expect(announced).toContain('Ändringen är sparad. Nämnda: Karin Holm.');
  });

  it('keeps the author’s text when their other tab saved first, shows what was saved, and saves over it when asked', async () => {
    await open({ notes: [byMaja], mayWrite: true });
    (element().querySelector('[data-testid="note-n2"] [data-action="edit"]') as HTMLButtonElement).click();
    await settle();
    const field = await loader.getHarness(
      MatInputHarness.with({ selector: '[data-testid="note-n2"] textarea' }),
    );
    await field.setValue('Från den gamla fliken');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Spara ändringen' }))).click();
    const current = {
      ...byMaja,
      text: 'Från fliken som sparade först',
      editedAt: '2027-02-05T10:00:00Z',
      version: 2,
    };
    backend
      .expectOne({ method: 'PATCH', url: '/api/projects/p1/notes/n2' })
      .flush(
        { statusCode: 409, code: 'stale_version', message: 'Someone else saved a newer version', current },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(text('[data-testid="note-overtaken"]')).toContain('sparades i en annan flik');
    expect(text('[data-testid="note-overtaken"] blockquote')).toBe('Från fliken som sparade först');
    expect(await field.getValue()).toBe('Från den gamla fliken');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Spara ändringen' }))).click();
    const again = backend.expectOne({ method: 'PATCH', url: '/api/projects/p1/notes/n2' });
    expect(again.request.body).toEqual({ text: 'Från den gamla fliken', mentionIds: [], version: 2 });
    again.flush({ ...current, text: 'Från den gamla fliken', version: 3 });
    await settle();
    expect(element().querySelector('[data-testid="note-overtaken"]')).toBeNull();
    expect(text('[data-testid="note-n2"] [data-testid="note-body"]')).toBe('Från den gamla fliken');
  });

  it('asks before deleting, and deletes only when confirmed', async () => {
    await open({ notes: [byJonas], mayWrite: true });
    const root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const deleteButton = () =>
      element().querySelector('[data-testid="note-n1"] [data-action="delete"]') as HTMLButtonElement;

    deleteButton().click();
    await settle();
    let dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Ta bort anteckningen?');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Avbryt' }))).click();
    await settle();
    backend.expectNone({ method: 'DELETE' });

    deleteButton().click();
    await settle();
    dialog = await root.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Ta bort' }))).click();
    await settle();
    backend.expectOne({ method: 'DELETE', url: '/api/projects/p1/notes/n1' }).flush(null);
    await settle();
    expect(element().querySelector('[data-testid="note-n1"]')).toBeNull();
    expect(announced).toContain('Anteckningen är borttagen.');
  });

  it('shows a viewer the thread without a way to write, edit or delete', async () => {
    await open({ notes: [byJonas, byMaja], mayWrite: false }, { ...maja, id: 'sofia', roles: ['viewer'] });
    expect(element().querySelector('gp-note-editor')).toBeNull();
    expect(element().querySelector('[data-action]')).toBeNull();
    expect(element().textContent).toContain('Du kan läsa anteckningarna men inte skriva här.');
  });
});
