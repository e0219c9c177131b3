import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { coFundingTotal, readsWholePortfolio, type Department } from '@gp/domain';
import { LanguageStore, LoadState, callApi } from '@gp/web/core';
import { CoFundingApi, type DelegatedDecisions } from '@gp/web/co-funding-data';
import { ProjectsApi } from '@gp/web/project-data';
import { SessionStore } from '@gp/web/session';
import { LocalDatePipe, LocalDayPipe, LocalMoneyPipe, PageHeaderComponent, ProblemAlertComponent } from '@gp/web/ui';

/**
 * "Delegated decisions to report": the decisions a department's head took under delegation since
 * its committee last met, listed for the committee's next meeting (anmälan av delegationsbeslut),
 * for the head or the committee's secretary to print. Admins and coordinators pick the department;
 * a head sees their own.
 */
@Component({
  selector: 'gp-delegated-decisions-page',
  imports: [
    LocalDatePipe,
    LocalDayPipe,
    LocalMoneyPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeaderComponent,
    ProblemAlertComponent,
    TranslocoPipe,
  ],
  templateUrl: './delegated-decisions.page.html',
  styleUrl: './delegated-decisions.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DelegatedDecisionsPage {
  private readonly api = inject(CoFundingApi);
  private readonly projects = inject(ProjectsApi);
  private readonly router = inject(Router);
  private readonly user = inject(SessionStore).user;
  private readonly languages = inject(LanguageStore);
  protected readonly locale = this.languages.locale;
  protected readonly language = this.languages.language;
  private readonly state = new LoadState();
  protected readonly loading = this.state.loading;
  protected readonly problem = this.state.problem;

  /** From the address; absent on /co-funding/delegated, where the department is picked. */
  readonly departmentId = input<string | undefined>(undefined);

  private readonly allDepartments = signal<Department[]>([]);
  protected readonly report = signal<DelegatedDecisions | null>(null);

  /** The departments this person may report for: all for portfolio readers, a head's own otherwise. */
  protected readonly departments = computed(() => {
    const user = this.user();
    if (!user) return [];
    const all = this.allDepartments();
    return readsWholePortfolio(user.roles) ? all : all.filter((d) => user.departmentIds.includes(d.id));
  });

  protected readonly rows = computed(() =>
    (this.report()?.decisions ?? []).map((request) => {
      const total = coFundingTotal(request.years);
      return {
        request,
        totalMinor: total.cashMinor + total.inKindMinor,
        years: request.years
          .filter((y) => y.cashMinor + y.inKindMinor > 0)
          .map((y) => y.year)
          .join(', '),
      };
    }),
  );

  constructor() {
    void callApi(this.projects.departments()).then(
      (departments) => this.allDepartments.set(departments),
      () => this.allDepartments.set([]),
    );
    effect(() => {
      const id = this.departmentId();
      const user = this.user();
      untracked(() => {
        if (id) return void this.load(id);
        this.report.set(null);
        // A head reports for their own department: no picking needed.
        const own = user && !readsWholePortfolio(user.roles) ? user.departmentIds[0] : undefined;
        if (own) void this.router.navigate(['/co-funding/delegated', own], { replaceUrl: true });
      });
    });
  }

  protected pick(departmentId: string): void {
    void this.router.navigate(['/co-funding/delegated', departmentId]);
  }

  protected print(): void {
    window.print();
  }

  private load(departmentId: string): Promise<void> {
    return this.state.run(
      () => callApi(this.api.delegatedDecisions(departmentId)),
      (report) => this.report.set(report),
    );
  }
}
