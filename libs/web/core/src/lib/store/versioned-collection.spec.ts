import type { ApiError } from '@gp/domain';
import { Observable, ReplaySubject, Subject, of, throwError } from 'rxjs';
import { VersionedCollection } from './versioned-collection';

interface Item {
  id: string;
  name: string;
  version: number;
}

const item = (id: string, name = id, version = 1): Item => ({ id, name, version });
const refused = (error: Partial<ApiError>): Observable<never> =>
  throwError(() => ({ statusCode: 409, message: 'refused', code: 'stale_version', ...error }));

describe('VersionedCollection', () => {
  it('loads, showing loading meanwhile and loaded after', async () => {
    const collection = new VersionedCollection<Item>();
    const answer = new Subject<Item[]>();
    const loading = collection.load(() => answer);
    expect(collection.loading()).toBe(true);
    answer.next([item('a'), item('b')]);
    answer.complete();
    await loading;
    expect(collection.items().map((i) => i.id)).toEqual(['a', 'b']);
    expect(collection.loading()).toBe(false);
    expect(collection.loaded()).toBe(true);
    expect(collection.problem()).toBeNull();
  });

  it('takes an answer already in at once, so a section read ahead opens with its data', () => {
    const collection = new VersionedCollection<Item>();
    const answered = new Subject<Item[]>();
    // As ReadAhead's answer: replayed to whoever subscribes once it is in.
    const readAhead = new ReplaySubject<Item[]>(1);
    readAhead.next([item('a')]);
    readAhead.complete();
    void collection.load(() => readAhead);
    // No await: drawn in the same change detection as the section.
    expect(collection.items().map((i) => i.id)).toEqual(['a']);
    expect(collection.loading()).toBe(false);
    expect(collection.loaded()).toBe(true);
    // And one still on its way is taken when it comes, once.
    let subscriptions = 0;
    void collection.load(() => new Observable<Item[]>((subscriber) => {
      subscriptions++;
      return answered.subscribe(subscriber);
    }));
    expect(collection.loading()).toBe(true);
    expect(subscriptions).toBe(1);
  });

  it('keeps the problem when the load fails, and only the latest load counts', async () => {
    const collection = new VersionedCollection<Item>();
    const slow = new Subject<Item[]>();
    const first = collection.load(() => slow);
    await collection.load(() => of([item('fresh')]));
    slow.next([item('late')]);
    slow.complete();
    await first;
    expect(collection.items().map((i) => i.id)).toEqual(['fresh']);

    await collection.load(() => refused({ statusCode: 500, code: 'internal_error' }));
    expect(collection.problem()?.code).toBe('internal_error');
  });

  it('keeps the order after adds and saves', async () => {
    const collection = new VersionedCollection<Item>({ order: (a, b) => a.name.localeCompare(b.name) });
    await collection.load(() => of([item('b'), item('c')]));
    await collection.add(of(item('a')));
    await collection.save(of(item('c', '0', 2)));
    expect(collection.items().map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('takes the server record from a 409 stale version and rejects so the page can say so', async () => {
    const collection = new VersionedCollection<Item>();
    await collection.load(() => of([item('a', 'mine')]));
    await expect(collection.save(refused({ current: item('a', 'theirs', 2) }))).rejects.toMatchObject({
      code: 'stale_version',
    });
    expect(collection.items()).toEqual([item('a', 'theirs', 2)]);
  });

  it('fetches the record again for a 409 without one, when told how', async () => {
    const collection = new VersionedCollection<Item>();
    await collection.load(() => of([item('a', 'mine')]));
    await expect(collection.save(refused({}), () => of(item('a', 'theirs', 3)))).rejects.toBeTruthy();
    expect(collection.items()).toEqual([item('a', 'theirs', 3)]);
  });

  it('loads the whole list again when the code says it changed', async () => {
    const collection = new VersionedCollection<Item>({ reloadOn: ['list_changed'] });
    let version = 0;
    await collection.load(() => of([item('a', 'x', ++version)]));
    await expect(collection.remove(item('a'), refused({ code: 'list_changed' }))).rejects.toBeTruthy();
    expect(collection.items()).toEqual([item('a', 'x', 2)]);
  });

  it('reorders at once, takes the server order, and puts it back when refused', async () => {
    const collection = new VersionedCollection<Item>();
    await collection.load(() => of([item('a'), item('b'), item('c')]));
    const answer = new Subject<Item[]>();
    const moving = collection.move(item('c'), -1, () => answer);
    expect(collection.items().map((i) => i.id)).toEqual(['a', 'c', 'b']);
    answer.next([item('a', 'a', 2), item('c', 'c', 2), item('b', 'b', 2)]);
    answer.complete();
    await moving;
    expect(collection.items().map((i) => i.version)).toEqual([2, 2, 2]);

    let sentOrder: string[] = [];
    await expect(
      collection.move(item('a'), 1, (keys) => {
        sentOrder = keys;
        return refused({ code: 'forbidden', statusCode: 403 });
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(sentOrder).toEqual(['c', 'a', 'b']);
    expect(collection.items().map((i) => i.id)).toEqual(['a', 'c', 'b']);
  });

  it('does not move past either end', async () => {
    const collection = new VersionedCollection<Item>();
    await collection.load(() => of([item('a'), item('b')]));
    const saveOrder = jest.fn();
    await collection.move(item('a'), -1, saveOrder);
    await collection.move(item('b'), 1, saveOrder);
    expect(saveOrder).not.toHaveBeenCalled();
  });
});
