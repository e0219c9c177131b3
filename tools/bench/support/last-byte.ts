import { request, type Agent } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/**
 * One GET timed as a load tool (wrk, autocannon) or a browser's network panel times it: from the
 * request leaving to the answer's last byte arriving, the bytes left as they came (not
 * decompressed, not parsed). What the endpoint costs, without the client's own work on the answer.
 * `parse`: the clock stops once the answer is also decompressed and parsed as JSON, as a page's
 * script has it (the pg floor's rows are parsed too), without a request library's own overhead.
 */
export function timeToLastByte(
  base: string,
  path: string,
  headers: Record<string, string>,
  agent: Agent,
  parse = false,
): Promise<{ ms: number; status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(new URL(path, base), { method: 'GET', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        if (parse) JSON.parse(decoded(body, res.headers['content-encoding']).toString('utf8'));
        resolve({
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          status: res.statusCode ?? 0,
          bytes: body.length,
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** `name=value; …` from Set-Cookie headers, as a browser sends them back. */
export function cookieHeader(setCookie: string[] | undefined): string {
  return (setCookie ?? []).map((line) => line.split(';')[0]).join('; ');
}

function decoded(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}
