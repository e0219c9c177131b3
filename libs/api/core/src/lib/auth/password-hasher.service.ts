import { Inject, Injectable, Optional } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import { DomainError } from '../http/domain-error';
import { FairGate, GateFullError } from './fair-gate';
import { currentPasswordWork } from './password-work';

/**
 * One gate per process: argon2 runs on libuv's thread pool (4 threads by default), so the limit
 * is the process's, however many modules provide a hasher. Half the pool leaves threads for the
 * file system and DNS.
 */
const gate = new FairGate(2, 3);

/**
 * argon2id with the library's defaults (OWASP's recommended memory-hard setting), behind a fair
 * gate: at most PASSWORD_HASH_CONCURRENCY hashes at once, clients served in turn, so a flood of
 * guesses from a few clients cannot make a real person wait behind all of them.
 */
@Injectable()
export class PasswordHasher {
  /** Verified against when the account does not exist, so a wrong address takes as long as a wrong password. */
  private readonly decoy = argon2.hash('no account has this password');

  constructor(@Optional() @Inject(APP_CONFIG) config?: AppConfig) {
    if (config) gate.configure(config.passwordHashConcurrency, config.passwordHashQueuePerClient);
  }

  /** The process's gate, for tests and benchmarks that watch its load. */
  static get gate(): FairGate {
    return gate;
  }

  hash(plain: string): Promise<string> {
    return this.gated(() => argon2.hash(plain, { type: argon2.argon2id }));
  }

  async verify(hash: string | undefined, plain: string): Promise<boolean> {
    const decoy = await this.decoy;
    return this.gated(async () => {
      try {
        return await argon2.verify(hash ?? decoy, plain);
      } catch {
        return false;
      }
    });
  }

  private async gated<T>(work: () => Promise<T>): Promise<T> {
    const { client, priority } = currentPasswordWork();
    try {
      return await gate.run(client, priority, work);
    } catch (error) {
      // Refused before any hash: a flooding client pays nothing and costs nothing.
      if (error instanceof GateFullError)
        throw new DomainError(
          'too_many_requests',
          'too_many_requests',
          'Too many of your requests are waiting; wait a moment and try again.',
        );
      throw error;
    }
  }
}
