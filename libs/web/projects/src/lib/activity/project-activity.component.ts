import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ACTIVITY_KINDS,
  formatMoney,
  parseBudgetChange,
  type ApiError,
  type BudgetAmount,
  type Currency,
  type ProjectActivity,
} from '@gp/domain';
import { ERROR_PARAMS, LanguageStore, callApi, errorKey } from '@gp/web/core';
import { LocalDatePipe } from '@gp/web/ui';
import { ProjectsApi } from '@gp/web/project-data';

const BUDGET_AMOUNT_LABELS: Record<BudgetAmount, string> = {
  totalMinor: 'project.total',
  requestedGrantMinor: 'project.requestedGrant',
  ownCashMinor: 'project.ownCash',
  ownInKindMinor: 'project.ownInKind',
  grantedMinor: 'project.granted',
};

/** The sentence for an activity kind; one the web app does not know yet still reads sensibly. */
export function activityKey(kind: string): string {
  return (ACTIVITY_KINDS as readonly string[]).includes(kind) ? `activity.kinds.${kind}` : 'activity.other';
}

/** What happened to the project besides stage moves: checklist ticks and co-funding steps, newest first. */
@Component({
  selector: 'gp-project-activity',
  imports: [LocalDatePipe, TranslocoPipe],
  template: `
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading">{{ 'activity.heading' | transloco }}</h2>
      @if (problem(); as p) {
        <p class="note">{{ errorKey(p.code) | transloco: errorParams }}</p>
      }
      <ol class="activity" data-testid="project-activity">
        @for (entry of entries(); track entry.id) {
          <li>
            <strong>{{
              activityKey(entry.kind)
                | transloco
                  : {
                      actor: entry.actorName ?? ('project.unknownPerson' | transloco),
                      subject: entry.subject,
                    }
            }}</strong>
            <span class="when">{{ entry.at | localDate: locale() }}</span>
            @if (budgetLines(entry); as lines) {
              <ul class="budget">
                @for (line of lines; track line.label) {
                  <li>{{ line.label | transloco }}: {{ line.before }} → {{ line.after }}</li>
                }
              </ul>
            } @else if (entry.comment) {
              <p>{{ entry.comment }}</p>
            }
          </li>
        } @empty {
          <li class="note">{{ 'activity.empty' | transloco }}</li>
        }
      </ol>
    </section>
  `,
  styles: `
    section {
      margin-bottom: 2rem;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.75rem;
    }
    .activity {
      padding-left: 1.25rem;
    }
    li {
      margin-bottom: 0.5rem;
    }
    .budget {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
    }
    .budget li {
      margin-bottom: 0;
    }
    .when,
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .when {
      margin-inline-start: 0.5rem;
    }
    p {
      margin: 0.25rem 0 0;
      white-space: pre-line;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectActivityComponent {
  private readonly api = inject(ProjectsApi);
  protected readonly locale = inject(LanguageStore).locale;

  readonly projectId = input.required<string>();
  /** Raised by the page whenever the checklist or co-funding changed, to fetch the news. */
  readonly revision = input(0);

  protected readonly activityKey = activityKey;
  private readonly language = inject(LanguageStore).language;

  /** A budget change's amounts in words and money, "Total budget: 1 200 000 kr → 1 500 000 kr". */
  protected budgetLines(
    entry: ProjectActivity,
  ): Array<{ label: string; before: string; after: string }> | null {
    const change = entry.kind === 'budget_changed' ? parseBudgetChange(entry.comment) : null;
    if (!change) return null;
    const money = (amountMinor: number | null, currency: Currency) =>
      amountMinor === null ? '–' : formatMoney({ amountMinor, currency }, this.language());
    const lines = change.amounts.map(({ field, before, after }) => ({
      label: BUDGET_AMOUNT_LABELS[field],
      before: money(before, change.currencyBefore),
      after: money(after, change.currency),
    }));
    return change.currencyBefore === change.currency
      ? lines
      : [{ label: 'project.currency', before: change.currencyBefore, after: change.currency }, ...lines];
  }
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;
  protected readonly entries = signal<ProjectActivity[]>([]);
  protected readonly problem = signal<ApiError | null>(null);

  constructor() {
    effect(() => {
      const id = this.projectId();
      this.revision();
      untracked(() => void this.load(id));
    });
  }

  private async load(projectId: string): Promise<void> {
    try {
      const entries = await callApi(this.api.activity(projectId));
      if (projectId === this.projectId()) {
        this.entries.set(entries);
        this.problem.set(null);
      }
    } catch (error) {
      if (projectId === this.projectId()) this.problem.set(error as ApiError);
    }
  }
}
