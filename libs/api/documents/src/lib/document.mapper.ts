import type { ProjectDocument } from '@gp/domain';
import type { ProjectDocumentEntity } from '@gp/api/data';

/** A stored document as the api answers it; `checklistItem` and `uploadedBy` loaded with it. */
export function toProjectDocument(row: ProjectDocumentEntity): ProjectDocument {
  return {
    id: row.id,
    projectId: row.projectId,
    checklistItemId: row.checklistItemId,
    checklistItemTitle: row.checklistItem?.title ?? null,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    uploadedAt: row.createdAt.toISOString(),
    uploadedById: row.uploadedById,
    uploadedByName: row.uploadedBy?.name ?? null,
  };
}
