import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CurrentUser, Role } from '@gp/domain';
import { SessionStore } from '../lib/session.store';

/** Anna Berg, a coordinator who reads Swedish: the person most tests sign in as. */
export const annaFixture: CurrentUser = {
  id: 'u1',
  email: 'anna@kommun.se',
  name: 'Anna Berg',
  roles: ['coordinator'],
  departmentIds: [],
  language: 'sv',
};

/** A signed-in person for component tests, with the roles the test needs. */
export function personFixture(id: string, roles: readonly Role[]): CurrentUser {
  return { id, email: `${id}@kommun.se`, name: `Person ${id}`, roles: [...roles], departmentIds: ['d1'], language: 'sv' };
}

/**
 * Signs a person in the way the app does at start (the session call answered), against the
 * HttpTestingController of the TestBed; null for signed out.
 */
export async function signInForTest(user: CurrentUser | null): Promise<void> {
  const loading = TestBed.inject(SessionStore).load();
  TestBed.inject(HttpTestingController).expectOne('/api/auth/session').flush({ csrfToken: 'test-token', user });
  await loading;
}
