/** A person as a note names them: who wrote it, who it mentions, who may be mentioned. */
export interface NotePerson {
  id: string;
  name: string;
}

/** One note in a project's thread. */
export interface ProjectNote {
  id: string;
  projectId: string;
  /** Null once the author's account is gone. */
  authorId: string | null;
  authorName: string | null;
  text: string;
  /** The people the note mentions (`@Name` in its text), each emailed a link once. */
  mentions: NotePerson[];
  createdAt: string;
  /** When the author last changed the text; null if never: the thread shows "edited". */
  editedAt: string | null;
  /** What an edit is based on: an edit of an older version is refused with 409 stale_version. */
  version: number;
}

/** `GET /api/projects/:id/notes`: the thread, oldest first, whether the reader may write in it and whom they may mention. */
export interface ProjectNoteThread {
  notes: ProjectNote[];
  mayWrite: boolean;
  /** Who a note may mention: the active people who read the project; empty for those who only read. */
  mentionable: NotePerson[];
}

/**
 * A new note, or a note's new text. `mentionIds` are the people picked in the mention picker;
 * each must appear in the text as `@Name` (mentionToken) and be able to read the project.
 */
export interface NoteInput {
  text: string;
  mentionIds?: string[];
}

/** A note's new text, with the version it was written over. */
export interface NoteEdit extends NoteInput {
  version: number;
}
