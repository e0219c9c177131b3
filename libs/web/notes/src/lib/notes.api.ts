import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { NoteEdit, NoteInput, ProjectNote, ProjectNoteThread } from '@gp/domain';
import { ReadAhead } from '@gp/web/project-data';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);
const notesOf = (projectId: string) => `/api/projects/${id(projectId)}/notes`;

/** A project's notes: read by whoever reads the project, written by those who work on it. */
@Injectable({ providedIn: 'root' })
export class NotesApi {
  private readonly http = inject(HttpClient);
  private readonly reads = inject(ReadAhead);

  /** Read through ReadAhead: the project page starts it with its other reads. */
  thread(projectId: string): Observable<ProjectNoteThread> {
    return this.reads.get<ProjectNoteThread>(notesOf(projectId));
  }

  add(projectId: string, input: NoteInput): Observable<ProjectNote> {
    return this.http.post<ProjectNote>(notesOf(projectId), input);
  }

  update(projectId: string, noteId: string, input: NoteEdit): Observable<ProjectNote> {
    return this.http.patch<ProjectNote>(`${notesOf(projectId)}/${id(noteId)}`, input);
  }

  remove(projectId: string, noteId: string): Observable<void> {
    return this.http.delete<void>(`${notesOf(projectId)}/${id(noteId)}`);
  }
}
