import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';
import { until } from './support/until';

interface SessionRow {
  stamp: string;
  expire: Date;
}

/** The signed-in person's session row: xmin moves on every write, even one of the same values. */
async function sessionRowOf(app: INestApplication, client: ApiClient): Promise<SessionRow> {
  const { body } = await client.get('/api/auth/session').expect(200);
  const rows: SessionRow[] = await app
    .get(DataSource)
    .query(
      `SELECT xmin::text AS stamp, expire FROM "session" WHERE sess->>'userId' = $1 ORDER BY expire DESC LIMIT 1`,
      [body.user.id],
    );
  if (rows.length !== 1) throw new Error('no session row');
  return rows[0];
}

describe('sessions: reads do not write', () => {
  describe('with the real interval (5 minutes)', () => {
    let app: INestApplication;
    beforeAll(async () => {
      ({ app } = await createApp());
    });
    afterAll(() => app.close());

    it('20 signed-in GETs write the session row at most once', async () => {
      const client = await ApiClient.signedIn(app, demo.viewer);
      const before = await sessionRowOf(app, client);
      for (let i = 0; i < 20; i++) await client.get('/api/departments').expect(200);
      const after = await sessionRowOf(app, client);
      // Signing in wrote the row just now: no touch is due, so nothing was written.
      expect(after.stamp).toBe(before.stamp);
      expect(after.expire).toEqual(before.expire);
    });
  });

  describe('with a one-second interval', () => {
    let app: INestApplication;
    beforeAll(async () => {
      ({ app } = await createApp({ sessionTouchSeconds: 1 }));
    });
    afterAll(() => app.close());

    it('a request after the interval renews the expiry, so an active person stays signed in', async () => {
      const client = await ApiClient.signedIn(app, demo.viewer);
      const before = await sessionRowOf(app, client);
      const renewed = await until(
        async () => {
          await client.get('/api/departments').expect(200);
          return sessionRowOf(app, client);
        },
        { what: 'a touch after the interval', ok: (row) => row.stamp !== before.stamp, everyMs: 250 },
      );
      expect(renewed.expire.getTime()).toBeGreaterThan(before.expire.getTime());
      // The working day's idle limit still counts from the last request.
      expect(renewed.expire.getTime()).toBeGreaterThan(Date.now() + 8 * 60 * 60 * 1000 - 60_000);
    });
  });
});
