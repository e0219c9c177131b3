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

  /**
   * Saves the author's new text over the version they were shown. Refused as `stale_version` (their
   * other tab saved first), the thread takes the note as it is now, so a second save is made over
   * that version, knowingly; the caller still has the text they wrote.
   */
  async update(note: ProjectNote, input: NoteInput): Promise<ProjectNote> {
    try {
      const saved = await callApi(
        this.api.update(this.requireProject(), note.id, { ...input, version: note.version }),
      );
      this.replace(saved);
      return saved;
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version' && apiError.current)
        this.replace(apiError.current as ProjectNote);
      throw error;
    }
  }

  async remove(note: ProjectNote): Promise<void> {
    await callApi(this.api.remove(this.requireProject(), note.id));
    this.notes.update((notes) => notes.filter((n) => n.id !== note.id));
  }

  private replace(note: ProjectNote): void {
    this.notes.update((notes) => notes.map((n) => (n.id === note.id ? note : n)));
  }

  private requireProject(): string {
    if (!this.projectId) throw new Error('NotesStore: load a project first');
    return this.projectId;
  }
}
