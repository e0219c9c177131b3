import type { Outcome, Stage } from '@gp/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProjectEntity } from './project.entity';
import { UserAccountEntity } from './user-account.entity';

/** One move of a card: who moved it, when, from where to where, and why. Never changed afterwards. */
@Entity({ name: 'project_stage_move' })
export class ProjectStageMoveEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_project_stage_move_project_id')
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'FK_project_stage_move_project' })
  project: ProjectEntity;

  @Column({ name: 'from_stage', type: 'varchar', length: 20 })
  from: Stage;

  @Column({ name: 'to_stage', type: 'varchar', length: 20 })
  to: Stage;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: Outcome | null;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ name: 'moved_by_id', type: 'uuid', nullable: true })
  movedById: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'moved_by_id', foreignKeyConstraintName: 'FK_project_stage_move_moved_by' })
  movedBy: UserAccountEntity | null;

  @CreateDateColumn({ name: 'moved_at', type: 'timestamptz' })
  movedAt: Date;
}
