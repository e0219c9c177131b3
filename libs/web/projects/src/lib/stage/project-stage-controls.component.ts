import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { stageName, type ApiError, type Programme, type Project, type Stage } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { NoticeService, confirmed } from '@gp/web/ui';
import {
  StageMoveMenuComponent,
  StageMover,
  factsOfProject,
  stageOptions,
  type StageMoveChoice,
} from '@gp/web/stage-moves';
import { ProjectPageStore } from '../project-page.store';
import { ReopenDialog, type ReopenDialogData } from './reopen.dialog';

/**
 * The project page's stage controls: "Flytta projektet" (the board's menu and dialog, from
 * libs/web/stage-moves, with a comment on every move), "Återöppna" for a closed project, and
 * "Ta bort idén". After a move the focus comes back to the move button (or to Återöppna when the
 * project closed); what happened is announced, and a refusal stays on the page until dismissed.
 */
@Component({
  selector: 'gp-project-stage-controls',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, StageMoveMenuComponent, TranslocoPipe],
  templateUrl: './project-stage-controls.component.html',
  styles: `
    :host { display: block; }
    .controls { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0; }
    .refusal { display: flex; align-items: flex-start; gap: 0.5rem; color: var(--mat-sys-error); }
    .refusal ul { flex: 1; margin: 0; padding-left: 1rem; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectStageControlsComponent {
  private readonly store = inject(ProjectPageStore);
  private readonly mover = inject(StageMover);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly language = inject(LanguageStore).language;

  readonly project = input.required<Project>();
  readonly programmes = input.required<Programme[]>();
  /** Where "back" leads, for after an idea is deleted. */
  readonly backUrl = input('/board');
  /** The stage history or activity changed: the page refreshes its activity list. */
  readonly changed = output<void>();

  protected readonly busy = signal(false);
  protected readonly refusal = signal<string[]>([]);
  protected readonly reopenTo = this.store.reopenTo;
  protected readonly mayDelete = this.store.mayDelete;

  /** Every other stage with libs/domain's answer, for whoever may move this project. */
  protected readonly options = computed(() => {
    const project = this.project();
    if (!this.store.mayEdit() || project.stage === 'closed') return null;
    const call = this.programmes()
      .find((p) => p.id === project.programmeId)
      ?.calls.find((c) => c.id === project.callId);
    return stageOptions(
      factsOfProject(project, call?.deadline ?? null, this.store.sectionFacts()),
      project.budget.currency,
    );
  });

  protected stage(stage: Stage): string {
    return stageName(stage, this.language());
  }

  protected dismissRefusal(): void {
    this.refusal.set([]);
  }

  protected async chosen(choice: StageMoveChoice<Project>): Promise<void> {
    const project = this.project();
    if (this.busy()) return;
    const to = choice.stage;
    const request = await this.mover.request(
      {
        title: project.title,
        stage: project.stage,
        currency: project.budget.currency,
        grantedMinor: project.budget.grantedMinor,
        requestedGrantMinor: project.budget.requestedGrantMinor,
        plannedStart: project.plannedStart,
        plannedEnd: project.plannedEnd,
        interimReportOn: project.interimReportOn,
        finalReportOn: project.finalReportOn,
        results: project.results,
      },
      this.options()?.find((option) => option.stage === to),
      to,
      this.language(),
      true,
    );
    if (request.kind === 'cancelled') return this.focusControls();
    if (request.kind === 'refused') return this.refuse(to, request.reasons);
    this.busy.set(true);
    try {
      await this.store.move(project, { to, ...request.details });
      this.refusal.set([]);
      void this.announcer.announce(this.transloco.translate('stageMoves.moved', { stage: this.stage(to) }));
      this.changed.emit();
    } catch (error) {
      const apiError = error as ApiError;
      if (apiError.code === 'move_refused')
        this.refuse(
          to,
          (apiError.reasons ?? []).map((reason) => reason.message),
        );
      else if (apiError.code === 'stale_version') this.refusal.set([this.transloco.translate('project.stale')]);
      else this.notices.problem(apiError);
    } finally {
      this.busy.set(false);
      this.focusControls();
    }
  }

  protected async reopen(): Promise<void> {
    const project = this.project();
    const to = this.reopenTo();
    if (!to || this.busy()) return;
    const comment = await firstValueFrom(
      this.dialog
        .open<ReopenDialog, ReopenDialogData, string>(ReopenDialog, {
          width: '32rem',
          maxWidth: '95vw',
          autoFocus: 'first-tabbable',
          data: { title: project.title, stage: this.stage(to) },
        })
        .afterClosed(),
    );
    if (comment === undefined) return;
    this.busy.set(true);
    try {
      const reopened = await this.store.reopen(project, comment);
      void this.announcer.announce(
        this.transloco.translate('stageMoves.reopen.done', { stage: this.stage(reopened.stage) }),
      );
      this.changed.emit();
    } catch (error) {
      this.notices.problem(error as ApiError);
    } finally {
      this.busy.set(false);
      this.focusControls();
    }
  }

  protected async deleteIdea(): Promise<void> {
    const project = this.project();
    if (this.busy()) return;
    const sure = await confirmed(this.dialog, {
      title: this.transloco.translate('stageMoves.deleteIdea.title'),
      message: this.transloco.translate('stageMoves.deleteIdea.message', { title: project.title }),
      confirm: this.transloco.translate('stageMoves.deleteIdea.confirm'),
    });
    if (!sure) return;
    this.busy.set(true);
    try {
      await this.store.deleteIdea(project);
      this.notices.confirm('stageMoves.deleteIdea.done', { title: project.title });
      await this.router.navigateByUrl(this.backUrl());
    } catch (error) {
      this.notices.problem(error as ApiError);
    } finally {
      this.busy.set(false);
    }
  }

  private refuse(to: Stage, reasons: string[]): void {
    this.refusal.set(reasons);
    void this.announcer.announce(
      this.transloco.translate('stageMoves.refused', { stage: this.stage(to), reasons: reasons.join(' ') }),
      'assertive',
    );
  }

  /** Back to the move button once the page has drawn the project's new stage (Återöppna if it closed). */
  private focusControls(): void {
    const attempt = (framesLeft: number) => {
      const button = document.querySelector<HTMLElement>(
        '[data-testid="project-move"], [data-testid="project-reopen"]',
      );
      if (button) button.focus();
      else if (framesLeft > 0) requestAnimationFrame(() => attempt(framesLeft - 1));
    };
    afterNextRender(() => attempt(60), { injector: this.injector });
  }
}
