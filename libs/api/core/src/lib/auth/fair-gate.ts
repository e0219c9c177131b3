/**
 * How urgent a piece of password work is: `known` for a sign-in from an address that signed in to
 * that account before, `slowed` for an account under attack (its attempts wait behind everyone
 * else's), `normal` for the rest.
 */
export const GATE_PRIORITIES = ['known', 'normal', 'slowed'] as const;
export type GatePriority = (typeof GATE_PRIORITIES)[number];

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
 * line. A client with `perClient` requests already waiting is refused at once.
 */
export class FairGate {
  private running = 0;
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
    if (this.running < this.concurrency && this.load.waiting === 0) this.running++;
    else await this.wait(client, priority);
    this.served++;
    try {
      return await work();
    } finally {
      this.running--;
      this.startNext();
    }
  }

  private wait(client: string, priority: GatePriority): Promise<void> {
    const waiting = this.waitingPerClient.get(client) ?? 0;
    if (waiting >= this.perClient) return Promise.reject(new GateFullError(client));
    this.waitingPerClient.set(client, waiting + 1);
    return new Promise<void>((start) => {
      const line = this.lines.get(priority) as Map<string, Waiter[]>;
      const queue = line.get(client);
      if (queue) queue.push({ start });
      else line.set(client, [{ start }]);
    });
  }

  private startNext(): void {
    while (this.running < this.concurrency) {
      const waiter = this.nextWaiter();
      if (!waiter) return;
      this.running++;
      waiter.start();
    }
  }

  /** The first client's first waiter of the most urgent line; that client goes to the end of its line. */
  private nextWaiter(): Waiter | undefined {
    for (const priority of GATE_PRIORITIES) {
      const line = this.lines.get(priority) as Map<string, Waiter[]>;
      const first = line.entries().next();
      if (first.done) continue;
      const [client, queue] = first.value;
      const waiter = queue.shift() as Waiter;
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
