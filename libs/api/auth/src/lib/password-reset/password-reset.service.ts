import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { normaliseEmail, passwordProblems, PASSWORD_RESET_LINK_MINUTES, type PasswordResetInput } from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError, PasswordHasher } from '@gp/api/core';
import { PasswordResetEntity, UserAccountEntity } from '@gp/api/data';
import { MailOutbox } from '@gp/api/mail';
import { passwordChangedMail } from '../mail/password-changed.mail';
import { passwordResetMail } from '../mail/password-reset.mail';
import { newResetToken, resetTokenHash } from './password-reset-token';

const LINK_LIFETIME_MS = PASSWORD_RESET_LINK_MINUTES * 60 * 1000;

/** "Forgot password": a single-use link by email, and the new password chosen through it. */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
    private readonly hasher: PasswordHasher,
    private readonly outbox: MailOutbox,
  ) {}

  /**
   * Sends a link to the address if it is an active account, after the caller has answered: the
   * answer cannot tell by its content or its timing whether the address is an account.
   */
  sendLinkLater(email: string): void {
    setImmediate(() =>
      this.sendLink(email).catch((error: Error) =>
        this.logger.error(`A password-reset link was not sent: ${error.message}`),
      ),
    );
  }

  /** Writes the link's hash and its email in one transaction; a deactivated account gets nothing. */
  async sendLink(email: string): Promise<void> {
    const user = await this.users.findOne({ where: { email: normaliseEmail(email), active: true } });
    if (!user) return;
    const token = newResetToken();
    const mail = passwordResetMail(user, this.config.appUrl, token);
    await this.users.manager.transaction(async (manager) => {
      await manager.insert(PasswordResetEntity, {
        userId: user.id,
        tokenHash: resetTokenHash(token),
        expiresAt: new Date(Date.now() + LINK_LIFETIME_MS),
      });
      await this.outbox.add(manager, [mail]);
    });
    await this.outbox.release([mail]);
  }

  /**
   * Sets the new password through a link: the link and every other unused link of the account
   * stop working, every session of the account ends, and the "password changed" email goes out,
   * all in one transaction.
   */
  async reset({ token, newPassword }: PasswordResetInput): Promise<void> {
    const tokenHash = resetTokenHash(token);
    const link = await this.users.manager.findOne(PasswordResetEntity, {
      where: { tokenHash },
      relations: { user: true },
    });
    // Checked before the hash, so a refused link costs no password work.
    if (!link || !link.user.active) throw linkRefused('reset_link_invalid', 'This link is not valid.');
    if (link.usedAt) throw linkRefused('reset_link_used', 'This link has been used already.');
    if (link.expiresAt.getTime() <= Date.now()) throw linkRefused('reset_link_expired', 'This link has expired.');
    const problems = passwordProblems(newPassword, link.user.email);
    if (problems.length > 0)
      throw DomainError.invalid(
        'newPassword',
        `newPassword is not acceptable: ${problems.join(', ')}`,
        'weak_password',
      );
    const passwordHash = await this.hasher.hash(newPassword);
    const mail = passwordChangedMail(link.user, this.config.appUrl);
    await this.users.manager.transaction(async (manager) => {
      // One statement decides: of two uses at once, only one finds the link unused.
      const [, claimed] = await manager.query(
        `UPDATE password_reset SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now()`,
        [link.id],
      );
      if (claimed !== 1) throw linkRefused('reset_link_used', 'This link has been used already.');
      await manager.query(`UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [
        link.userId,
      ]);
      await manager.update(
        UserAccountEntity,
        { id: link.userId },
        { passwordHash, passwordChangedAt: new Date() },
      );
      // Whoever knew the old password is signed out everywhere.
      await manager.query(`DELETE FROM "session" WHERE sess->>'userId' = $1`, [link.userId]);
      await this.outbox.add(manager, [mail]);
    });
    await this.outbox.release([mail]);
  }
}

function linkRefused(code: 'reset_link_invalid' | 'reset_link_used' | 'reset_link_expired', message: string) {
  return DomainError.invalid('token', message, code);
}
