import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  changedFields,
  normaliseEmail,
  sameMembers,
  passwordProblems,
  type CreateUserInput,
  type CurrentUser,
  type UpdateUserInput,
  type UserAccount,
} from '@gp/domain';
import { DomainError, PasswordHasher } from '@gp/api/core';
import {
  DepartmentEntity,
  isUniqueViolation,
  SessionRecordEntity,
  toUserAccount,
  updateIfVersion,
  UserAccountEntity,
} from '@gp/api/data';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async list(): Promise<UserAccount[]> {
    const users = await this.dataSource
      .getRepository(UserAccountEntity)
      .find({ relations: { departments: true }, order: { name: 'ASC' } });
    return users.map(toUserAccount);
  }

  async create(input: CreateUserInput): Promise<UserAccount> {
    const email = normaliseEmail(input.email);
    const problems = passwordProblems(input.password, email);
    if (problems.length > 0)
      throw DomainError.invalid(
        'password',
        `password is not acceptable: ${problems.join(', ')}`,
        'weak_password',
      );
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const departments = await this.findDepartments(manager, input.departmentIds);
        const user = manager.create(UserAccountEntity, {
          email,
          name: input.name,
          roles: input.roles,
          language: input.language,
          passwordHash,
          departments,
        });
        return (await manager.save(user)).id;
      });
      return this.get(id);
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_user_account_email')) {
        throw new DomainError('conflict', 'email_taken', `An account for ${email} already exists.`, {
          errors: { email: ['email is already taken'] },
        });
      }
      throw error;
    }
  }

  /** Roles, departments, language and deactivation, under the version the admin saw. */
  async update(id: string, input: UpdateUserInput, actor: CurrentUser): Promise<UserAccount> {
    if (id === actor.id && ((input.roles && !input.roles.includes('admin')) || input.active === false)) {
      throw DomainError.invalid(
        input.active === false ? 'active' : 'roles',
        'an admin cannot remove their own admin role or deactivate themselves',
        'cannot_lock_out_self',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const { version, departmentIds, ...sent } = input;
      const current = await manager.findOne(UserAccountEntity, {
        where: { id },
        relations: { departments: true },
      });
      if (!current) throw DomainError.notFound('The user');
      if (current.version !== version) throw DomainError.staleVersion(toUserAccount(current));
      const account = toUserAccount(current);
      // Roles and departments are sets: the same members in another order change nothing.
      const { roles, ...changes } = changedFields(account, sent);
      const rolesChanged = roles !== undefined && !sameMembers(roles, account.roles);
      const departmentsChanged =
        departmentIds !== undefined && !sameMembers(departmentIds, account.departmentIds);
      if (!rolesChanged && !departmentsChanged && Object.keys(changes).length === 0) return;
      const departments = departmentsChanged ? await this.findDepartments(manager, departmentIds) : undefined;
      // The version read above may have been overtaken since: the update itself is the arbiter.
      const columns = { ...changes, ...(rolesChanged ? { roles } : {}) };
      if (!(await updateIfVersion(manager, UserAccountEntity, id, version, columns))) {
        const now = await manager.findOne(UserAccountEntity, {
          where: { id },
          relations: { departments: true },
        });
        throw now ? DomainError.staleVersion(toUserAccount(now)) : DomainError.notFound('The user');
      }
      if (changes.active === false) await this.endSessions(manager, id);
      if (departments) {
        await manager
          .createQueryBuilder()
          .relation(UserAccountEntity, 'departments')
          .of(id)
          .addAndRemove(
            departments.map((d) => d.id),
            current.departments ?? [],
          );
      }
    });
    return this.get(id);
  }

  /**
   * Deactivation signs the person out everywhere, with the deactivation or not at all: a later
   * reactivation must not bring an old session back. (sess->>'userId' is what libs/api/auth stores.)
   */
  private async endSessions(manager: EntityManager, userId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(SessionRecordEntity)
      .where(`sess->>'userId' = :userId`, { userId })
      .execute();
  }

  private async get(id: string): Promise<UserAccount> {
    const user = await this.dataSource
      .getRepository(UserAccountEntity)
      .findOne({ where: { id }, relations: { departments: true } });
    if (!user) throw DomainError.notFound('The user');
    return toUserAccount(user);
  }

  private async findDepartments(manager: EntityManager, ids: string[]): Promise<DepartmentEntity[]> {
    const departments = ids.length ? await manager.findBy(DepartmentEntity, { id: In(ids) }) : [];
    if (departments.length !== ids.length) {
      throw DomainError.invalid(
        'departmentIds',
        'departmentIds names a department that does not exist',
        'unknown_department',
      );
    }
    return departments;
  }
}
