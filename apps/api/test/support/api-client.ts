import type { INestApplication } from '@nestjs/common';
import supertest from 'supertest';
import type { SessionState } from '@gp/domain';
import { CSRF_HEADER, DEMO_PASSWORD } from './demo';

/**
 * A browser-like client: keeps the session cookie, fetches the CSRF token the way the web app
 * does, and sends it on every write.
 */
export class ApiClient {
  readonly agent: ReturnType<typeof supertest.agent>;
  csrfToken = '';

  constructor(app: INestApplication) {
    this.agent = supertest.agent(app.getHttpServer());
  }

  static async signedIn(app: INestApplication, email: string, password = DEMO_PASSWORD): Promise<ApiClient> {
    const client = new ApiClient(app);
    const response = await client.signIn(email, password);
    if (response.status !== 200)
      throw new Error(`Sign-in as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return client;
  }

  async refreshSession(): Promise<SessionState> {
    const response = await this.agent.get('/api/auth/session').expect(200);
    this.csrfToken = response.body.csrfToken;
    return response.body;
  }

  async signIn(email: string, password: string) {
    if (!this.csrfToken) await this.refreshSession();
    const response = await this.post('/api/auth/sign-in', { email, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }

  get(path: string) {
    return this.agent.get(path);
  }

  post(path: string, body?: object) {
    return this.agent.post(path).set(CSRF_HEADER, this.csrfToken).send(body);
  }

  patch(path: string, body?: object) {
    return this.agent.patch(path).set(CSRF_HEADER, this.csrfToken).send(body);
  }

  put(path: string, body?: object) {
    return this.agent.put(path).set(CSRF_HEADER, this.csrfToken).send(body);
  }

  delete(path: string) {
    return this.agent.delete(path).set(CSRF_HEADER, this.csrfToken);
  }
}
