import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PasswordResetInput, PasswordResetRequestInput } from '@gp/domain/people';
import { callApi } from '@gp/web/core';
import { SessionStore } from '@gp/web/session';

/** "Forgot password": asking for a link and choosing a new password through it. Rejects with the ApiError. */
@Injectable({ providedIn: 'root' })
export class PasswordResetApi {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);

  /** The API answers the same whether the address is an account or not. */
  async requestLink(input: PasswordResetRequestInput): Promise<void> {
    await this.withToken();
    await callApi(this.http.post<void>('/api/auth/password-reset-requests', input));
  }

  async reset(input: PasswordResetInput): Promise<void> {
    await this.withToken();
    await callApi(this.http.post<void>('/api/auth/password-resets', input));
  }

  /** Both are writes, so they need a CSRF token; fetch one if the start-up call failed. */
  private async withToken(): Promise<void> {
    if (!this.session.csrfToken()) await this.session.load();
  }
}
