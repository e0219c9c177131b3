import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectDocumentEntity } from './project-document.entity';

/**
 * One piece of a document's bytes (DOCUMENT_CHUNK_BYTES, the last one shorter), numbered from 0.
 * Uploads write and downloads read one row at a time. Never loaded as an entity with its bytes
 * by accident: the services read `bytes` by plain SQL, one chunk at a time.
 */
@Entity({ name: 'document_chunk' })
export class DocumentChunkEntity {
  @PrimaryColumn({ name: 'document_id', type: 'uuid', primaryKeyConstraintName: 'PK_document_chunk' })
  documentId: string;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_document_chunk' })
  position: number;

  @ManyToOne(() => ProjectDocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'FK_document_chunk_document' })
  document: ProjectDocumentEntity;

  @Column({ type: 'bytea' })
  bytes: Buffer;
}
