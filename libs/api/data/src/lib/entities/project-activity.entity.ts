import type { ActivityKind } from '@gp/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProjectEntity } from './project.entity';
import { UserAccountEntity } from './user-account.entity';

/** One line of a project's activity log: co-funding asked and decided, checklist items ticked. Never changed. */
@Entity({ name: 'project_activity' })
@Index('IDX_project_activity_project_at', ['projectId', 'at'])
export class ProjectActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'FK_project_activity_project' })
  project: ProjectEntity;

  @Column({ type: 'varchar', length: 40 })
  kind: ActivityKind;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'FK_project_activity_actor' })
  actor: UserAccountEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
