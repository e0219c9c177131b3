import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  coFundingBodyDecisionBar,
  coFundingDecisionBar,
  coFundingRecommendationBar,
  type CoFundingDecision,
  type CoFundingDecisionBar,
  type CoFundingRecommendation,
  type CoFundingRequest,
} from '@gp/domain';
import { BodyDecisionDialog, type BodyDecisionDialogData } from '../decisions/body-decision.dialog';
import { RecommendationDialog, type RecommendationDialogData } from '../decisions/recommendation.dialog';
import { EmptyStateComponent, PageHeaderComponent, ProblemAlertComponent } from '@gp/web/ui';
import { ApprovalCardComponent } from './approval-card.component';
import { ApprovalsStore } from './approvals.store';
import { CommitmentsTableComponent } from './commitments-table.component';
import { DecisionDialog, type DecisionDialogData } from './decision.dialog';
import { SessionStore } from '@gp/web/session';

/** Who decides: what coFundingDecisionBar needs to know of the signed-in person. */
export type Approver = Parameters<typeof coFundingDecisionBar>[0];

const DIALOG_SIZE = { width: '36rem', maxWidth: '95vw', autoFocus: 'first-tabbable' } as const;

/** What one person may do with one request on this page. */
interface ApprovalCard {
  request: CoFundingRequest;
  bar: CoFundingDecisionBar | null;
  mayRecommend: boolean;
  mayRecord: boolean;
}

/**
 * Co-funding requests waiting for the head of department, each with its decision or the reason
 * this person may not take it (above delegation: a recommendation to the body instead), and the
 * departments' commitments per budget year. A coordinator reads every request here and records
 * the bodies' decisions from their minutes. An approval
 * email, and the project page of a request waiting for this person, link here with
 * `?request=<id>`: that request is brought forward and focused.
 */
@Component({
  selector: 'gp-approvals-page',
  imports: [
    ProblemAlertComponent,
    ApprovalCardComponent,
    CommitmentsTableComponent,
    EmptyStateComponent,
    MatProgressBarModule,
    PageHeaderComponent,
    TranslocoPipe,
  ],
  templateUrl: './approvals.page.html',
  styleUrl: './approvals.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalsPage {
  protected readonly store = inject(ApprovalsStore);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The signed-in person, read from the session: coFundingDecisionBar decides what they may approve. */
  private readonly user = inject(SessionStore).user;
  /** `?request=<id>` from an approval email or a project page. */
  readonly request = input<string | undefined>(undefined);

  protected readonly announcement = signal('');

  protected readonly cards = computed(() => this.store.requests().map((request) => this.card(request)));
  protected readonly linked = computed(() => {
    const request = this.store.linked();
    return request && request.id === this.request() ? this.card(request) : null;
  });

  constructor() {
    void this.store.load();
    effect(() => {
      const id = this.request();
      if (!this.store.loaded()) return;
      untracked(() => void this.bringForward(id));
    });
  }

  protected recommend(request: CoFundingRequest, recommendation: CoFundingRecommendation): void {
    this.dialog
      .open<RecommendationDialog, RecommendationDialogData, CoFundingRequest>(RecommendationDialog, {
        ...DIALOG_SIZE,
        data: { request, recommendation },
      })
      .afterClosed()
      .subscribe((advised) => {
        if (!advised) return;
        this.store.took(advised);
        this.announce(`coFundingDecisions.recommended.${recommendation}`, advised);
        this.focus(advised.id);
      });
  }

  protected record(request: CoFundingRequest): void {
    this.dialog
      .open<BodyDecisionDialog, BodyDecisionDialogData, CoFundingRequest>(BodyDecisionDialog, {
        ...DIALOG_SIZE,
        data: { request },
      })
      .afterClosed()
      .subscribe((decided) => {
        if (!decided) return;
        this.store.took(decided);
        this.announce(`coFundingDecisions.recorded.${decided.status}`, decided);
        this.focus(decided.id);
      });
  }

  private announce(key: string, request: CoFundingRequest): void {
    this.announcement.set(
      this.transloco.translate(key, { project: request.projectTitle, department: request.departmentName }),
    );
  }

  protected decide(request: CoFundingRequest, decision: CoFundingDecision): void {
    this.dialog
      .open<DecisionDialog, DecisionDialogData, CoFundingRequest>(DecisionDialog, {
        ...DIALOG_SIZE,
        data: { request, decision },
      })
      .afterClosed()
      .subscribe((decided) => {
        if (!decided) return;
        const key = decided.status === 'approved' ? 'approvals.approved' : 'approvals.rejected';
        this.announcement.set(
          this.transloco.translate(key, {
            project: decided.projectTitle,
            department: decided.departmentName,
          }),
        );
        // The buttons are gone with the decision; the card itself keeps the keyboard's place.
        this.focus(decided.id);
      });
  }

  private card(request: CoFundingRequest): ApprovalCard {
    const user = this.user();
    if (!user) return { request, bar: 'not_head_of_department', mayRecommend: false, mayRecord: false };
    return {
      request,
      bar: coFundingDecisionBar(user, request),
      mayRecommend: coFundingRecommendationBar(user, request) === null,
      mayRecord: coFundingBodyDecisionBar(user, request) === null,
    };
  }

  private async bringForward(id: string | undefined): Promise<void> {
    if (!id) return this.store.linked.set(null);
    await this.store.loadLinked(id);
    this.focus(id);
  }

  private focus(id: string): void {
    afterNextRender(
      () => {
        const card = this.host.nativeElement.querySelector<HTMLElement>(`[data-testid="approval-${id}"]`);
        card?.focus();
        card?.scrollIntoView?.({ block: 'center' });
      },
      { injector: this.injector },
    );
  }
}
