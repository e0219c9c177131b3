import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistItemEntity } from './checklist-item.entity';
import { ProjectEntity } from './project.entity';
import { UserAccountEntity } from './user-account.entity';

/** Where an upload is: its chunks still arriving, or all stored and listed. */
export type DocumentStatus = 'uploading' | 'stored';

/**
 * A file kept with a project, its bytes in `document_chunk` rows. A row is written 'uploading'
 * before its first chunk and turned 'stored' after its last, so no transaction stays open while a
 * slow upload arrives (the embedded database serves one connection); rows left 'uploading' are
 * cut-off uploads and are removed.
 */
@Entity({ name: 'project_document' })
@Index('IDX_project_document_project', ['projectId', 'createdAt'])
@Index('IDX_project_document_status', ['status', 'createdAt'])
export class ProjectDocumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_project_document' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'FK_project_document_project' })
  project: ProjectEntity;

  /** A document outlives its checklist item: removing the item leaves it on the project. */
  @Column({ name: 'checklist_item_id', type: 'uuid', nullable: true })
  checklistItemId: string | null;

  @ManyToOne(() => ChecklistItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'checklist_item_id', foreignKeyConstraintName: 'FK_project_document_checklist_item' })
  checklistItem: ChecklistItemEntity | null;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  /** Bytes stored so far; the whole size once stored. */
  @Column({ type: 'int', default: 0 })
  size: number;

  @Column({ type: 'varchar', length: 10 })
  status: DocumentStatus;

  @Column({ name: 'uploaded_by_id', type: 'uuid', nullable: true })
  uploadedById: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'FK_project_document_uploaded_by' })
  uploadedBy: UserAccountEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
