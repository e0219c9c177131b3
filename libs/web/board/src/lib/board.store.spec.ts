import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ChecklistProgress, Project } from '@gp/domain';
import { deadlineLevel, filtersFromParams, filtersToParams, movesOf } from './board-view';
import { BoardStore } from './board.store';
import { boardCard, boardOf } from '../testing/board.fixtures';

describe('board filters in the address', () => {
  it('maps filters to query params, clearing the empty ones', () => {
    expect(filtersToParams({ programmeId: 'p1', year: 2025, q: 'skola' })).toEqual({
      programmeId: 'p1',
      departmentId: null,
      projectLeadId: null,
      year: '2025',
      q: 'skola',
    });
  });

  it('reads them back, ignoring blanks and nonsense years', () => {
    expect(filtersFromParams({ programmeId: 'p1', departmentId: '', year: '2025', q: ' skola ' })).toEqual({
      programmeId: 'p1',
      year: 2025,
      q: 'skola',
    });
    expect(filtersFromParams({ year: 'abc', other: 'x' })).toEqual({});
    expect(filtersFromParams({ closed: 'all' })).toEqual({});
  });

  it('round-trips', () => {
    const filters = { programmeId: 'p1', departmentId: 'd1', projectLeadId: 'u1', year: 2024, q: 'vatten' };
    const params = filtersToParams(filters);
    expect(filtersFromParams(params)).toEqual(filters);
  });
});

describe('card rules', () => {
  it('warns as a deadline nears', () => {
    expect([deadlineLevel(-1), deadlineLevel(3), deadlineLevel(14), deadlineLevel(15)]).toEqual([
      'passed',
      'urgent',
      'soon',
      'later',
    ]);
  });

  it('lets the move dialog supply the grant when a decision goes to running', () => {
    const moves = movesOf(
      boardCard({ stage: 'decision', programmeId: 'p1', callId: 'k1', callDeadline: '2025-01-01T00:00:00Z' }),
    );
    expect(moves.find((m) => m.stage === 'running')?.allowed).toBe(true);
    const rejected = movesOf(boardCard({ stage: 'decision', outcome: 'rejected' }));
    expect(rejected.find((m) => m.stage === 'running')?.allowed).toBe(false);
  });

  it('holds a submission back until the co-funding asked for is approved', () => {
    const ready = {
      stage: 'application' as const,
      programmeId: 'p1',
      callId: 'k1',
      callDeadline: '2027-03-05T11:00:00Z',
    };
    const toDecision = (coFunding: { asked: boolean; approved: boolean } | null) =>
      movesOf(boardCard({ ...ready, coFunding })).find((m) => m.stage === 'decision');
    expect(toDecision({ asked: true, approved: false })?.reasons.map((r) => r.code)).toEqual([
      'co_funding_not_approved',
    ]);
    expect(toDecision({ asked: true, approved: true })?.allowed).toBe(true);
    expect(toDecision(null)?.allowed).toBe(true);
  });
});

describe('BoardStore', () => {
  let store: BoardStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(BoardStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks the API with the filters as query params', async () => {
    const loading = store.load({ programmeId: 'p1', year: 2025 });
    const request = backend.expectOne((r) => r.url === '/api/board');
    expect(request.request.params.get('programmeId')).toBe('p1');
    expect(request.request.params.get('year')).toBe('2025');
    expect(request.request.params.has('q')).toBe(false);
    request.flush(boardOf(boardCard()));
    await loading;
    expect(store.columns()[0].cards.map((v) => v.card.id)).toEqual(['c1']);
  });

  it('lets a project lead move only the cards they lead', async () => {
    store.viewer.set({ userId: 'u2', mayMoveAll: false });
    const loading = store.load({});
    backend
      .expectOne((r) => r.url === '/api/board')
      .flush(boardOf(boardCard(), boardCard({ id: 'c2', projectLeadId: 'u9' })));
    await loading;
    expect(store.columns()[0].cards.map((v) => v.mayMove)).toEqual([true, false]);
  });

  it('reloads the board when someone else moved the card first', async () => {
    const card = boardCard({ programmeId: 'p1' });
    const moving = store.move(card, { to: 'application' });
    backend
      .expectOne('/api/projects/c1/moves')
      .flush(
        { statusCode: 409, code: 'stale_version', message: 'stale' },
        { status: 409, statusText: 'Conflict' },
      );
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve));
    backend
      .expectOne((r) => r.url === '/api/board')
      .flush(boardOf({ ...card, stage: 'application', version: 4 }));
    await expect(moving).rejects.toMatchObject({ code: 'stale_version' });
    expect(store.columns()[1].cards[0].card.version).toBe(4);
  });

  it('puts a new idea first in the idea column', async () => {
    const loading = store.load({});
    backend.expectOne((r) => r.url === '/api/board').flush(boardOf(boardCard()));
    await loading;
    const creating = store.createIdea('Ny skolidé', 'd1');
    const request = backend.expectOne('/api/projects');
    expect(request.request.body).toEqual({ title: 'Ny skolidé', departmentId: 'd1' });
    request.flush({
      id: 'n1',
      title: 'Ny skolidé',
      stage: 'idea',
      outcome: null,
      version: 1,
      departmentId: 'd1',
      budget: {
        currency: 'SEK',
        totalMinor: null,
        requestedGrantMinor: null,
        ownCashMinor: null,
        ownInKindMinor: null,
        grantedMinor: null,
      },
    } as unknown as Project);
    await creating;
    expect(store.columns()[0].cards.map((v) => v.card.id)).toEqual(['n1', 'c1']);
    expect(store.columns()[0].count).toBe(2);
  });

  it('loads the next page of one column after its cursor, with the filters, and adds only new cards', async () => {
    const loading = store.load({ q: 'skola' });
    const first = boardOf(boardCard(), boardCard({ id: 'c2' }));
    first.columns[0] = { ...first.columns[0], count: 4, next: 'cur1' };
    backend.expectOne((r) => r.url === '/api/board').flush(first);
    await loading;
    expect(store.columns()[0].more).toBe(true);
    expect(store.columns()[1].more).toBe(false);

    const more = store.loadMore('idea');
    // A second click while the page is on its way asks nothing more.
    expect(await store.loadMore('idea')).toBe(0);
    const request = backend.expectOne((r) => r.url === '/api/board/page');
    expect(request.request.params.get('stage')).toBe('idea');
    expect(request.request.params.get('cursor')).toBe('cur1');
    expect(request.request.params.get('q')).toBe('skola');
    // c2 was moved in meanwhile by someone: it stays once.
    request.flush({
      stage: 'idea',
      cards: [boardCard({ id: 'c2' }), boardCard({ id: 'c3' }), boardCard({ id: 'c4' })],
      next: null,
    });
    expect(await more).toBe(2);
    expect(store.columns()[0].cards.map((v) => v.card.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(store.columns()[0].more).toBe(false);
    expect(store.columns()[0].count).toBe(4);
    expect(await store.loadMore('idea')).toBe(0);
  });

  it('drops a page that comes back after the filters changed', async () => {
    const loading = store.load({});
    const first = boardOf(boardCard());
    first.columns[0] = { ...first.columns[0], count: 40, next: 'cur1' };
    backend.expectOne((r) => r.url === '/api/board').flush(first);
    await loading;
    const more = store.loadMore('idea');
    const reload = store.load({ q: 'annat' });
    backend
      .expectOne((r) => r.url === '/api/board/page')
      .flush({ stage: 'idea', cards: [boardCard({ id: 'x' })], next: null });
    backend.expectOne((r) => r.url === '/api/board').flush(boardOf(boardCard({ id: 'c9' })));
    await Promise.all([more, reload]);
    expect(store.columns()[0].cards.map((v) => v.card.id)).toEqual(['c9']);
  });

  it('moves a card between columns, keeps the loaded pages and takes counts and sums from the server', async () => {
    const loading = store.load({});
    const first = boardOf(boardCard({ programmeId: 'p1' }), boardCard({ id: 'c2' }));
    first.columns[0] = { ...first.columns[0], count: 40, next: 'cur1' };
    backend.expectOne((r) => r.url === '/api/board').flush(first);
    await loading;
    const card = store.columns()[0].cards[0].card;
    const moving = store.move(card, { to: 'application' });
    backend.expectOne('/api/projects/c1/moves').flush({
      ...card,
      stage: 'application',
      version: 2,
      budget: { currency: 'SEK', requestedGrantMinor: 500, grantedMinor: null },
    } as unknown as Project);
    await moving;
    expect(store.columns()[0].cards.map((v) => v.card.id)).toEqual(['c2']);
    expect(store.columns()[1].cards.map((v) => v.card.id)).toEqual(['c1']);
    expect([store.columns()[0].count, store.columns()[1].count]).toEqual([39, 1]);
    // The server's card has the checklist the move to application began.
    const checklist: ChecklistProgress = { total: 8, done: 0, required: 7, requiredDone: 0, overdue: 0 };
    const totals = boardOf(boardCard({ id: 'c2' }), boardCard({ stage: 'application', checklist }));
    totals.columns[0] = { ...totals.columns[0], count: 39, sums: { SEK: 100 }, next: 'other' };
    totals.columns[1] = { ...totals.columns[1], sums: { SEK: 500 } };
    backend.expectOne((r) => r.url === '/api/board').flush(totals);
    await new Promise((resolve) => setTimeout(resolve));
    expect(store.columns()[1].sums).toEqual([{ currency: 'SEK', minor: 500 }]);
    expect(store.columns()[0].sums).toEqual([{ currency: 'SEK', minor: 100 }]);
    expect(store.columns()[1].cards[0].card.checklist).toEqual(checklist);
    // The idea column's loaded cards and cursor stay: "show more" continues where it was.
    expect(store.board()?.columns[0].next).toBe('cur1');
    expect(store.columns()[0].cards.map((v) => v.card.id)).toEqual(['c2']);
  });
});
