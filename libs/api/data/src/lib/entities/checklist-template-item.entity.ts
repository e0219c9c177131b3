import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgrammeEntity } from './programme.entity';
import { VersionedEntity } from './versioned.entity';

/**
 * One line of a programme's application checklist. The due rule is kept as its parts: days before
 * the call deadline, or a fixed day; neither when the item has no due day.
 */
@Entity({ name: 'checklist_template_item' })
@Index('IDX_checklist_template_item_programme', ['programmeId', 'position'])
export class ChecklistTemplateItemEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'FK_checklist_template_item_programme' })
  programme: ProgrammeEntity;

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

  /** The extract of the minutes: ticked when the co-funding decision is recorded. */
  @Column({ name: 'is_minutes_extract', type: 'boolean', default: false })
  isMinutesExtract: boolean;

  /** Attaching a document to an item made from this line ticks it: a partner's declaration, a mandate. */
  @Column({ name: 'ticks_on_document', type: 'boolean', default: false })
  ticksOnDocument: boolean;

  @Column({ type: 'int' })
  position: number;
}
