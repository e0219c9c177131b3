import { callApi } from '@gp/web/core';
import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  ApiError,
  Board,
  BoardCard,
  BoardColumnPage,
  BoardFilters,
  Stage,
  Department,
  MoveProjectInput,
  PersonSummary,
  Programme,
  Project,
} from '@gp/domain';
import { ProjectsApi } from '@gp/web/project-data';
import { loadFilterLists } from '@gp/web/project-data';
import {
  NUMERIC_CHECKLIST_WORDING,
  columnViews,
  type BoardViewer,
  type ChecklistWording,
} from './board-view';

/** A card as the board would show it, from a project the API just saved. */
function cardOf(project: Project, previous: Partial<BoardCard> = {}): BoardCard {
  return {
    ...previous,
    id: project.id,
    title: project.title,
    stage: project.stage,
    outcome: project.outcome,
    version: project.version,
    departmentId: project.departmentId,
    departmentName: previous.departmentName ?? '',
    programmeId: project.programmeId,
    programmeName: previous.programmeName ?? null,
    callId: project.callId,
    callDeadline: previous.callDeadline ?? null,
    projectLeadId: project.projectLeadId,
    projectLeadName: previous.projectLeadName ?? null,
    plannedStart: project.plannedStart,
    plannedEnd: project.plannedEnd,
    currency: project.budget.currency,
    requestedMinor: project.budget.requestedGrantMinor,
    grantedMinor: project.budget.grantedMinor,
    // A saved project does not carry its checklist; the card keeps what the board last said.
    checklist: previous.checklist ?? null,
    coFunding: previous.coFunding ?? null,
    updatedAt: project.updatedAt,
  };
}

/**
 * The board for the filters in the address, and the lists its filters offer. Each column holds the
 * pages loaded so far (the first on load, one more per "show more"); counts and sums are the
 * server's, over every matching card. Derived card values (deadlines, allowed moves, checklist
 * words) are computed once per load, not per change detection.
 */
@Injectable({ providedIn: 'root' })
export class BoardStore {
  private readonly api = inject(ProjectsApi);
  private readonly http = inject(HttpClient);

  readonly filters = signal<BoardFilters>({});
  readonly board = signal<Board | null>(null);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);
  /** The columns whose next page is on its way. */
  readonly loadingMore = signal<Partial<Record<Stage, boolean>>>({});
  readonly viewer = signal<BoardViewer>({ userId: null, mayMoveAll: false });
  /** The words card checklists are described in; the page sets the active language's. */
  readonly checklistWording = signal<ChecklistWording>(NUMERIC_CHECKLIST_WORDING);

  readonly departments = signal<Department[]>([]);
  readonly programmes = signal<Programme[]>([]);
  readonly people = signal<PersonSummary[]>([]);

  readonly columns = computed(() =>
    columnViews(this.board()?.columns ?? [], this.viewer(), new Date(), this.checklistWording()),
  );
  readonly total = computed(() => this.columns().reduce((sum, column) => sum + column.count, 0));

  private requested = 0;

  async load(filters: BoardFilters = this.filters()): Promise<void> {
    this.filters.set(filters);
    const request = ++this.requested;
    this.loading.set(true);
    this.problem.set(null);
    try {
      const board = await callApi(this.api.board(filters));
      if (request === this.requested) this.board.set(board);
    } catch (error) {
      if (request === this.requested) this.problem.set(error as ApiError);
    } finally {
      if (request === this.requested) this.loading.set(false);
    }
  }

  /**
   * The next page of one column, after its last loaded card, with the same filters. Returns how many
   * cards came; a card already shown (moved here meanwhile) is not added twice.
   */
  async loadMore(stage: Stage): Promise<number> {
    const column = this.board()?.columns.find((c) => c.stage === stage);
    if (!column?.next || this.loadingMore()[stage]) return 0;
    const request = this.requested;
    this.loadingMore.update((busy) => ({ ...busy, [stage]: true }));
    this.problem.set(null);
    try {
      let params = new HttpParams().set('stage', stage).set('cursor', column.next);
      for (const [key, value] of Object.entries(this.filters()))
        if (value !== undefined && value !== '') params = params.set(key, String(value));
      const page = await callApi(this.http.get<BoardColumnPage>('/api/board/page', { params }));
      // A load for other filters started meanwhile: this page belongs to the old board.
      if (request !== this.requested) return 0;
      let added = 0;
      this.board.update((board) =>
        board
          ? {
              columns: board.columns.map((c) => {
                if (c.stage !== stage) return c;
                const known = new Set(c.cards.map((card) => card.id));
                const fresh = page.cards.filter((card) => !known.has(card.id));
                added = fresh.length;
                return { ...c, cards: [...c.cards, ...fresh], next: page.next };
              }),
            }
          : board,
      );
      return added;
    } catch (error) {
      if (request === this.requested) this.problem.set(error as ApiError);
      return 0;
    } finally {
      this.loadingMore.update((busy) => ({ ...busy, [stage]: false }));
    }
  }

  /** The programmes, departments and people the filters and the new-idea dialog choose from. */
  async loadLists(): Promise<void> {
    const { departments, programmes, people } = await loadFilterLists(this.api);
    if (departments) this.departments.set(departments);
    if (programmes) this.programmes.set(programmes);
    if (people) this.people.set(people);
  }

  /** A new idea; its card goes first in the idea column. */
  async createIdea(title: string, departmentId: string): Promise<Project> {
    const project = await callApi(this.api.create({ title, departmentId }));
    const departmentName = this.departments().find((d) => d.id === departmentId)?.name ?? '';
    const card = cardOf(project, { departmentName });
    this.board.update((board) =>
      board
        ? {
            columns: board.columns.map((column) =>
              column.stage === card.stage
                ? { ...column, count: column.count + 1, cards: [card, ...column.cards] }
                : column,
            ),
          }
        : { columns: [{ stage: card.stage, count: 1, sums: {}, cards: [card], next: null }] },
    );
    return project;
  }

  /**
   * Moves a card. Rejects with the ApiError: `move_refused` carries the reasons; on
   * `stale_version` the board is loaded again first, so it shows where the card is now.
   */
  async move(card: BoardCard, input: Omit<MoveProjectInput, 'version'>): Promise<Project> {
    try {
      const project = await callApi(this.api.move(card.id, { ...input, version: card.version }));
      this.place(cardOf(project, card), card.stage);
      // Counts, sums and the moved card's checklist are the server's to compute (a checklist
      // begins on the move to application); the loaded pages stay as they are.
      void this.refreshFromServer();
      return project;
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version') await this.load();
      throw apiError;
    }
  }

  /**
   * Counts and sums from the server, and the server's version of each loaded card its first pages
   * hold (the moved card is newest, so it is there), keeping the cards loaded so far: the cursors of
   * the columns it left and entered still continue where they did.
   */
  private async refreshFromServer(): Promise<void> {
    const request = this.requested;
    try {
      const fresh = await callApi(this.api.board(this.filters()));
      if (request !== this.requested) return;
      this.board.update((board) =>
        board
          ? {
              columns: board.columns.map((column) => {
                const latest = fresh.columns.find((c) => c.stage === column.stage);
                if (!latest) return column;
                const freshCards = new Map(latest.cards.map((card) => [card.id, card]));
                return {
                  ...column,
                  count: latest.count,
                  sums: latest.sums,
                  cards: column.cards.map((card) => freshCards.get(card.id) ?? card),
                };
              }),
            }
          : board,
      );
    } catch {
      // The board still shows the move; totals catch up on the next load.
    }
  }

  private place(card: BoardCard, from: BoardCard['stage']): void {
    this.board.update((board) =>
      board
        ? {
            columns: board.columns.map((column) => {
              if (column.stage === from && column.stage !== card.stage) {
                return {
                  ...column,
                  count: column.count - 1,
                  cards: column.cards.filter((c) => c.id !== card.id),
                };
              }
              if (column.stage === card.stage && column.stage !== from) {
                return { ...column, count: column.count + 1, cards: [card, ...column.cards] };
              }
              if (column.stage === card.stage) {
                return { ...column, cards: column.cards.map((c) => (c.id === card.id ? card : c)) };
              }
              return column;
            }),
          }
        : board,
    );
  }
}
