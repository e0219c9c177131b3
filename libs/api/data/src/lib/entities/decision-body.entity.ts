import type { DecisionBodyKind } from '@gp/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { calendarDayList } from './date-list.transformer';
import { DepartmentEntity } from './department.entity';
import { VersionedEntity } from './versioned.entity';

/**
 * A body that decides on co-funding, with its meeting plan. The plan is a list of days kept with
 * the body: it is set for a year at a time and always read whole.
 */
@Entity({ name: 'decision_body' })
@Index('UQ_decision_body_committee', ['departmentId'], { unique: true, where: `"kind" = 'committee'` })
@Index('UQ_decision_body_kind', ['kind'], { unique: true, where: `"kind" <> 'committee'` })
export class DecisionBodyEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: DecisionBodyKind;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_decision_body_department' })
  department: DepartmentEntity | null;

  @Column({ name: 'report_days_before', type: 'int' })
  reportDaysBefore: number;

  @Column({ name: 'minutes_working_days', type: 'int' })
  minutesWorkingDays: number;

  @Column({ type: 'date', array: true, default: () => `'{}'`, transformer: calendarDayList })
  meetings: string[];
}
