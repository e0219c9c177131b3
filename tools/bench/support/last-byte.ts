import { request, type Agent } from 'node:http';

/**
 * One GET timed as a load tool (wrk, autocannon) or a browser's network panel times it: from the
 * request leaving to the answer's last byte arriving, the bytes left as they came (not
 * decompressed, not parsed). What the endpoint costs, without the client's own work on the answer.
 */
export function timeToLastByte(
  base: string,
  path: string,
  headers: Record<string, string>,
  agent: Agent,
): Promise<{ ms: number; status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(new URL(path, base), { method: 'GET', headers, agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode ?? 0, bytes }),
      );
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
