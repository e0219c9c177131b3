import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import './session-data';

/** express-session's callbacks as promises, and the one query over all of a person's sessions. */
@Injectable()
export class SessionStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A session under a new id for this person, stored now. The old id is destroyed, so an id
   * planted or leaked before (sign-in, password change) is worth nothing after.
   */
  async start(req: Request, userId: string): Promise<void> {
    await this.regenerate(req);
    req.session.userId = userId;
    await new Promise<void>((resolve, reject) =>
      req.session.save((error) => (error ? reject(error) : resolve())),
    );
  }

  /**
   * Deletes the stored session and leaves the request with none. (regenerate would leave a fresh
   * one that express-session counts as changed and stores, one empty row per sign-out.)
   */
  end(req: Request): Promise<void> {
    return new Promise((resolve, reject) =>
      req.session.destroy((error) => (error ? reject(error) : resolve())),
    );
  }

  /** After a password change, every other device must sign in again. */
  async endOtherSessions(userId: string, keepSessionId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM "session" WHERE sess->>'userId' = $1 AND sid <> $2`, [
      userId,
      keepSessionId,
    ]);
  }

  private regenerate(req: Request): Promise<void> {
    return new Promise((resolve, reject) =>
      req.session.regenerate((error) => (error ? reject(error) : resolve())),
    );
  }
}
