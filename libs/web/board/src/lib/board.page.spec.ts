import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import type { BoardCard, Role } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { BoardPage } from './board.page';
import { boardCard, boardOf } from '../testing/board.fixtures';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';
import { personFixture, signInForTest } from '@gp/web/session/testing';

describe('BoardPage', () => {
  let fixture: ComponentFixture<BoardPage>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);

  async function open(
    cards: BoardCard[],
    inputs: { mayMoveAll?: boolean; userId?: string } = { mayMoveAll: true },
  ) {
    ({ fixture, backend } = createDeskFixture(BoardPage, { router: true }));
    // A coordinator moves every card; a project lead the ones they lead; a viewer none.
    const roles: Role[] = inputs.mayMoveAll ? ['coordinator'] : inputs.userId ? ['project_lead'] : ['viewer'];
    await signInForTest(personFixture(inputs.userId ?? 'u9', roles));
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle();
    backend.expectOne('/api/departments').flush([]);
    backend.expectOne('/api/programmes').flush([]);
    backend.expectOne('/api/people').flush([]);
    backend.expectOne((r) => r.url === '/api/board').flush(boardOf(...cards));
    // The columns come first, their first cards in the step after.
    await settle();
    await settle();
  }

  afterEach(() => backend.verify());

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const moveMenu = (id: string) =>
    loader.getHarness(MatMenuHarness.with({ selector: `[data-testid="board-move-${id}"]` }));

  it('shows the five stages with their counts, and cards linking to their project', async () => {
    await open([boardCard()]);
    const headings = [...(fixture.nativeElement as HTMLElement).querySelectorAll('h2')].map((h) =>
      h.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(headings).toEqual([
      'Idé (1 projekt)',
      'Ansökan (0 projekt)',
      'Beslut (0 projekt)',
      'Pågår (0 projekt)',
      'Avslutad (0 projekt)',
    ]);
    const link = (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>('a.title');
    expect(link?.getAttribute('href')).toBe('/projects/c1');
  });

  /** A board whose idea column holds c1 of `count` cards, the rest a page away. */
  async function openPaged(count: number) {
    const board = boardOf(boardCard());
    board.columns[0] = { ...board.columns[0], count, next: 'cur1' };
    ({ fixture, backend } = createDeskFixture(BoardPage, { router: true }));
    await signInForTest(personFixture('u9', ['coordinator']));
    await settle();
    backend.match(() => true).forEach((r) => r.flush(r.request.url === '/api/board' ? board : []));
    await settle();
    await settle();
  }

  /** Presses "Visa fler" in the idea column and answers with `cards` and the cursor `next`. */
  async function showMore(cards: BoardCard[], next: string | null) {
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      '[data-testid="board-more-idea"]',
    );
    // Pressed by keyboard: the focus is on the button.
    button?.focus();
    button?.click();
    await settle();
    const request = backend.expectOne((r) => r.url === '/api/board/page');
    expect(request.request.params.get('cursor')).toBe('cur1');
    request.flush({ stage: 'idea', cards, next });
    await settle();
    await settle();
  }

  const announced = () =>
    (fixture.nativeElement as HTMLElement)
      .querySelector('[data-testid="board-announcer"]')
      ?.textContent?.trim();

  it('shows more of a column on a keyboard-reachable button, says what came and focuses the first card that came', async () => {
    await openPaged(3);
    const root = fixture.nativeElement as HTMLElement;
    const button = root.querySelector<HTMLButtonElement>('[data-testid="board-more-idea"]');
    expect(button?.tagName).toBe('BUTTON');
    expect(button?.textContent?.trim()).toBe('Visa fler');
    expect(button?.getAttribute('aria-label')).toBe('Visa fler i Idé (1 av 3 visas)');
    expect(root.querySelector('[data-testid="board-more-application"]')).toBeNull();

    await showMore(
      [boardCard({ id: 'c2', title: 'Andra kortet' }), boardCard({ id: 'c3', title: 'Tredje kortet' })],
      null,
    );
    expect(root.querySelector('[data-testid="board-card-c3"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="board-more-idea"]')).toBeNull();
    expect(announced()).toBe('2 fler projekt i Idé. 3 av 3 visas.');
    // The card's title link: what Tab reaches first on a card.
    expect(document.activeElement).toBe(root.querySelector('[data-testid="board-card-c2"] a.title'));
    expect(document.activeElement?.textContent).toBe('Andra kortet');
  });

  it('focuses the first card that came when more remain, with the button after it', async () => {
    await openPaged(5);
    await showMore([boardCard({ id: 'c2', title: 'Andra kortet' })], 'cur2');
    const root = fixture.nativeElement as HTMLElement;
    expect(announced()).toBe('1 fler projekt i Idé. 2 av 5 visas.');
    expect(document.activeElement).toBe(root.querySelector('[data-testid="board-card-c2"] a.title'));
    expect(root.querySelector('[data-testid="board-more-idea"]')?.getAttribute('aria-label')).toBe(
      'Visa fler i Idé (2 av 5 visas)',
    );
  });

  it('keeps the focus in the column when no card came: on the column heading once the button goes', async () => {
    // The page held only a card already shown (moved here meanwhile).
    await openPaged(1);
    await showMore([boardCard()], null);
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('[data-testid="board-more-idea"]')).toBeNull();
    expect(announced()).toBe('0 fler projekt i Idé. 1 av 1 visas.');
    expect(document.activeElement?.id).toBe('stage-idea');
  });

  it('keeps the focus on "Visa fler" when no card came and more remain', async () => {
    await openPaged(3);
    await showMore([boardCard()], 'cur2');
    const button = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="board-more-idea"]');
    expect(button).not.toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('draws a long column a card at a time, until every card is there', async () => {
    const many = Array.from({ length: 12 }, (_, i) => boardCard({ id: `m${i}`, title: `Kort ${i}` }));
    await open(many);
    const drawn = () =>
      (fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="board-column-idea"] li.card')
        .length;
    expect(drawn()).toBeLessThan(12);
    expect(text()).toContain('Idé (12 projekt)');
    for (let i = 0; i < 30 && drawn() < 12; i++) await settle();
    expect(drawn()).toBe(12);
  });

  it('names the move menu after the card and lists every stage, forbidden ones focusable with their reason', async () => {
    await open([boardCard()]);
    const trigger = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="board-move-c1"]');
    expect(trigger?.getAttribute('aria-label')).toBe('Flytta Grön omställning');
    const menu = await moveMenu('c1');
    await menu.open();
    const items = await menu.getItems();
    const texts = await Promise.all(items.map((item) => item.getText()));
    const hosts = await Promise.all(items.map((item) => item.host()));
    const ariaDisabled = await Promise.all(hosts.map((host) => host.getAttribute('aria-disabled')));
    const disabled = await Promise.all(items.map((item) => item.isDisabled()));
    expect(texts).toEqual([
      'Inte till Ansökan: Inget finansieringsprogram är valt för projektet.',
      'Inte till Beslut: Ett projekt kan inte flyttas från Idé till Beslut.',
      'Inte till Pågår: Ett projekt kan inte flyttas från Idé till Pågår.',
      // Closing an idea is allowed: it is withdrawn.
      'Till Avslutad',
    ]);
    expect(ariaDisabled).toEqual(['true', 'true', 'true', 'false']);
    // Not disabled: the arrow keys reach a forbidden stage, and its reason is its description.
    expect(disabled).toEqual([false, false, false, false]);
    const describedBy = await hosts[1].getAttribute('aria-describedby');
    expect(document.getElementById(describedBy ?? '')?.textContent).toBe(
      'Ett projekt kan inte flyttas från Idé till Beslut.',
    );
  });

  it('does not move a card to a forbidden stage chosen in its menu, and keeps the menu open', async () => {
    await open([boardCard()]);
    const menu = await moveMenu('c1');
    await menu.open();
    const [application] = await menu.getItems();
    await (await application.host()).click();
    await settle();
    backend.expectNone('/api/projects/c1/moves');
    expect(await menu.isOpen()).toBe(true);
  });

  it('refuses a move the rules forbid with their reasons, sending nothing', async () => {
    await open([boardCard()]);
    const view = (
      fixture.componentInstance as unknown as { store: { columns(): Array<{ cards: unknown[] }> } }
    ).store.columns()[0].cards[0];
    await fixture.componentInstance.requestMove(view as never, 'application');
    await settle();
    backend.expectNone('/api/projects/c1/moves');
    expect(text()).toContain('Inget finansieringsprogram är valt för projektet.');
    const announcer = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="board-announcer"]');
    expect(announcer?.textContent).toContain('kan inte flyttas till Ansökan');
  });

  it('keeps a refusal on screen as an alert until it is dismissed', async () => {
    await open([boardCard()]);
    const view = (
      fixture.componentInstance as unknown as { store: { columns(): Array<{ cards: unknown[] }> } }
    ).store.columns()[0].cards[0];
    await fixture.componentInstance.requestMove(view as never, 'application');
    await settle();
    const root = fixture.nativeElement as HTMLElement;
    const refusal = root.querySelector('[data-testid="board-refusal"]');
    expect(refusal?.getAttribute('role')).toBe('alert');
    await settle();
    expect(root.querySelector('[data-testid="board-refusal"]')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('[data-testid="board-refusal-dismiss"]')?.click();
    await settle();
    expect(root.querySelector('[data-testid="board-refusal"]')).toBeNull();
  });

  it('posts an allowed move with the card version', async () => {
    await open([boardCard({ programmeId: 'p1', programmeName: 'Erasmus+' })]);
    const menu = await moveMenu('c1');
    await menu.open();
    await menu.clickItem({ text: 'Till Ansökan' });
    await settle();
    const request = backend.expectOne('/api/projects/c1/moves');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ to: 'application', version: 3 });
    request.flush({
      id: 'c1',
      title: 'Grön omställning',
      stage: 'application',
      outcome: null,
      version: 4,
      departmentId: 'd1',
      programmeId: 'p1',
      callId: null,
      projectLeadId: 'u2',
      plannedStart: null,
      plannedEnd: null,
      budget: {
        currency: 'EUR',
        totalMinor: null,
        requestedGrantMinor: 5_000_000,
        ownCashMinor: null,
        ownInKindMinor: null,
        grantedMinor: null,
      },
      updatedAt: '2025-01-02T00:00:00Z',
    });
    await settle();
    backend
      .expectOne((r) => r.url === '/api/board')
      .flush(boardOf(boardCard({ stage: 'application', version: 4, programmeId: 'p1' })));
    await settle();
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="board-announcer"]')?.textContent,
    ).toContain('”Grön omställning” flyttades till Ansökan.');
  });

  it('shows the API refusal reasons on 422', async () => {
    await open([boardCard({ programmeId: 'p1' })]);
    const menu = await moveMenu('c1');
    await menu.open();
    await menu.clickItem({ text: 'Till Ansökan' });
    await settle();
    backend.expectOne('/api/projects/c1/moves').flush(
      {
        statusCode: 422,
        code: 'move_refused',
        message: 'refused',
        reasons: [
          { code: 'checklist_incomplete', message: '2 av 5 obligatoriska punkter i checklistan är klara.' },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(text()).toContain('2 av 5 obligatoriska punkter i checklistan är klara.');
  });

  it('shows checklist progress on a card, with a late marker in words and a sentence for screen readers', async () => {
    const checklist = { total: 12, done: 7, required: 4, requiredDone: 2, overdue: 2 };
    await open([
      boardCard({ id: 'c1', stage: 'application', programmeId: 'p1', checklist }),
      boardCard({ id: 'c2', title: 'Utan lista' }),
    ]);
    const progress = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="card-checklist-c1"]',
    );
    expect(progress?.textContent?.replace(/\s+/g, ' ').trim()).toBe('7/12 2 försenade');
    expect(progress?.getAttribute('aria-label')).toBe('Checklista: 7 av 12 klara, 2 försenade');
    expect(progress?.querySelector('.late mat-icon')?.getAttribute('svgIcon')).toBe('warning');
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('[data-testid="card-checklist-c2"]'),
    ).toBeNull();

    await TestBed.inject(LanguageStore).use('en');
    await settle();
    expect(progress?.getAttribute('aria-label')).toBe('Checklist: 7 of 12 done, 2 overdue');
  });

  it('says why an application with open required items cannot be submitted yet', async () => {
    const checklist = { total: 5, done: 4, required: 4, requiredDone: 3, overdue: 0 };
    await open([
      boardCard({
        stage: 'application',
        programmeId: 'p1',
        callId: 'k1',
        callDeadline: '2027-03-05T11:00:00Z',
        checklist,
      }),
    ]);
    const progress = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="card-checklist-c1"]',
    );
    expect(progress?.getAttribute('aria-label')).toBe('Checklista: 4 av 5 klara');
    const menu = await moveMenu('c1');
    await menu.open();
    const texts = await Promise.all((await menu.getItems()).map((item) => item.getText()));
    expect(texts).toContain('Inte till Beslut: 3 av 4 obligatoriska punkter i checklistan är klara.');
  });

  it('is read-only for people who may not move the card', async () => {
    await open([boardCard()], { mayMoveAll: false, userId: 'someone-else' });
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="board-move-c1"]')).toBeNull();
  });
});
