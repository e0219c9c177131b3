import type { LogoType } from '@gp/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { UserAccountEntity } from './user-account.entity';

/**
 * What an administrator sets about the organisation the desk serves: one row (id 1). Its name,
 * logo and the web sites that may embed the public page. The logo is a small image kept here,
 * so the embedded default and backups hold it as they hold everything else.
 */
@Entity({ name: 'organisation_settings' })
@Check('CHK_organisation_settings_one_row', `"id" = 1`)
export class OrganisationSettingsEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_organisation_settings' })
  id: number;

  /** Null leaves ORGANISATION_NAME in force. */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  /** Origins (https://www.ljungby.se) that may frame the public page and read its JSON. */
  @Column({ name: 'embed_origins', type: 'text', array: true, default: () => "'{}'" })
  embedOrigins: string[];

  @Column({ type: 'bytea', nullable: true, select: false })
  logo: Buffer | null;

  @Column({ name: 'logo_type', type: 'varchar', length: 20, nullable: true })
  logoType: LogoType | null;

  @VersionColumn()
  version: number;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'FK_organisation_settings_updated_by' })
  updatedBy: UserAccountEntity | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
