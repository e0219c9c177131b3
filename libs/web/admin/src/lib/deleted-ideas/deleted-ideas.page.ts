import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError, DeletedIdea, Project } from '@gp/domain';
import { LanguageStore, callApi, toApiError } from '@gp/web/core';
import { LocalDatePipe, NoticeService, PageHeaderComponent, ProblemAlertComponent } from '@gp/web/ui';

/**
 * The ideas deleted in the last 30 days, each with "Återställ": an idea deleted by mistake comes
 * back to the board with its history. After 30 days the worker purges them and they leave the list.
 */
@Component({
  selector: 'gp-deleted-ideas-page',
  imports: [
    LocalDatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PageHeaderComponent,
    ProblemAlertComponent,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './deleted-ideas.page.html',
  styleUrls: ['../shared/admin-page.scss'],
  styles: `
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeletedIdeasPage {
  private readonly http = inject(HttpClient);
  private readonly notices = inject(NoticeService);
  protected readonly locale = inject(LanguageStore).locale;

  protected readonly ideas = signal<DeletedIdea[]>([]);
  protected readonly loading = signal(true);
  protected readonly problem = signal<ApiError | null>(null);
  protected readonly busy = signal<string | null>(null);
  /** The idea just restored, linked so the admin can open it. */
  protected readonly restored = signal<Project | null>(null);

  constructor() {
    void this.load();
  }

  protected async restore(idea: DeletedIdea): Promise<void> {
    if (this.busy()) return;
    this.busy.set(idea.id);
    try {
      const project = await callApi(
        this.http.post<Project>(`/api/deleted-ideas/${encodeURIComponent(idea.id)}/restore`, {}),
      );
      this.restored.set(project);
      this.notices.confirm('stageMoves.deletedIdeas.restored', { title: idea.title });
      await this.load();
      // The row is gone: the heading takes the focus rather than the page body.
      document.getElementById('deleted-ideas-heading')?.focus();
    } catch (error) {
      this.notices.problem(toApiError(error));
      await this.load();
    } finally {
      this.busy.set(null);
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.ideas.set(await callApi(this.http.get<DeletedIdea[]>('/api/deleted-ideas')));
    } catch (error) {
      this.problem.set(toApiError(error));
    } finally {
      this.loading.set(false);
    }
  }
}
