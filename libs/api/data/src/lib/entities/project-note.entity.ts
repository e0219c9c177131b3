import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { ProjectEntity } from './project.entity';
import { UserAccountEntity } from './user-account.entity';

/** One note in a project's thread: who wrote it, when, its text and whom it mentions. */
@Entity({ name: 'project_note' })
@Index('IDX_project_note_project_created', ['projectId', 'createdAt'])
export class ProjectNoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_project_note' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'FK_project_note_project' })
  project: ProjectEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_project_note_author' })
  author: UserAccountEntity | null;

  @Column({ type: 'text' })
  text: string;

  /** Whom the text mentions now. */
  @Column({ name: 'mention_ids', type: 'uuid', array: true, default: () => "'{}'" })
  mentionIds: string[];

  /** Whom a mention in this note has ever emailed: an edit emails only people not in it. */
  @Column({ name: 'told_ids', type: 'uuid', array: true, default: () => "'{}'" })
  toldIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  /** What an edit is based on: one saved from an older text is refused, not written over it. */
  @VersionColumn()
  version: number;
}
