import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import './session-data';

/** express-session's callbacks as promises, and the one query over all of a person's sessions. */
@Injectable()
export class SessionStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  regenerate(req: Request): Promise<void> {
    return new Promise((resolve, reject) =>
      req.session.regenerate((error) => (error ? reject(error) : resolve())),
    );
  }

  save(req: Request): Promise<void> {
    return new Promise((resolve, reject) => req.session.save((error) => (error ? reject(error) : resolve())));
  }

  /** After a password change, every other device must sign in again. */
  async endOtherSessions(userId: string, keepSessionId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM "session" WHERE sess->>'userId' = $1 AND sid <> $2`, [
      userId,
      keepSessionId,
    ]);
  }
}
