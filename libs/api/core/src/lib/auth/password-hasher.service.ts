import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP's recommended memory-hard setting). */
@Injectable()
export class PasswordHasher {
  /** Verified against when the account does not exist, so a wrong address takes as long as a wrong password. */
  private readonly decoy = argon2.hash('no account has this password');

  hash(plain: string): Promise<string> {
    return argon2.hash(plain, { type: argon2.argon2id });
  }

  async verify(hash: string | undefined, plain: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.decoy), plain);
    } catch {
      return false;
    }
  }
}
