import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DOCUMENT_ABANDONED_AFTER_MS, DOCUMENT_CHUNK_BYTES } from '@gp/domain';
import { ProjectDocumentEntity } from '@gp/api/data';

/** Where a new document goes: its project, and the checklist item it is attached to if any. */
export interface DocumentPlace {
  projectId: string;
  checklistItemId: string | null;
}

/**
 * A document's bytes in and out of the database one chunk at a time. Each statement commits on
 * its own: no transaction stays open while an upload arrives or a download leaves, so on the
 * embedded database (one connection) other requests go on between two chunks.
 */
@Injectable()
export class DocumentChunks {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A document row marked 'uploading', for the chunks to hang on until the upload is whole. */
  async begin(place: DocumentPlace, fileName: string, contentType: string, uploaderId: string): Promise<string> {
    const row = await this.dataSource.manager.save(
      ProjectDocumentEntity,
      this.dataSource.manager.create(ProjectDocumentEntity, {
        ...place,
        fileName,
        contentType,
        size: 0,
        status: 'uploading',
        uploadedById: uploaderId,
      }),
    );
    return row.id;
  }

  async append(documentId: string, position: number, bytes: Buffer): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO document_chunk (document_id, position, bytes) VALUES ($1, $2, $3)',
      [documentId, position, bytes],
    );
  }

  /** Removes an upload that failed or was refused, with whatever chunks it had written. */
  async discard(documentId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM project_document WHERE id = $1 AND status = 'uploading'`, [documentId]);
  }

  /** Removes uploads cut off long ago (a closed tab, a restart mid-upload). */
  async sweepAbandoned(now = new Date()): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM project_document WHERE status = 'uploading' AND created_at < $1`,
      [new Date(now.getTime() - DOCUMENT_ABANDONED_AFTER_MS)],
    );
  }

  /**
   * The chunks of a stored document, read one query at a time as the reader asks for them: a
   * download holds one chunk in memory, and a slow reader holds no connection between chunks.
   */
  async *read(documentId: string, size: number): AsyncGenerator<Buffer> {
    const count = Math.ceil(size / DOCUMENT_CHUNK_BYTES);
    for (let position = 0; position < count; position++) {
      const rows: Array<{ bytes: Buffer }> = await this.dataSource.query(
        'SELECT bytes FROM document_chunk WHERE document_id = $1 AND position = $2',
        [documentId, position],
      );
      // Removed or replaced while it was being read: the download stops short, never mixes files.
      if (rows.length === 0) throw new Error(`Document ${documentId} lost chunk ${position} while being read`);
      yield rows[0].bytes;
    }
  }
}
