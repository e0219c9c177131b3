import { DomainError } from '@gp/api/core';
import { cursorAfter, positionOf } from './deadline-cursor';

describe('the deadline cursor', () => {
  const last = { dueOn: '2031-01-01', kind: 'call' as const, id: '0b6f1a52-2f0e-4a55-9d0b-6a6b3e4c2f10' };

  it('names the place after the last deadline of a page, safe in a query string', () => {
    const cursor = cursorAfter(last);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(positionOf(cursor)).toEqual(last);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['empty', ''],
    [
      'an unknown kind',
      Buffer.from(JSON.stringify(['2031-01-01', 'meeting', last.id])).toString('base64url'),
    ],
    [
      'a day that is not a date',
      Buffer.from(JSON.stringify(['snart', 'call', last.id])).toString('base64url'),
    ],
    [
      'an id that is no uuid',
      Buffer.from(JSON.stringify(['2031-01-01', 'call', "1' OR 1=1"])).toString('base64url'),
    ],
    ['too short', Buffer.from(JSON.stringify(['2031-01-01', 'call'])).toString('base64url')],
  ])('refuses a cursor that is %s, naming the field', (_, cursor) => {
    let refused: unknown;
    try {
      positionOf(cursor);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ kind: 'invalid', code: 'validation_failed' });
    expect((refused as DomainError).details.errors?.['cursor']).toEqual([
      expect.stringContaining('nextCursor'),
    ]);
  });
});
