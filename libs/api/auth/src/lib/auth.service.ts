import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { Repository } from 'typeorm';
import {
  normaliseEmail,
  passwordProblems,
  type ChangePasswordInput,
  type CurrentUser,
  type Language,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError, PasswordHasher, REDIS } from '@gp/api/core';
import { toCurrentUser, UserAccountEntity } from '@gp/api/data';
import { MailOutbox } from '@gp/api/mail';
import { passwordChangedMail } from './mail/password-changed.mail';
import { signInAttemptsMail } from './mail/sign-in-attempts.mail';
import { FailureCount } from './sign-in/failure-count';

interface SignedInRow extends Omit<CurrentUser, 'departmentIds'> {
  department_ids: string[];
}

/** toCurrentUser's fields, as one statement; the session's row must exist as connect-pg-simple reads it. */
const SIGNED_IN_USER = `
  SELECT u.id, u.email, u.name, u.roles, u.language,
    ARRAY(SELECT d.department_id::text FROM user_department d WHERE d.user_id = u.id) AS department_ids
  FROM user_account u
  WHERE u.id = $1 AND u.active
    AND EXISTS (SELECT 1 FROM "session" s WHERE s.sid = $2 AND s.expire >= now())`;

@Injectable()
export class AuthService {
  /** Wrong current passwords per account: a stolen session must not become a way to guess the password. */
  private readonly wrongCurrentPasswords: FailureCount;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    private readonly hasher: PasswordHasher,
    private readonly outbox: MailOutbox,
    @Inject(REDIS) redis: Redis,
  ) {
    this.wrongCurrentPasswords = new FailureCount(redis, `${config.queuePrefix}-password-check-`);
  }

  /** The active person with this id, or null: a deactivated account is signed out on its next request. */
  async findActiveUser(id: string): Promise<CurrentUser | null> {
    const user = await this.users.findOne({ where: { id, active: true }, relations: { departments: true } });
    return user ? toCurrentUser(user) : null;
  }

  /**
   * The person a session stands for, read on every signed-in request: null unless they are active
   * and the session's row is still stored and unexpired. The session itself may come from the
   * store's memory of the last few seconds (SessionRowMemory), and sign-out, a password change or
   * a deactivation in another api process deletes the row: checking it here, in the same single
   * statement as the person, is what keeps such a session out in every process.
   */
  async findSignedInUser(userId: string, sessionId: string): Promise<CurrentUser | null> {
    const rows: SignedInRow[] = await this.users.query(SIGNED_IN_USER, [userId, sessionId]);
    if (rows.length === 0) return null;
    const { department_ids, ...user } = rows[0];
    // Sorted as toCurrentUser sorts them, so both readings give the same person.
    return { ...user, departmentIds: department_ids.sort() };
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
    // Checked before the hash, so a refused guess costs nothing.
    if ((await this.wrongCurrentPasswords.of(userId)) >= this.config.passwordCheckAttempts)
      throw new DomainError(
        'too_many_requests',
        'too_many_password_attempts',
        'Too many wrong current passwords; wait 15 minutes and try again.',
      );
    if (!(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      await this.wrongCurrentPasswords.add(userId);
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

  /**
   * Emails the owner of an active account that someone is guessing at its password. Nothing
   * happens for an address that is no account: the answer to the guesser is the same either way.
   */
  async warnOfSignInAttempts(email: string): Promise<void> {
    const user = await this.users.findOne({ where: { email: normaliseEmail(email), active: true } });
    if (!user) return;
    const mail = signInAttemptsMail(user, this.config.appUrl);
    await this.users.manager.transaction((manager) => this.outbox.add(manager, [mail]));
    await this.outbox.release([mail]);
  }

  async setLanguage(userId: string, language: Language): Promise<CurrentUser> {
    await this.users.update({ id: userId }, { language });
    return (await this.findActiveUser(userId)) as CurrentUser;
  }
}
