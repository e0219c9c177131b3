import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  normaliseEmail,
  passwordProblems,
  type ChangePasswordInput,
  type CurrentUser,
  type Language,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError, PasswordHasher } from '@gp/api/core';
import { toCurrentUser, UserAccountEntity } from '@gp/api/data';
import { MailOutbox } from '@gp/api/mail';
import { passwordChangedMail } from './mail/password-changed.mail';

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    private readonly hasher: PasswordHasher,
    private readonly outbox: MailOutbox,
  ) {}

  /** The active person with this id, or null: a deactivated account is signed out on its next request. */
  async findActiveUser(id: string): Promise<CurrentUser | null> {
    const user = await this.users.findOne({ where: { id, active: true }, relations: { departments: true } });
    return user ? toCurrentUser(user) : null;
  }

  /** One answer for a wrong address, a wrong password and a deactivated account, so none can be told apart. */
  async verifyCredentials(email: string, password: string): Promise<CurrentUser> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .leftJoinAndSelect('user.departments', 'department')
      .where('user.email = :email', { email: normaliseEmail(email) })
      .getOne();
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid || !user.active) {
      throw new DomainError(
        'unauthenticated',
        'invalid_credentials',
        'The email address or password is wrong.',
      );
    }
    return toCurrentUser(user);
  }

  async changePassword(userId: string, input: ChangePasswordInput): Promise<void> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :userId', { userId })
      .getOneOrFail();
    if (!(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      throw DomainError.invalid('currentPassword', 'currentPassword is wrong', 'wrong_current_password');
    }
    const problems = passwordProblems(input.newPassword, user.email);
    if (problems.length > 0)
      throw DomainError.invalid(
        'newPassword',
        `newPassword is not acceptable: ${problems.join(', ')}`,
        'weak_password',
      );
    // The confirmation goes out with the new password, through the outbox: a Redis outage delays it.
    const mail = passwordChangedMail(user, this.config.appUrl);
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.users.manager.transaction(async (manager) => {
      await manager.update(
        UserAccountEntity,
        { id: userId },
        { passwordHash, passwordChangedAt: new Date() },
      );
      await this.outbox.add(manager, [mail]);
    });
    await this.outbox.release([mail]);
  }

  async setLanguage(userId: string, language: Language): Promise<CurrentUser> {
    await this.users.update({ id: userId }, { language });
    return (await this.findActiveUser(userId)) as CurrentUser;
  }
}
