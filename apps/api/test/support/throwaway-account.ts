import type { DataSource } from 'typeorm';
import { PasswordHasher } from '@gp/api/core';
import { UserAccountEntity } from '@gp/api/data';

/** A coordinator account of its own, so a test that changes passwords or locks accounts touches nobody else. */
export async function newAccount(
  dataSource: DataSource,
  label: string,
  overrides: Partial<UserAccountEntity> = {},
): Promise<{ email: string; password: string; id: string }> {
  const email = `${label}.${Date.now()}.${Math.random().toString(36).slice(2, 7)}@test.kommun.se`;
  const password = 'a long test passphrase';
  const saved = await dataSource.getRepository(UserAccountEntity).save({
    email,
    name: `Test ${label}`,
    passwordHash: await new PasswordHasher().hash(password),
    roles: ['coordinator'],
    language: 'en',
    ...overrides,
  });
  return { email, password, id: saved.id };
}
