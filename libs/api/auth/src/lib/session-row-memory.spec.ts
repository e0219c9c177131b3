import type { SessionData } from 'express-session';
import { SESSION_READ_SECONDS, SessionRowMemory } from './session-row-memory';

const sess = (userId: string) =>
  ({
    cookie: { originalMaxAge: 1000, expires: new Date('2026-12-06T12:00:00Z') },
    userId,
  }) as unknown as SessionData;

describe('SessionRowMemory', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-06T08:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('answers for a row read a moment ago, each time with a copy of its own', () => {
    const memory = new SessionRowMemory();
    memory.reading('a')(sess('u1'));
    const first = memory.read('a');
    expect(first).toMatchObject({ userId: 'u1' });
    (first as SessionData).userId = 'changed';
    expect(memory.read('a')).toMatchObject({ userId: 'u1' });
  });

  it('answers no longer than a few seconds after the read', () => {
    const memory = new SessionRowMemory();
    memory.reading('a')(sess('u1'));
    jest.advanceTimersByTime(SESSION_READ_SECONDS * 1000 - 1);
    expect(memory.read('a')).toBeDefined();
    jest.advanceTimersByTime(1);
    expect(memory.read('a')).toBeUndefined();
  });

  it('forgets a deleted row, and does not remember a read that raced the deletion', () => {
    const memory = new SessionRowMemory();
    memory.reading('a')(sess('u1'));
    const racing = memory.reading('a');
    memory.forget('a');
    expect(memory.read('a')).toBeUndefined();
    racing(sess('u1'));
    expect(memory.read('a')).toBeUndefined();
  });

  it('knows the expiry it wrote, from a save or a touch, until the row is forgotten', () => {
    const memory = new SessionRowMemory();
    expect(memory.writtenExpire('a')).toBeUndefined();
    memory.wrote('a', sess('u1'), 1000);
    expect(memory.writtenExpire('a')).toBe(1000);
    expect(memory.read('a')).toMatchObject({ userId: 'u1' });
    memory.touched('a', 1300);
    expect(memory.writtenExpire('a')).toBe(1300);
    memory.touched('b', 500);
    expect(memory.writtenExpire('b')).toBe(500);
    expect(memory.read('b')).toBeUndefined();
    memory.forget('a');
    expect(memory.writtenExpire('a')).toBeUndefined();
  });
});
