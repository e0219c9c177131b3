import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Server-side sessions, in the table layout connect-pg-simple reads and writes. */
@Entity({ name: 'session' })
export class SessionRecordEntity {
  @PrimaryColumn({ type: 'varchar', primaryKeyConstraintName: 'session_pkey' })
  sid: string;

  @Column({ type: 'json' })
  sess: unknown;

  @Index('IDX_session_expire')
  @Column({ type: 'timestamp', precision: 6 })
  expire: Date;
}
