/**
 * A file kept with a project: a partner's declaration, a mandate, a co-financing certificate, the
 * extract of the minutes. Attached to the project itself, or to one of its checklist items.
 */
export interface ProjectDocument {
  id: string;
  projectId: string;
  /** The checklist item it belongs to, if any. */
  checklistItemId: string | null;
  checklistItemTitle: string | null;
  /** The name it was uploaded under, without any folder. */
  fileName: string;
  /** The type told from the file's first bytes, not from its name. */
  contentType: string;
  /** Its size in bytes. */
  size: number;
  uploadedAt: string;
  uploadedById: string | null;
  uploadedByName: string | null;
}

/** What an upload to a checklist item answers: the document, and whether it ticked the item. */
export interface AttachedDocument {
  document: ProjectDocument;
  /** True when attaching ticked the item (its template line says a document completes it). */
  ticked: boolean;
}

/** The multipart field that carries the file of an upload. */
export const DOCUMENT_FILE_FIELD = 'file';

/**
 * The browser event (on `window`, its detail the project id) a page section sends after it added
 * a document elsewhere than the documents section, so that section reads its list again.
 */
export const DOCUMENTS_CHANGED_EVENT = 'gp-documents-changed';
