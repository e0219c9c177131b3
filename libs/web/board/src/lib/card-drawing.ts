import { ApplicationRef, DestroyRef, Injectable, inject, signal } from '@angular/core';
import { STAGES, type Stage } from '@gp/domain';
import { whenIdle } from './when-idle';

/** What one step may take: under the 50 ms that makes a long task, with room for layout. */
const STEP_BUDGET_MS = 30;
const MOST_PER_STEP = 12;
/** What a card costs to draw until a step has measured it: a busy machine's, so the first step is small. */
const FIRST_GUESS_MS_PER_CARD = 8;

type Drawn = Record<Stage, number>;
const NONE_DRAWN = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Drawn;
const total = (drawn: Drawn) => STAGES.reduce((sum, stage) => sum + drawn[stage], 0);

/**
 * How many loaded cards of each board column are in the page. The columns come first, then their
 * cards row by row whenever the browser is idle, as many per step as fit the idle time at what the
 * last steps cost a card (a few ms; several times that on a busy machine), the first screenful
 * within a few steps. So a full board shows at once and no step holds the page
 * (tools/bench/lighthouse.bench.mjs, "board-5000"). Counts only grow: a move never collapses a column.
 */
@Injectable()
export class CardDrawing {
  private readonly appRef = inject(ApplicationRef);

  readonly shown = signal<Drawn>(NONE_DRAWN);
  private msPerCard = FIRST_GUESS_MS_PER_CARD;
  private cancel: () => void = () => undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.cancel());
  }

  /** Draws toward `loaded` cards per column, a step at a time when the browser is idle. */
  drawToward(loaded: Drawn): void {
    this.cancel();
    if (STAGES.every((stage) => this.shown()[stage] >= loaded[stage])) return;
    this.cancel = whenIdle((deadline) => {
      this.step(loaded, deadline);
      this.drawToward(loaded);
    });
  }

  /** A column's cards up to `count` at once: someone asked for them. */
  drawNow(stage: Stage, count: number): void {
    this.shown.update((drawn) => ({ ...drawn, [stage]: Math.max(drawn[stage], count) }));
  }

  private step(loaded: Drawn, deadline?: IdleDeadline): void {
    const before = this.shown();
    const next = { ...before };
    const budget = Math.min(STEP_BUDGET_MS, deadline?.timeRemaining() ?? STEP_BUDGET_MS);
    const cards = Math.max(1, Math.min(MOST_PER_STEP, Math.floor(budget / this.msPerCard)));
    for (let i = 0; i < cards; i++) {
      // Row by row: the next card of the column drawn least far.
      const behind = STAGES.filter((stage) => next[stage] < loaded[stage]).sort(
        (a, b) => next[a] - next[b],
      )[0];
      if (!behind) break;
      next[behind]++;
    }
    const started = performance.now();
    this.shown.set(next);
    // Drawn here and now, so the step's cost is known and the next step sized by it.
    this.appRef.tick();
    const drawn = total(next) - total(before);
    if (drawn > 0) this.msPerCard = (this.msPerCard + (performance.now() - started) / drawn) / 2;
  }
}
