import { CdkDrag, CdkDropList, CdkDropListGroup, type CdkDragDrop, type CdkDragEnd } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { SlicePipe } from '@angular/common';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  IDEA_CREATOR_ROLES,
  STAGES,
  checkMove,
  editsEveryProject,
  describeRefusal,
  stageName,
  type ApiError,
  type BoardFilters,
  type Language,
  type MoveRefusal,
  type Project,
  type Stage,
} from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { LocalMoneyPipe, NoticeService, PageHeaderComponent, ProblemAlertComponent } from '@gp/web/ui';
import {
  factsOf,
  filtersFromParams,
  filtersToParams,
  type CardView,
  type ChecklistWording,
} from './board-view';
import { ProjectFiltersComponent } from '@gp/web/ui';
import { BoardCardComponent } from './board-card.component';
import { BoardStore } from './board.store';
import { StageMoveMenuComponent, StageMover, type StageMoveChoice } from '@gp/web/stage-moves';
import { NewIdeaDialog } from './new-idea.dialog';
import { CardDrawing } from './card-drawing';
import { SessionStore } from '@gp/web/session';

const DIALOG_SIZE = { width: '32rem', maxWidth: '95vw', autoFocus: 'first-tabbable' } as const;

/**
 * The pipeline: five stages side by side. Cards move by drag and drop or, for keyboard and screen
 * reader users, by the "Move" menu on each card; both ask the same stage rules first.
 */
@Component({
  selector: 'gp-board-page',
  imports: [
    ProblemAlertComponent,
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    BoardCardComponent,
    LocalMoneyPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeaderComponent,
    ProjectFiltersComponent,
    RouterLink,
    SlicePipe,
    StageMoveMenuComponent,
    TranslocoPipe,
  ],
  templateUrl: './board.page.html',
  styleUrl: './board.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CardDrawing],
})
export class BoardPage {
  protected readonly store = inject(BoardStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);
  private readonly transloco = inject(TranslocoService);
  private readonly languages = inject(LanguageStore);
  private readonly mover = inject(StageMover);
  private readonly injector = inject(Injector);

  private readonly session = inject(SessionStore);
  /** Admins and coordinators move any card (libs/domain's rule, read from the session). */
  protected readonly mayMoveAll = computed(() => editsEveryProject(this.session.roles()));
  /** The signed-in project lead, so they can move the cards they lead. */
  protected readonly userId = computed(() => {
    const person = this.session.person();
    return person.roles.includes('project_lead') ? person.id : null;
  });
  /** Admins, coordinators and project leads may register ideas. */
  protected readonly mayCreate = computed(() => this.session.holdsAnyRole(IDEA_CREATOR_ROLES));

  protected readonly language = this.languages.language;
  protected readonly locale = this.languages.locale;
  protected readonly years = Array.from({ length: 8 }, (_, i) => new Date().getFullYear() + 2 - i);

  private readonly params = toSignal(this.route.queryParams, { initialValue: {} });
  protected readonly filters = computed(() => filtersFromParams(this.params()));
  protected readonly filtering = computed(() =>
    Object.values(this.filters()).some((value) => value !== undefined),
  );

  protected readonly stageNames = computed(() => {
    const language = this.language();
    return Object.fromEntries(STAGES.map((stage) => [stage, stageName(stage, language)])) as Record<
      Stage,
      string
    >;
  });

  /** The card being dragged, so refusing columns can say why before the drop. */
  protected readonly dragging = signal<CardView | null>(null);
  protected readonly refusals = computed<Partial<Record<Stage, string[]>>>(() => {
    const view = this.dragging();
    if (!view) return {};
    const language = this.language();
    const result: Partial<Record<Stage, string[]>> = {};
    for (const stage of STAGES) {
      if (stage === view.card.stage) continue;
      const reasons = this.reasonsFor(view, stage);
      if (reasons.length > 0) result[stage] = reasons.map((reason) => describeRefusal(reason, language));
    }
    return result;
  });

  /** What the live region says: moves, refusals and what a drag may do. */
  protected readonly announcement = signal('');
  protected readonly refusalShown = signal<string[]>([]);
  protected readonly busy = signal(false);

  private readonly drawing = inject(CardDrawing);
  /** How many cards of each column are drawn. */
  protected readonly shown = this.drawing.shown;

  constructor() {
    effect(() => this.store.viewer.set({ userId: this.userId(), mayMoveAll: this.mayMoveAll() }));
    // Card texts are made once per load and language, so a thousand cards need no pipe each.
    effect(() => this.store.checklistWording.set(this.checklistWording(this.language())));
    effect(() => {
      const filters = this.filters();
      untracked(() => void this.store.load(filters));
    });
    effect(() => {
      const loaded = Object.fromEntries(
        this.store.columns().map((column) => [column.stage, column.cards.length]),
      ) as Record<Stage, number>;
      untracked(() => this.drawing.drawToward(loaded));
    });
    void this.store.loadLists();
  }

  /** Drop targets take only the moves the stage rules allow; the source column always takes its card back. */
  protected readonly canEnter = (drag: CdkDrag<CardView>, drop: CdkDropList<Stage>): boolean =>
    drop.data === drag.data.card.stage ||
    (drag.data.moves.find((m) => m.stage === drop.data)?.allowed ?? false);

  protected setFilter(key: keyof BoardFilters, value: string): void {
    const next: BoardFilters = { ...this.filters() };
    if (key === 'year') next.year = value ? Number(value) : undefined;
    else next[key] = value || undefined;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams(next),
      queryParamsHandling: 'merge',
    });
  }

  protected clearFilters(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filtersToParams({}),
      queryParamsHandling: 'merge',
    });
  }

  /**
   * The column's next page. The live region says how many came and how many of the column are now
   * shown; the focus goes to the first card that came (its title link, what Tab reaches first on a
   * card), so a keyboard user goes on from there instead of tabbing through the cards seen already.
   * When none came, the focus stays on the button, or goes to the column's heading if the button went.
   */
  protected async showMore(stage: Stage): Promise<void> {
    const added = await this.store.loadMore(stage);
    const column = this.store.columns().find((c) => c.stage === stage);
    if (!column) return;
    // Asked for, so drawn at once.
    this.drawing.drawNow(stage, column.cards.length);
    this.announcement.set(
      this.transloco.translate('board.moreShown', {
        count: added,
        stage: this.stageNames()[stage],
        shown: column.cards.length,
        total: column.count,
      }),
    );
    // A page's fresh cards go after the ones loaded before.
    const first = added > 0 ? column.cards[column.cards.length - added] : undefined;
    if (first) this.focusWhenDrawn(`[data-testid="board-card-${first.card.id}"] a.title`);
    else if (!column.more) document.getElementById(`stage-${stage}`)?.focus();
  }

  protected dragStarted(view: CardView): void {
    this.dragging.set(view);
    this.announcement.set(this.transloco.translate('board.dragging', { title: view.card.title }));
  }

  protected dropped(event: CdkDragDrop<Stage, Stage, CardView>): void {
    this.dragging.set(null);
    if (event.previousContainer === event.container) return;
    void this.requestMove(event.item.data, event.container.data);
  }

  /**
   * A drop on a column that refuses the card: the drop lists never take it (their predicate), so
   * the card snaps back; the column under the pointer says which move was refused, and the message
   * stays (role=alert) until dismissed.
   */
  protected dragEnded(view: CardView, event: CdkDragEnd): void {
    this.dragging.set(null);
    const under = document
      .elementFromPoint(event.dropPoint.x, event.dropPoint.y)
      ?.closest<HTMLElement>('[data-stage]');
    const stage = under?.dataset['stage'] as Stage | undefined;
    if (!stage || stage === view.card.stage) return;
    const reasons = this.reasonsFor(view, stage);
    if (reasons.length > 0)
      this.refuse(
        view.card.title,
        this.stageNames()[stage],
        reasons.map((reason) => describeRefusal(reason, this.language())),
      );
  }

  protected dismissRefusal(): void {
    this.refusalShown.set([]);
  }

  /** A stage chosen in a card's move menu; the focus comes back to the card afterwards. */
  protected async chosen(choice: StageMoveChoice<CardView>): Promise<void> {
    await this.requestMove(choice.subject, choice.stage);
    this.focusCard(choice.subject.card.id);
  }

  /**
   * Moves a card after the stage rules agree, asking what the move needs (libs/web/stage-moves:
   * the grant, period and report dates to Pågår; how it ended to Avslutad, always confirmed). A
   * refused move says why and sends nothing.
   */
  async requestMove(view: CardView, to: Stage): Promise<void> {
    if (this.busy()) return;
    const card = view.card;
    const stage = this.stageNames()[to];
    const reasons = this.reasonsFor(view, to);
    if (reasons.length > 0) {
      this.refuse(
        card.title,
        stage,
        reasons.map((reason) => describeRefusal(reason, this.language())),
      );
      return;
    }
    const request = await this.mover.request(
      {
        title: card.title,
        stage: card.stage,
        currency: card.currency,
        grantedMinor: card.grantedMinor,
        requestedGrantMinor: card.requestedMinor,
        plannedStart: card.plannedStart,
        plannedEnd: card.plannedEnd,
      },
      view.moves.find((m) => m.stage === to),
      to,
      this.language(),
      false,
    );
    if (request.kind === 'refused') {
      this.refuse(card.title, stage, request.reasons);
      return;
    }
    if (request.kind === 'cancelled') return;

    this.busy.set(true);
    try {
      // A refusal shown before stays until its reader dismisses it.
      await this.store.move(card, { to, ...request.details });
      this.announcement.set(this.transloco.translate('board.moved', { title: card.title, stage }));
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'move_refused') {
        this.refuse(
          card.title,
          stage,
          (apiError.reasons ?? []).map((reason) => reason.message),
        );
      } else if (apiError.code === 'stale_version') {
        const text = this.transloco.translate('board.stale', { title: card.title });
        this.refusalShown.set([text]);
        this.announcement.set(text);
      } else {
        this.notices.problem(apiError);
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected newIdea(): void {
    this.dialog
      .open<NewIdeaDialog, void, Project>(NewIdeaDialog, DIALOG_SIZE)
      .afterClosed()
      .subscribe((project) => {
        if (project) this.notices.confirm('board.ideaCreated', { title: project.title });
      });
  }

  private checklistWording(language: Language): ChecklistWording {
    const t = (key: string, params: Record<string, unknown>) =>
      this.transloco.translate(key, params, language);
    const overdue = (count: number) =>
      t(count === 1 ? 'board.checklist.overdueOne' : 'board.checklist.overdueMany', { count });
    return {
      overdue,
      label: ({ done, total, overdue: late }) =>
        late > 0
          ? t('board.checklist.labelOverdue', { done, total, overdue: overdue(late) })
          : t('board.checklist.label', { done, total }),
    };
  }

  private reasonsFor(view: CardView, to: Stage): MoveRefusal[] {
    const move = view.moves.find((m) => m.stage === to);
    if (move) return move.reasons;
    const check = checkMove(factsOf(view.card), to);
    return check.allowed ? [] : check.reasons;
  }

  private refuse(title: string, stage: string, reasons: string[]): void {
    this.refusalShown.set(reasons);
    this.announcement.set(
      this.transloco.translate('board.refused', { title, stage, reasons: reasons.join(' ') }),
    );
  }

  /**
   * Puts the focus back on the card's move button once the board has drawn the card where it is
   * now (another column after a move): the page body is where it would fall otherwise.
   */
  private focusCard(id: string): void {
    this.focusWhenDrawn(`[data-testid="board-move-${id}"]`);
  }

  /** Focuses what `selector` finds once the board has drawn it. */
  private focusWhenDrawn(selector: string): void {
    // The column draws its cards over a few frames: wait (a second at most) for this one.
    const attempt = (framesLeft: number) => {
      const target = document.querySelector<HTMLElement>(selector);
      if (target) target.focus();
      else if (framesLeft > 0) requestAnimationFrame(() => attempt(framesLeft - 1));
    };
    afterNextRender(() => attempt(60), { injector: this.injector });
  }
}
