import type { Language, ProjectTableColumn, ReminderDelivery, Role } from '@gp/domain';
import { Column, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from './versioned.entity';
import { DepartmentEntity } from './department.entity';

/** A person who signs in. Department heads head the departments they belong to. */
@Entity({ name: 'user_account' })
export class UserAccountEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored normalised (trimmed, lower case), so the unique index is the whole rule. */
  @Index('UQ_user_account_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, select: false })
  passwordHash: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: Role[];

  /** Immediate emails or a daily digest; null follows the role's default (libs/domain reminderDeliveryOf). */
  @Column({ name: 'reminder_delivery', type: 'varchar', length: 10, nullable: true })
  reminderDelivery: ReminderDelivery | null;

  /**
   * SHA-256 (hex) of the secret in the person's iCalendar feed address: a leaked table opens no
   * feed. Renewed, the old address stops working.
   */
  @Index('UQ_user_account_calendar_token_hash', { unique: true })
  @Column({ name: 'calendar_token_hash', type: 'varchar', length: 64, nullable: true, select: false })
  calendarTokenHash: string | null;

  /** When the feed address was made; null for one made before this was recorded. */
  @Column({ name: 'calendar_token_created_at', type: 'timestamptz', nullable: true, select: false })
  calendarTokenCreatedAt: Date | null;

  @Column({ type: 'varchar', length: 2, default: 'sv' })
  language: Language;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @ManyToMany(() => DepartmentEntity)
  @JoinTable({
    name: 'user_department',
    joinColumn: { name: 'user_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_user_department_user' },
    inverseJoinColumn: { name: 'department_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_user_department_department' },
  })
  departments: DepartmentEntity[];

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  /** The columns chosen for the table of projects, in their order; null shows the default ones. */
  @Column({ name: 'project_table_columns', type: 'text', array: true, nullable: true, select: false })
  projectTableColumns: ProjectTableColumn[] | null;
}
