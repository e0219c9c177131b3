/**
 * How urgent a piece of password work is, most urgent first: `known` for a sign-in from an address
 * that signed in to that account before; `normal` for the rest, and for a sign-in to an account
 * nobody got wrong lately; `doubted` for an account with failed sign-ins lately; `slowed` for an
 * account under attack. Guesses make their accounts doubted, so a flood of them waits behind
 * everyone else.
 */
export const GATE_PRIORITIES = ['known', 'normal', 'doubted', 'slowed'] as const;
export type GatePriority = (typeof GATE_PRIORITIES)[number];

/** Work that steps aside while known or normal work runs. */
const YIELDING: readonly GatePriority[] = ['doubted', 'slowed'];

/** A client already has as many requests waiting as it may: it is answered at once, without work. */
export class GateFullError extends Error {
  constructor(readonly client: string) {
    super(`Too many requests of ${client} are waiting.`);
    this.name = 'GateFullError';
  }
}

interface Waiter {
  start: () => void;
}

/**
 * Runs expensive work (argon2) at most `concurrency` at a time. Waiting work is served by priority,
 * and within a priority round-robin per client: one client that sends a hundred requests gets one
 * turn, then the next client gets one, so a flood never pushes a real person to the back of the
 * line. Only known work takes the last free place, so a person signing in from where they did before
 * starts at once however many guesses wait. A client with `perClient` requests already waiting is
 * refused at once.
 */
export class FairGate {
  private running = 0;
  /** Known and normal work running now. */
  private runningUrgent = 0;
  private served = 0;
  /** Per priority, the clients with waiting work; a Map keeps insertion order, which is the turn order. */
  private readonly lines = new Map<GatePriority, Map<string, Waiter[]>>(
    GATE_PRIORITIES.map((priority) => [priority, new Map()]),
  );
  private readonly waitingPerClient = new Map<string, number>();

  constructor(
    private concurrency: number,
    private perClient: number,
  ) {}

  /** Applies the configured limits; work already waiting is kept. */
  configure(concurrency: number, perClient: number): void {
    this.concurrency = concurrency;
    this.perClient = perClient;
    this.startNext();
  }

  /** Work running and waiting now, and work started since the gate was made: for tests and benchmarks. */
  get load(): { running: number; waiting: number; served: number } {
    let waiting = 0;
    for (const count of this.waitingPerClient.values()) waiting += count;
    return { running: this.running, waiting, served: this.served };
  }

  async run<T>(client: string, priority: GatePriority, work: () => Promise<T>): Promise<T> {
    await this.wait(client, priority);
    this.served++;
    const urgent = !YIELDING.includes(priority);
    try {
      return await work();
    } finally {
      this.running--;
      if (urgent) this.runningUrgent--;
      this.startNext();
    }
  }

  private wait(client: string, priority: GatePriority): Promise<void> {
    const waiting = this.waitingPerClient.get(client) ?? 0;
    if (waiting >= this.perClient) return Promise.reject(new GateFullError(client));
    this.waitingPerClient.set(client, waiting + 1);
    const started = new Promise<void>((start) => {
      const line = this.lines.get(priority) as Map<string, Waiter[]>;
      const queue = line.get(client);
      if (queue) queue.push({ start });
      else line.set(client, [{ start }]);
    });
    // Work that may run now starts now; otherwise it waits its turn.
    this.startNext();
    return started;
  }

  /**
   * The last free place is kept for known work: most people sign in from where they did before,
   * and they start at once, beside at most one other hash. Doubted and slowed work also waits
   * while any known or normal work runs, so a person's hash never shares the processor with more
   * than the one guess already running.
   */
  private placesFor(priority: GatePriority): number {
    if (priority === 'known') return this.concurrency;
    const allButOne = Math.max(1, this.concurrency - 1);
    if (priority === 'normal') return allButOne;
    return this.runningUrgent > 0 ? 0 : allButOne;
  }

  private startNext(): void {
    for (;;) {
      const waiter = this.nextWaiter();
      if (!waiter) return;
      this.running++;
      waiter.start();
    }
  }

  /**
   * The first client's first waiter of the most urgent line that may start now; that client goes
   * to the end of its line.
   */
  private nextWaiter(): Waiter | undefined {
    for (const priority of GATE_PRIORITIES) {
      const line = this.lines.get(priority) as Map<string, Waiter[]>;
      const first = line.entries().next();
      if (first.done) continue;
      // Lines come by falling priority and places: if this one may not start, no later one may.
      if (this.running >= this.placesFor(priority)) return undefined;
      const [client, queue] = first.value;
      const waiter = queue.shift() as Waiter;
      if (!YIELDING.includes(priority)) this.runningUrgent++;
      line.delete(client);
      if (queue.length > 0) line.set(client, queue);
      const left = (this.waitingPerClient.get(client) ?? 1) - 1;
      if (left > 0) this.waitingPerClient.set(client, left);
      else this.waitingPerClient.delete(client);
      return waiter;
    }
    return undefined;
  }
}
