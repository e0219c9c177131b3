import type {
  CoFundingDecidedAs,
  CoFundingRecommendation,
  CoFundingStatus,
  CoFundingYear,
  Currency,
} from '@gp/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DepartmentEntity } from './department.entity';
import { ProjectEntity } from './project.entity';
import { UserAccountEntity } from './user-account.entity';
import { VersionedEntity } from './versioned.entity';

/**
 * A project asking one department to co-fund it. The budget years are JSON: always read and
 * written with the request; the commitments view unpacks them with jsonb_to_recordset.
 */
@Entity({ name: 'co_funding_request' })
@Index('IDX_co_funding_request_department_status', ['departmentId', 'status'])
export class CoFundingRequestEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_co_funding_request_project')
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'FK_co_funding_request_project' })
  project: ProjectEntity;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_co_funding_request_department' })
  department: DepartmentEntity;

  @Column({ type: 'varchar', length: 3 })
  currency: Currency;

  @Column({ type: 'jsonb' })
  years: CoFundingYear[];

  @Column({ type: 'text', default: '' })
  justification: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: CoFundingStatus;

  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'FK_co_funding_request_requested_by' })
  requestedBy: UserAccountEntity | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'FK_co_funding_request_decided_by' })
  decidedBy: UserAccountEntity | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_comment', type: 'text', nullable: true })
  decisionComment: string | null;

  /** The head's advice to the body, on a request above the head's delegation. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  recommendation: CoFundingRecommendation | null;

  @Column({ name: 'recommendation_comment', type: 'text', nullable: true })
  recommendationComment: string | null;

  @Column({ name: 'recommended_by_id', type: 'uuid', nullable: true })
  recommendedById: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recommended_by_id', foreignKeyConstraintName: 'FK_co_funding_request_recommended_by' })
  recommendedBy: UserAccountEntity | null;

  @Column({ name: 'recommended_at', type: 'timestamptz', nullable: true })
  recommendedAt: Date | null;

  @Column({ name: 'decided_as', type: 'varchar', length: 20, nullable: true })
  decidedAs: CoFundingDecidedAs | null;

  /** The body's name as it decided, kept: a body renamed later does not rewrite old minutes. */
  @Column({ name: 'minutes_body_name', type: 'varchar', length: 200, nullable: true })
  minutesBodyName: string | null;

  @Column({ name: 'minutes_meeting_on', type: 'date', nullable: true })
  minutesMeetingOn: string | null;

  @Column({ name: 'minutes_paragraph', type: 'varchar', length: 30, nullable: true })
  minutesParagraph: string | null;

  @Column({ name: 'minutes_case_number', type: 'varchar', length: 60, nullable: true })
  minutesCaseNumber: string | null;
}
