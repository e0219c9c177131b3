/** How long and how often `until` looks. */
export interface UntilOptions<T> {
  /** What the test waits for, in words; the failure message names it. */
  what: string;
  /** When the value read is what the test waits for; by default, when it is truthy. */
  ok?: (value: T) => boolean;
  timeoutMs?: number;
  everyMs?: number;
}

/**
 * Reads `read` until `ok` holds and returns the value that satisfied it; fails after the timeout
 * with a message naming what it waited for and the last value seen. The one wait of the
 * integration tests: a test waits for a condition, never for a fixed time.
 */
export async function until<T>(read: () => T | Promise<T>, options: UntilOptions<T>): Promise<T> {
  const { what, ok = (value: T) => Boolean(value), timeoutMs = 15_000, everyMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`Waited ${timeoutMs} ms for ${what}; last seen: ${describe(value)}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 500 ? `${text.slice(0, 500)}…` : text;
  } catch {
    return String(value);
  }
}
