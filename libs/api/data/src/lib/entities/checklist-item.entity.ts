import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChecklistTemplateItemEntity } from './checklist-template-item.entity';
import { ProjectEntity } from './project.entity';
import { UserAccountEntity } from './user-account.entity';
import { VersionedEntity } from './versioned.entity';

/**
 * One thing an application needs. "Days before the deadline" is stored as the rule, not a day, so
 * the due day follows the call deadline when it moves.
 */
@Entity({ name: 'checklist_item' })
@Index('IDX_checklist_item_project', ['projectId', 'position'])
export class ChecklistItemEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'FK_checklist_item_project' })
  project: ProjectEntity;

  @Column({ name: 'template_item_id', type: 'uuid', nullable: true })
  templateItemId: string | null;

  @ManyToOne(() => ChecklistTemplateItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'template_item_id', foreignKeyConstraintName: 'FK_checklist_item_template_item' })
  templateItem: ChecklistTemplateItemEntity | null;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  guidance: string;

  @Column({ type: 'boolean', default: true })
  required: boolean;

  @Column({ name: 'due_days_before', type: 'int', nullable: true })
  dueDaysBefore: number | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'FK_checklist_item_assignee' })
  assignee: UserAccountEntity | null;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ name: 'done_by_id', type: 'uuid', nullable: true })
  doneById: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'done_by_id', foreignKeyConstraintName: 'FK_checklist_item_done_by' })
  doneBy: UserAccountEntity | null;

  @Column({ type: 'int' })
  position: number;
}
