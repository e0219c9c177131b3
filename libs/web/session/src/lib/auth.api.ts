import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ChangePasswordInput,
  CurrentUser,
  SessionState,
  SignInInput,
  UpdateProfileInput,
} from '@gp/domain/people';
import type { Observable } from 'rxjs';

/** The API's /auth endpoints, one method each. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  session(): Observable<SessionState> {
    return this.http.get<SessionState>('/api/auth/session');
  }

  signIn(input: SignInInput): Observable<SessionState> {
    return this.http.post<SessionState>('/api/auth/sign-in', input);
  }

  signOut(): Observable<SessionState> {
    return this.http.post<SessionState>('/api/auth/sign-out', {});
  }

  /** The session goes on under a new id: the answer carries its new CSRF token. */
  changePassword(input: ChangePasswordInput): Observable<SessionState> {
    return this.http.post<SessionState>('/api/auth/password', input);
  }

  updateProfile(input: UpdateProfileInput): Observable<CurrentUser> {
    return this.http.patch<CurrentUser>('/api/auth/profile', input);
  }
}
