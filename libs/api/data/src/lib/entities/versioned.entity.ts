import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * What every record people edit carries: the version that optimistic locking compares, and when
 * it was created and last changed.
 */
export abstract class VersionedEntity {
  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
