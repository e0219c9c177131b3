import { createHash, randomBytes } from 'node:crypto';

/** A link's secret: 32 random bytes, base64url (43 characters), enough that no one guesses one. */
export function newResetToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of a secret: its SHA-256 in hex. A copy of the database opens no account. */
export function resetTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
