import type { CurrentUser, UserAccount } from '@gp/domain';
import { UserAccountEntity } from '../entities/user-account.entity';

/** Expects `departments` loaded. */
export function toCurrentUser(user: UserAccountEntity): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    departmentIds: (user.departments ?? []).map((d) => d.id).sort(),
    language: user.language,
  };
}

export function toUserAccount(user: UserAccountEntity): UserAccount {
  return { ...toCurrentUser(user), active: user.active, version: user.version, createdAt: user.createdAt.toISOString() };
}
