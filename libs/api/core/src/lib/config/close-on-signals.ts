import type { INestApplicationContext } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: close the application (BullMQ workers finish their current job, pools
 * drain), then exit 0. Nest's own shutdown hooks re-raise the signal instead, which reads to a
 * supervisor as a crash.
 */
export function closeOnSignals(app: INestApplicationContext): void {
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    try {
      await app.close();
      process.exit(0);
    } catch (error) {
      process.stderr.write(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}
