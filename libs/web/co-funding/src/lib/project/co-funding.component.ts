import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  approvedCoFunding,
  coFundingAwaitedFrom,
  coFundingBodyDecisionBar,
  coFundingChangeBar,
  coFundingWithdrawalBar,
  coFundingFacts,
  coFundingRequestBar,
  type ApiError,
  type CoFundingAwaited,
  type CoFundingRequest,
  type Department,
  type Project,
  type ProjectFacts,
} from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import {
  CoFundingStatusChipComponent,
  CoFundingYearsComponent,
  LocalDatePipe,
  NoticeService,
  confirmed,
  SectionMessagesComponent,
} from '@gp/web/ui';
import { SessionStore } from '@gp/web/session';
import { BodyDecisionDialog, type BodyDecisionDialogData } from '../decisions/body-decision.dialog';
import { CoFundingRouteComponent } from '../decisions/co-funding-route.component';
import { OwnContributionComponent } from './own-contribution.component';
import { CoFundingDialog, type CoFundingDialogData, type CoFundingDialogResult } from './co-funding.dialog';
import { CoFundingStore } from './co-funding.store';

const DIALOG_SIZE = { width: '44rem', maxWidth: '95vw', autoFocus: 'first-tabbable' } as const;

/**
 * The project's requests for co-funding from departments: what each asks per budget year, where
 * it stands, who decides and by when, and who decided. Those who edit the project ask, change and
 * withdraw requests; a coordinator or admin records a body's decision from its minutes; a head whose
 * decision or recommendation a request waits for is sent to that request on the approvals page,
 * where it is taken. What is approved stands beside the budget's own contribution.
 */
@Component({
  selector: 'gp-project-co-funding',
  imports: [
    SectionMessagesComponent,
    CoFundingRouteComponent,
    OwnContributionComponent,
    CoFundingStatusChipComponent,
    CoFundingYearsComponent,
    LocalDatePipe,
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [CoFundingStore],
  templateUrl: './co-funding.component.html',
  styleUrl: './co-funding.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoFundingComponent {
  protected readonly store = inject(CoFundingStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);
  private readonly notices = inject(NoticeService);
  protected readonly locale = inject(LanguageStore).locale;
  private readonly user = inject(SessionStore).user;

  readonly project = input.required<Project>();
  /** Whether the person edits this project (the page decides). */
  readonly mayEdit = input(false);
  /** The departments a request may go to. */
  readonly departments = input<readonly Department[]>([]);
  /** A request was made, changed or withdrawn, so the activity list has news. */
  readonly changed = output<void>();
  /**
   * Whether co-funding was asked and all of it approved, as libs/domain's stage rules judge a
   * submission, each time the loaded requests change (the page's move menu refuses in advance).
   */
  readonly stageFacts = output<Required<Pick<ProjectFacts, 'coFunding'>>>();

  protected readonly announcement = signal('');
  protected readonly message = signal<string | null>(null);

  private readonly projectId = computed(() => this.project().id);

  /** Approved co-funding per currency against the budget's own contribution. */
  protected readonly approved = computed(() =>
    approvedCoFunding(this.store.requests(), this.project().budget),
  );

  constructor() {
    effect(() => {
      const id = this.projectId();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      if (this.store.loaded()) this.stageFacts.emit({ coFunding: coFundingFacts(this.store.requests()) });
    });
  }

  /** libs/domain's rule, as the API applies it: a closed project asks no one, and each department once. */
  protected readonly mayAsk = computed(() => {
    const project = this.project();
    const departments = this.departments();
    if (!this.mayEdit() || coFundingRequestBar(project, []) !== null) return false;
    // Until the departments have arrived the button stays where it will be, so nothing moves.
    return (
      departments.length === 0 ||
      departments.some((d) => coFundingRequestBar(project, this.store.requests(), d.id) === null)
    );
  });

  /** libs/domain's rule, as the API applies it: any request but a withdrawn one may get new amounts. */
  protected mayChange(request: CoFundingRequest): boolean {
    return coFundingChangeBar(request) === null;
  }

  /** libs/domain's rule, as the API applies it: a rejection stays on record; pending or approved may be taken back. */
  protected mayWithdraw(request: CoFundingRequest): boolean {
    return coFundingWithdrawalBar(request) === null;
  }

  /** libs/domain's rule, as the API applies it: a coordinator or admin records a pending decision above delegation. */
  protected mayRecord(request: CoFundingRequest): boolean {
    const user = this.user();
    return !!user && coFundingBodyDecisionBar(user, request) === null;
  }

  /**
   * libs/domain's rule, as the approvals page and the API apply it: the head's decision (or
   * recommendation above her delegation) this request waits for, taken on the approvals page.
   */
  protected awaitedFromMe(request: CoFundingRequest): CoFundingAwaited | null {
    const user = this.user();
    return user ? coFundingAwaitedFrom(user, request) : null;
  }

  protected record(request: CoFundingRequest): void {
    this.message.set(null);
    this.dialog
      .open<BodyDecisionDialog, BodyDecisionDialogData, CoFundingRequest>(BodyDecisionDialog, {
        ...DIALOG_SIZE,
        data: { request },
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((decided) => {
        if (!decided) return;
        this.store.put(decided);
        this.announce(`coFundingDecisions.recorded.${decided.status}`, decided);
        this.changed.emit();
      });
  }

  protected ask(): void {
    this.open(null);
  }

  protected edit(request: CoFundingRequest): void {
    this.open(request);
  }

  protected async withdraw(request: CoFundingRequest): Promise<void> {
    const t = (key: string) => this.transloco.translate(key, { department: request.departmentName });
    const sure = await confirmed(this.dialog, {
      title: t('coFunding.withdrawTitle'),
      message: t('coFunding.withdrawText'),
      confirm: t('coFunding.withdraw'),
    });
    if (!sure) return;
    this.message.set(null);
    try {
      await this.store.withdraw(request);
      this.announce('coFunding.withdrawn', request);
      this.changed.emit();
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'stale_version') this.message.set('coFunding.stale');
      else this.notices.problem(apiError);
    }
  }

  private open(request: CoFundingRequest | null): void {
    this.message.set(null);
    const project = this.project();
    const asked = this.store.requests();
    const data: CoFundingDialogData = {
      request,
      // A new request goes to a department not yet asked (libs/domain's rule, as the API applies it).
      departments: request
        ? this.departments()
        : this.departments().filter((d) => coFundingRequestBar(project, asked, d.id) === null),
      start: {
        currency: project.budget.currency,
        firstYear: Number(project.plannedStart?.slice(0, 4)) || new Date().getFullYear(),
      },
    };
    this.dialog
      .open<CoFundingDialog, CoFundingDialogData, CoFundingDialogResult>(CoFundingDialog, {
        ...DIALOG_SIZE,
        data,
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        const key = !request
          ? 'coFunding.requested'
          : result.approvalAgain
            ? 'coFunding.savedForApproval'
            : 'coFunding.saved';
        this.announce(key, result.request);
        this.changed.emit();
      });
  }

  private announce(key: string, request: CoFundingRequest): void {
    this.announcement.set(
      this.transloco.translate(key, { department: request.departmentName, project: request.projectTitle }),
    );
  }
}
