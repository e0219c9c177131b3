import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, NoteInput, NotePerson, ProjectNote } from '@gp/domain';
import { callApi } from '@gp/web/core';
import { NotesApi } from './notes.api';

/**
 * One project's thread of notes, for the project page's notes section (provided there, so each
 * page has its own). Writes reject with the ApiError and leave the thread as it was.
 */
@Injectable()
export class NotesStore {
  private readonly api = inject(NotesApi);
  private projectId: string | null = null;

  readonly notes = signal<ProjectNote[]>([]);
  readonly mayWrite = signal(false);
  /** Who may be mentioned: the people who read the project (none for those who only read). */
  readonly people = signal<NotePerson[]>([]);
  readonly loaded = signal(false);
  readonly problem = signal<ApiError | null>(null);

  async load(projectId: string): Promise<void> {
    this.projectId = projectId;
    this.problem.set(null);
    try {
      const thread = await callApi(this.api.thread(projectId));
      if (this.projectId !== projectId) return;
      this.notes.set(thread.notes);
      this.mayWrite.set(thread.mayWrite);
      this.people.set(thread.mentionable);
      this.loaded.set(true);
    } catch (error) {
      this.problem.set(error as ApiError);
    }
  }

  async add(input: NoteInput): Promise<ProjectNote> {
    const note = await callApi(this.api.add(this.requireProject(), input));
    this.notes.update((notes) => [...notes, note]);
    return note;
  }

  async update(note: ProjectNote, input: NoteInput): Promise<ProjectNote> {
    const saved = await callApi(this.api.update(this.requireProject(), note.id, input));
    this.notes.update((notes) => notes.map((n) => (n.id === saved.id ? saved : n)));
    return saved;
  }

  async remove(note: ProjectNote): Promise<void> {
    await callApi(this.api.remove(this.requireProject(), note.id));
    this.notes.update((notes) => notes.filter((n) => n.id !== note.id));
  }

  private requireProject(): string {
    if (!this.projectId) throw new Error('NotesStore: load a project first');
    return this.projectId;
  }
}
