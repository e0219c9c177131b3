import { decodeBoardCursor, encodeBoardCursor } from './board-page';

describe('board cursors', () => {
  const cursor = { updatedAt: '2027-03-04T05:06:07.123456Z', id: '0b9f2f3c-5a36-4c1e-9d7e-00000000000a' };

  it('reads back what it wrote, microseconds and all', () => {
    const text = encodeBoardCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeBoardCursor(text)).toEqual(cursor);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a+b/c='],
    ['no id', encodeBoardCursor({ ...cursor, id: '' })],
    ['an id that is no uuid', encodeBoardCursor({ ...cursor, id: 'x' })],
    ['a date without microseconds', encodeBoardCursor({ ...cursor, updatedAt: '2027-03-04T05:06:07Z' })],
    ['an impossible date', encodeBoardCursor({ ...cursor, updatedAt: '2027-13-45T05:06:07.000000Z' })],
    ['extra parts', btoa(`${cursor.updatedAt}|${cursor.id}|x`)],
    ['too long', 'a'.repeat(121)],
  ])('refuses %s', (_, text) => {
    expect(decodeBoardCursor(text)).toBeNull();
  });
});
