import { callApi } from '@gp/web/core';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  ApiError,
  Board,
  BoardCard,
  BoardFilters,
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
 * The board for the filters in the address, and the lists its filters offer. Derived card
 * values (deadlines, allowed moves, checklist words) are computed once per load, not per change detection.
 */
@Injectable({ providedIn: 'root' })
export class BoardStore {
  private readonly api = inject(ProjectsApi);

  readonly filters = signal<BoardFilters>({});
  readonly board = signal<Board | null>(null);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);
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
        : { columns: [{ stage: card.stage, count: 1, sums: {}, cards: [card] }] },
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
      // Sums and the closed column's recent list are the server's to compute.
      void this.load();
      return project;
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version') await this.load();
      throw apiError;
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
