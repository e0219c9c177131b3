import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { normaliseEmail, passwordProblems } from '@gp/domain';
import { AppConfig, PasswordHasher } from '@gp/api/core';
import { isUniqueViolation, UserAccountEntity } from '@gp/api/data';

/**
 * A production desk starts without the demo accounts, so it needs one person who can sign in and
 * add the others: FIRST_ADMIN_EMAIL and FIRST_ADMIN_PASSWORD make that admin while no active admin
 * exists. Once there is one, the variables are ignored, so a forgotten password in the environment
 * can never bring an account back or reset it.
 */
export async function ensureFirstAdmin(dataSource: DataSource, config: AppConfig): Promise<void> {
  if (!config.firstAdmin) return;
  const logger = new Logger('FirstAdmin');
  const email = normaliseEmail(config.firstAdmin.email);
  const admins = await dataSource.query(
    `SELECT 1 FROM user_account WHERE active AND 'admin' = ANY(roles) LIMIT 1`,
  );
  if (admins.length > 0) return;
  const problems = passwordProblems(config.firstAdmin.password, email);
  if (problems.length > 0)
    throw new Error(
      `FIRST_ADMIN_PASSWORD is not acceptable: ${problems.join(', ')}. Choose a longer, less guessable one.`,
    );
  const passwordHash = await new PasswordHasher().hash(config.firstAdmin.password);
  try {
    const users = dataSource.getRepository(UserAccountEntity);
    await users.save(
      users.create({ email, name: email.split('@')[0], roles: ['admin'], language: 'sv', passwordHash }),
    );
  } catch (error) {
    if (!isUniqueViolation(error, 'UQ_user_account_email')) throw error;
    // Two api processes starting together made it once; any other account of that address is left alone.
    logger.warn(`An account for ${email} already exists, so no first admin was made from FIRST_ADMIN_EMAIL.`);
    return;
  }
  logger.log(
    `Made the first admin, ${email}. Sign in, change the password, then remove FIRST_ADMIN_PASSWORD.`,
  );
}
