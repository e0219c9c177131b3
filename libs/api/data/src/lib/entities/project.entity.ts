import type { Currency, InternationalisationForm, MunicipalityRole, Outcome, Partner, ProjectLink, Stage } from '@gp/domain';
import { Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from './bigint-number.transformer';
import { CallEntity } from './call.entity';
import { DepartmentEntity } from './department.entity';
import { ProgrammeEntity } from './programme.entity';
import { UserAccountEntity } from './user-account.entity';
import { VersionedEntity } from './versioned.entity';

/**
 * An externally funded project, from idea to closed. Partners and links are kept as JSON: they
 * are read and written with the project, never queried on their own.
 */
@Entity({ name: 'project' })
@Index('IDX_project_stage', ['stage'])
export class ProjectEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  purpose: string;

  @Column({ type: 'varchar', length: 20, default: 'idea' })
  stage: Stage;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: Outcome | null;

  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate: string | null;

  @Index('IDX_project_department_id')
  @Column({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_project_department' })
  department: DepartmentEntity;

  @Index('IDX_project_project_lead_id')
  @Column({ name: 'project_lead_id', type: 'uuid', nullable: true })
  projectLeadId: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_lead_id', foreignKeyConstraintName: 'FK_project_project_lead' })
  projectLead: UserAccountEntity | null;

  @Column({ name: 'coordinator_id', type: 'uuid', nullable: true })
  coordinatorId: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'coordinator_id', foreignKeyConstraintName: 'FK_project_coordinator' })
  coordinator: UserAccountEntity | null;

  @Index('IDX_project_programme_id')
  @Column({ name: 'programme_id', type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'FK_project_programme' })
  programme: ProgrammeEntity | null;

  @Column({ name: 'call_id', type: 'uuid', nullable: true })
  callId: string | null;

  @ManyToOne(() => CallEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'FK_project_call' })
  call: CallEntity | null;

  @Column({ name: 'municipality_role', type: 'varchar', length: 30, nullable: true })
  municipalityRole: MunicipalityRole | null;

  @Column({ name: 'planned_start', type: 'date', nullable: true })
  plannedStart: string | null;

  @Column({ name: 'planned_end', type: 'date', nullable: true })
  plannedEnd: string | null;

  /** When a running project owes the funder its interim report. */
  @Column({ name: 'interim_report_on', type: 'date', nullable: true })
  interimReportOn: string | null;

  @Column({ name: 'final_report_on', type: 'date', nullable: true })
  finalReportOn: string | null;

  @Column({ name: 'budget_currency', type: 'varchar', length: 3, default: 'SEK' })
  budgetCurrency: Currency;

  @Column({ name: 'budget_total_minor', type: 'bigint', nullable: true, transformer: bigintNumber })
  budgetTotalMinor: number | null;

  @Column({ name: 'requested_grant_minor', type: 'bigint', nullable: true, transformer: bigintNumber })
  requestedGrantMinor: number | null;

  @Column({ name: 'own_cash_minor', type: 'bigint', nullable: true, transformer: bigintNumber })
  ownCashMinor: number | null;

  @Column({ name: 'own_in_kind_minor', type: 'bigint', nullable: true, transformer: bigintNumber })
  ownInKindMinor: number | null;

  @Column({ name: 'granted_minor', type: 'bigint', nullable: true, transformer: bigintNumber })
  grantedMinor: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  partners: Partner[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'int', array: true, default: () => "'{}'" })
  sdgs: number[];

  @Column({ name: 'internationalisation_form', type: 'varchar', length: 30, nullable: true })
  internationalisationForm: InternationalisationForm | null;

  @Column({ name: 'is_public', type: 'boolean', default: false })
  isPublic: boolean;

  @Column({ name: 'public_summary', type: 'text', default: '' })
  publicSummary: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 200, default: '' })
  contactName: string;

  @Column({ name: 'contact_email', type: 'varchar', length: 320, default: '' })
  contactEmail: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: ProjectLink[];

  @Column({ type: 'text', default: '' })
  results: string;

  /** The earlier attempt this application was copied from ("copy to next call"). */
  @Column({ name: 'previous_attempt_id', type: 'uuid', nullable: true })
  previousAttemptId: string | null;

  @ManyToOne(() => ProjectEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'previous_attempt_id', foreignKeyConstraintName: 'FK_project_previous_attempt' })
  previousAttempt: ProjectEntity | null;

  /** Who registered it: the creator of an idea may delete it. Null for projects made before. */
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_project_created_by' })
  createdBy: UserAccountEntity | null;

  /**
   * A deleted idea, kept for IDEA_RESTORE_DAYS so an admin can restore it, then purged. As a
   * TypeORM delete date, every find and query builder on projects leaves it out (raw SQL says so).
   */
  @Index('IDX_project_deleted_at')
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by_id', type: 'uuid', nullable: true })
  deletedById: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'deleted_by_id', foreignKeyConstraintName: 'FK_project_deleted_by' })
  deletedBy: UserAccountEntity | null;
}
