import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateUserInput, UpdateUserInput, UserAccount } from '@gp/domain';
import type { Observable } from 'rxjs';

/** /api/users, for admins. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(): Observable<UserAccount[]> {
    return this.http.get<UserAccount[]>('/api/users');
  }

  create(input: CreateUserInput): Observable<UserAccount> {
    return this.http.post<UserAccount>('/api/users', input);
  }

  update(id: string, input: UpdateUserInput): Observable<UserAccount> {
    return this.http.patch<UserAccount>(`/api/users/${encodeURIComponent(id)}`, input);
  }
}
