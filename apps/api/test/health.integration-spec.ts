import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from './support/create-app';
import { PrivateRedis } from './support/redis-server';
import { until } from './support/until';

describe('GET /api/health', () => {
  let app: INestApplication | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('reports the database and Redis up, without sign-in', async () => {
    ({ app } = await createApp());
    const response = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('answers 503 naming Redis while Redis is down, and recovers when it is back', async () => {
    const redis = await PrivateRedis.start();
    try {
      ({ app } = await createApp({ redisUrl: redis.url }));
      const server = app.getHttpServer();
      await request(server).get('/api/health').expect(200);

      await redis.stop();
      const down = await request(server).get('/api/health').expect(503);
      expect(down.body).toMatchObject({
        status: 'error',
        database: { status: 'up' },
        redis: { status: 'down' },
      });

      await redis.restart();
      const status = await until(async () => (await request(server).get('/api/health')).status, {
        what: 'health to answer 200 again',
        ok: (s) => s === 200,
        timeoutMs: 10_000,
        everyMs: 250,
      });
      expect(status).toBe(200);
    } finally {
      await app?.close();
      app = undefined;
      await redis.stop();
    }
  });

  it('sends helmet’s security headers and a Content-Security-Policy that allows no inline script', async () => {
    ({ app } = await createApp());
    const response = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers malformed JSON with 400 and an unknown api route with a JSON 404', async () => {
    ({ app } = await createApp());
    const server = app.getHttpServer();
    const session = await request(server).get('/api/auth/session');
    const malformed = await request(server)
      .post('/api/auth/sign-in')
      .set('cookie', session.headers['set-cookie'])
      .set('x-csrf-token', session.body.csrfToken)
      .set('content-type', 'application/json')
      .send('{"email": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_json');
    const missing = await request(server).get('/api/no-such-thing').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it('serves the OpenAPI description of every route', async () => {
    ({ app } = await createApp());
    const response = await request(app.getHttpServer()).get('/api/docs/openapi.json').expect(200);
    const paths = Object.keys(response.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/session',
        '/api/auth/sign-in',
        '/api/auth/password',
        '/api/users',
        '/api/users/{id}',
        '/api/departments',
        '/api/mail-log',
      ]),
    );
    const signIn = response.body.paths['/api/auth/sign-in'].post;
    expect(signIn.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/SignInDto');
    await request(app.getHttpServer()).get('/api/docs').expect(200).expect('content-type', /html/);
  });
});
