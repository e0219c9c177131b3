import { Logger } from '@nestjs/common';
import type { Queue, RepeatOptions } from 'bullmq';

/** One job scheduler a worker keeps in Redis: its id is also the name of the jobs it makes. */
export interface KeptScheduler {
  id: string;
  repeat: Omit<RepeatOptions, 'key'>;
  /** Called after the scheduler had to be put back: Redis lost its data, and what it held with it. */
  restored?: () => Promise<void>;
}

/**
 * Keeps a worker's job schedulers in Redis. Schedulers live in Redis, so a flush or a failover to
 * an empty replica loses them, and nothing would run until someone restarted the worker: so each
 * worker registers its schedulers at start and then checks in process, every `everyMs`, putting
 * back any that are missing.
 */
export class SchedulerKeeper {
  private readonly logger = new Logger(SchedulerKeeper.name);
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<string[]> | undefined;

  constructor(
    private readonly queue: Queue,
    private readonly schedulers: readonly KeptScheduler[],
    private readonly everyMs: number,
  ) {}

  /** Registers every scheduler (so a changed repeat applies) and starts the checks. */
  async start(): Promise<void> {
    for (const scheduler of this.schedulers) await this.register(scheduler);
    this.timer = setInterval(() => void this.check().catch((error) => this.warn(error)), this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** @returns the ids of the schedulers that were missing and were put back */
  check(): Promise<string[]> {
    // One check at a time: a slow Redis must not pile them up.
    this.checking ??= this.putBackMissing().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async putBackMissing(): Promise<string[]> {
    const restored: string[] = [];
    for (const scheduler of this.schedulers) {
      if (await this.queue.getJobScheduler(scheduler.id)) continue;
      await this.register(scheduler);
      restored.push(scheduler.id);
      this.logger.warn(
        `The ${this.queue.name} queue's scheduler "${scheduler.id}" was missing from Redis; put back.`,
      );
      await scheduler.restored?.();
    }
    return restored;
  }

  private async register(scheduler: KeptScheduler): Promise<void> {
    await this.queue.upsertJobScheduler(scheduler.id, scheduler.repeat, { name: scheduler.id });
  }

  private warn(error: unknown): void {
    this.logger.warn(
      `Could not check the ${this.queue.name} queue's schedulers (${error instanceof Error ? error.message : String(error)}); trying again.`,
    );
  }
}
