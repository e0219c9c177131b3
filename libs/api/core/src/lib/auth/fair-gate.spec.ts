import { FairGate, GateFullError, type GatePriority } from './fair-gate';

/** Work that runs until the test lets it finish, so the test decides the order of events. */
function heldWork() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: () => done, finish };
}

describe('the fair gate in front of password hashing', () => {
  /** Starts a request and records when its work begins, in the order things begin. */
  function start(
    gate: FairGate,
    started: string[],
    name: string,
    client: string,
    priority: GatePriority = 'normal',
  ) {
    const held = heldWork();
    const result = gate.run(client, priority, () => {
      started.push(name);
      return held.work();
    });
    return { ...held, result };
  }

  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('runs at most `concurrency` at once and starts the next when one ends', async () => {
    const gate = new FairGate(2, 10);
    const started: string[] = [];
    const a = start(gate, started, 'a', 'x', 'known');
    const b = start(gate, started, 'b', 'y', 'known');
    const c = start(gate, started, 'c', 'z', 'known');
    await settle();
    expect(started).toEqual(['a', 'b']);
    expect(gate.load).toEqual({ running: 2, waiting: 1, served: 2 });
    a.finish();
    await a.result;
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    b.finish();
    c.finish();
    await Promise.all([b.result, c.result]);
    expect(gate.load).toEqual({ running: 0, waiting: 0, served: 3 });
  });

  it('serves a second client next while a first one floods', async () => {
    const gate = new FairGate(1, 100);
    const started: string[] = [];
    const first = start(gate, started, 'flood-0', 'attacker');
    const flood = Array.from({ length: 20 }, (_, i) => start(gate, started, `flood-${i + 1}`, 'attacker'));
    const person = start(gate, started, 'person', 'person');
    await settle();
    first.finish();
    await first.result;
    await settle();
    // One more of the flood was queued before the person, then it is the person's turn.
    expect(started).toEqual(['flood-0', 'flood-1']);
    flood[0].finish();
    await flood[0].result;
    await settle();
    expect(started).toEqual(['flood-0', 'flood-1', 'person']);
    person.finish();
    await person.result;
    for (const request of flood) request.finish();
    await Promise.all(flood.map((request) => request.result));
  });

  it('refuses a client with `perClient` requests waiting at once, and no other client', async () => {
    const gate = new FairGate(1, 2);
    const started: string[] = [];
    const running = start(gate, started, 'running', 'attacker');
    const waiting = [start(gate, started, 'w1', 'attacker'), start(gate, started, 'w2', 'attacker')];
    const refused = gate.run('attacker', 'normal', async () => started.push('refused'));
    await expect(refused).rejects.toBeInstanceOf(GateFullError);
    const other = start(gate, started, 'other', 'someone else');
    for (const request of [running, ...waiting, other]) request.finish();
    await Promise.all([running, ...waiting, other].map((request) => request.result));
    expect(started).not.toContain('refused');
    expect(started).toContain('other');
  });

  it('serves known clients before others, doubted accounts after, and slowed accounts last', async () => {
    const gate = new FairGate(1, 10);
    const started: string[] = [];
    const running = start(gate, started, 'running', 'a');
    const slowed = start(gate, started, 'slowed', 'b', 'slowed');
    const doubted = start(gate, started, 'doubted', 'e', 'doubted');
    const normal = start(gate, started, 'normal', 'c', 'normal');
    const known = start(gate, started, 'known', 'd', 'known');
    await settle();
    for (const request of [running, known, normal, doubted, slowed]) {
      request.finish();
      await request.result;
      await settle();
    }
    expect(started).toEqual(['running', 'known', 'normal', 'doubted', 'slowed']);
  });

  it('keeps the last place for a known person: normal work takes the others', async () => {
    const gate = new FairGate(2, 10);
    const started: string[] = [];
    const strangers = Array.from({ length: 3 }, (_, i) => start(gate, started, `stranger-${i}`, `s-${i}`));
    await settle();
    expect(started).toEqual(['stranger-0']);
    const person = start(gate, started, 'person', 'person', 'known');
    await settle();
    expect(started).toEqual(['stranger-0', 'person']);
    for (const request of [person, ...strangers]) request.finish();
    await Promise.all([person, ...strangers].map((request) => request.result));
    expect(started).toHaveLength(4);
  });

  it('starts no guess beside a person’s hash, however many wait', async () => {
    const gate = new FairGate(2, 10);
    const started: string[] = [];
    const guesses = Array.from({ length: 5 }, (_, i) =>
      start(gate, started, `guess-${i}`, `bot-${i}`, 'slowed'),
    );
    await settle();
    expect(started).toEqual(['guess-0']);
    const person = start(gate, started, 'person', 'person', 'known');
    await settle();
    expect(started).toEqual(['guess-0', 'person']);
    // While the person's hash runs, no other guess starts beside it.
    guesses[0].finish();
    await guesses[0].result;
    await settle();
    expect(started).toEqual(['guess-0', 'person']);
    person.finish();
    await person.result;
    await settle();
    expect(started).toEqual(['guess-0', 'person', 'guess-1']);
    for (const request of guesses) request.finish();
    await Promise.all([person, ...guesses].map((request) => request.result));
    expect(started).toHaveLength(6);
  });

  it('frees its place when the work fails', async () => {
    const gate = new FairGate(1, 10);
    await expect(gate.run('a', 'normal', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run('a', 'normal', async () => 'ok')).resolves.toBe('ok');
    expect(gate.load).toEqual({ running: 0, waiting: 0, served: 2 });
  });
});
