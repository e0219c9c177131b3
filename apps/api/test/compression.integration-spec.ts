import type { INestApplication } from '@nestjs/common';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';

/** Reads a body of any type as text (superagent has already undone the content encoding). */
function asText(res: request.Response, done: (err: Error | null, body: string) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text += chunk));
  stream.on('end', () => done(null, text));
}

describe('compression and caching: fewer bytes, fetched once', () => {
  let app: INestApplication;
  let webDist: string;
  // A made-up build: one hashed script with the .br and .gz the build step writes, one without.
  const script = `export const words = ${JSON.stringify('programme call project '.repeat(200))};\n`;
  const hashed = 'main-ABCD2345.js';

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'gp-web-dist-'));
    writeFileSync(
      join(webDist, 'index.html'),
      '<!doctype html><title>Projektdesken</title><gp-root></gp-root>',
    );
    writeFileSync(join(webDist, hashed), script);
    writeFileSync(join(webDist, `${hashed}.br`), brotliCompressSync(script));
    writeFileSync(join(webDist, `${hashed}.gz`), gzipSync(script));
    writeFileSync(join(webDist, 'chunk-WXYZ6789.js'), 'export const small = 1;\n');
    // A file where an api address is: the api answers there, not the file.
    mkdirSync(join(webDist, 'api'));
    writeFileSync(join(webDist, 'api', 'health'), 'a file, not the api');
    // The copy tools/build/route-preloads.mjs writes for a project page, and its manifest.
    writeFileSync(
      join(webDist, 'index.project.html'),
      '<!doctype html><title>Projektdesken</title><gp-root></gp-root><link rel="modulepreload" href="chunk-PAGE2345.js">',
    );
    writeFileSync(
      join(webDist, 'route-preloads.json'),
      JSON.stringify([{ patterns: ['^/projects/[0-9a-fA-F-]{36}$'], file: 'index.project.html' }]),
    );
    ({ app } = await createApp({ webDist }));
  });

  afterAll(async () => {
    await app.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  describe('JSON answers', () => {
    let client: ApiClient;
    beforeAll(async () => {
      client = await ApiClient.signedIn(app, demo.coordinator);
    });

    it.each([
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['gzip, deflate, br', 'br'],
    ])('for Accept-Encoding "%s" come as %s', async (accepted, expected) => {
      const response = await client.get('/api/board').set('Accept-Encoding', accepted).expect(200);
      expect(response.headers['content-encoding']).toBe(expected);
      expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(response.body).toEqual(expect.any(Object));
      expect(JSON.stringify(response.body).length).toBeGreaterThan(1024);
    });

    it('come whole, with their compressed length, and read back as the plain answer', async () => {
      const plain = await client.get('/api/board').set('Accept-Encoding', 'identity').expect(200);
      for (const encoding of ['br', 'gzip']) {
        const response = await client.get('/api/board').set('Accept-Encoding', encoding).expect(200);
        expect(response.headers['content-encoding']).toBe(encoding);
        const length = Number(response.headers['content-length']);
        expect(length).toBeGreaterThan(0);
        expect(length).toBeLessThan(Number(plain.headers['content-length']) / 3);
        expect(response.body).toEqual(plain.body);
      }
    });

    it('come plain to a client that takes no encoding', async () => {
      const response = await client.get('/api/board').set('Accept-Encoding', 'identity').expect(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body).toEqual(expect.any(Object));
    });

    it('are not compressed when tiny', async () => {
      const response = await request(app.getHttpServer())
        .get('/api/auth/session')
        .set('Accept-Encoding', 'br');
      expect(response.headers['content-encoding']).toBeUndefined();
    });
  });

  describe('the web app’s files', () => {
    const get = (path: string, encoding: string) =>
      request(app.getHttpServer()).get(path).set('Accept-Encoding', encoding).buffer(true).parse(asText);

    it.each([
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0.5, gzip', 'gzip'],
    ])('go out as written at build for "%s" (%s), cached for a year', async (accepted, expected) => {
      const response = await get(`/${hashed}`, accepted).expect(200);
      expect(response.headers['content-encoding']).toBe(expected);
      expect(response.headers['content-type']).toMatch(/^(application|text)\/javascript/);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(response.body).toBe(script);
    });

    it('go out plain to a client that takes no encoding, and when none was written', async () => {
      const plain = await get(`/${hashed}`, 'identity').expect(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(script);
      const small = await get('/chunk-WXYZ6789.js', 'br').expect(200);
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(small.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it.each(['/', '/index.html', '/board', '/projects/1234'])(
      'index.html at %s is never cached',
      async (path) => {
        const response = await request(app.getHttpServer()).get(path).accept('html').expect(200);
        expect(response.headers['cache-control']).toBe('no-cache');
        expect(response.text).toContain('<gp-root>');
      },
    );

    it('never stand in for the api: its addresses skip the files', async () => {
      const health = await request(app.getHttpServer()).get('/api/health').expect(200);
      expect(health.body).toMatchObject({ status: 'ok' });
    });

    it('a project page’s address gets the copy of index.html that names the page’s chunks for preloading', async () => {
      const project = await request(app.getHttpServer())
        .get('/projects/52a4f3bb-20df-4786-bbc1-50ff81fb0214')
        .accept('html')
        .expect(200);
      expect(project.headers['cache-control']).toBe('no-cache');
      expect(project.text).toContain('<link rel="modulepreload" href="chunk-PAGE2345.js">');
      for (const elsewhere of ['/', '/board', '/projects/1234', '/projects/52a4f3bb-20df-4786-bbc1-50ff81fb0214/x']) {
        const plain = await request(app.getHttpServer()).get(elsewhere).accept('html').expect(200);
        expect(plain.text).not.toContain('modulepreload');
      }
    });
  });
});
