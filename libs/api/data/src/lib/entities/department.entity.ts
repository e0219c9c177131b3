import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedEntity } from './versioned.entity';

/** A department of the municipality (förvaltning), e.g. Utbildningsförvaltningen. */
@Entity({ name: 'department' })
export class DepartmentEntity extends VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;
}
