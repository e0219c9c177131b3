import type { DeadlineKind, DeadlineStatus } from '@gp/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProjectEntity } from './project.entity';

/**
 * One thing someone must be reminded of, kept in step with what it comes from in the same
 * transaction. PostgreSQL remembers deadlines; Redis only schedules their reminders, and can be
 * rebuilt from these rows.
 */
@Entity({ name: 'deadline' })
@Index('UQ_deadline_source', ['projectId', 'kind', 'sourceKey'], { unique: true })
@Index('IDX_deadline_status_due', ['status', 'dueOn'])
export class DeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'FK_deadline_project' })
  project: ProjectEntity;

  @Column({ type: 'varchar', length: 30 })
  kind: DeadlineKind;

  /** The checklist item or co-funding request id, or '' for the project's own dates: unique keys need a value. */
  @Column({ name: 'source_key', type: 'varchar', length: 36, default: '' })
  sourceKey: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status: DeadlineStatus;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
