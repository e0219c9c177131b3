import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError } from '@gp/domain';
import { callApi } from '@gp/web/core';
import { NoticeService } from '@gp/web/ui';
import { projectCalendarFileUrl } from '@gp/web/project-data';
import { PlannedRemindersComponent } from '../planned-reminders.component';
import { ProjectMuteApi } from './project-mute.api';

/** How many of a project's next reminders its page lists; the reminders page has the rest. */
const SHOWN_REMINDERS = 6;

/**
 * The project's deadlines as a calendar file, the next reminders the desk will send about them,
 * and whether the signed-in person wants them.
 */
@Component({
  selector: 'gp-project-deadlines',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatSlideToggleModule,
    PlannedRemindersComponent,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    <section aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">{{ 'project.deadlinesHeading' | transloco }}</h2>
      <p class="note" id="project-ics-hint">{{ 'project.icsHint' | transloco }}</p>
      <a
        mat-stroked-button
        download
        data-testid="project-ics"
        aria-describedby="project-ics-hint"
        [href]="icsUrl()"
      >
        <mat-icon aria-hidden="true" svgIcon="event" />{{ 'project.icsDownload' | transloco }}
      </a>
      @if (muted(); as state) {
        <p class="note" id="project-mute-hint">{{ 'project.projectMuteHint' | transloco }}</p>
        <mat-slide-toggle
          data-testid="project-mute"
          aria-describedby="project-mute-hint"
          [checked]="!state.muted"
          (change)="toggle($event)"
          >{{ 'project.projectMute' | transloco }}</mat-slide-toggle
        >
      }
      <p class="note" role="status" aria-live="polite" aria-atomic="true">
        @if (announcement(); as key) {
          {{ key | transloco }}
        }
      </p>
      <h3>{{ 'project.nextReminders' | transloco }}</h3>
      <gp-planned-reminders
        [projectId]="projectId()"
        [limit]="shownReminders"
        [compact]="true"
        emptyKey="project.noReminders"
      />
      <p>
        <a routerLink="/notifications" [queryParams]="{ projectId: projectId() }">{{
          'project.allReminders' | transloco
        }}</a>
      </p>
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
    h3 {
      font: var(--mat-sys-title-small);
      margin: 1.25rem 0 0.5rem;
    }
    mat-slide-toggle {
      display: block;
      margin-bottom: 0.5rem;
    }
    .note {
      max-width: 48rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectDeadlinesComponent {
  private readonly muteApi = inject(ProjectMuteApi);
  private readonly notices = inject(NoticeService);

  readonly projectId = input.required<string>();

  protected readonly shownReminders = SHOWN_REMINDERS;
  protected readonly icsUrl = computed(() => projectCalendarFileUrl(this.projectId()));
  /** The muted project ids from the preferences, read once; null until they have come. */
  private readonly mutedIds = signal<ReadonlySet<string> | null>(null);
  /** Wrapped in an object so that "not muted" still shows the toggle under @if. */
  protected readonly muted = computed(() => {
    const ids = this.mutedIds();
    return ids ? { muted: ids.has(this.projectId()) } : null;
  });
  protected readonly announcement = signal<string | null>(null);
  private readonly busy = signal(false);

  constructor() {
    void this.loadMutes();
  }

  protected async toggle(change: MatSlideToggleChange): Promise<void> {
    const projectId = this.projectId();
    const mute = !change.checked;
    if (this.busy()) {
      change.source.checked = mute;
      return;
    }
    this.busy.set(true);
    this.announcement.set(null);
    try {
      await callApi(mute ? this.muteApi.mute(projectId) : this.muteApi.unmute(projectId));
      const ids = new Set(this.mutedIds() ?? []);
      if (mute) ids.add(projectId);
      else ids.delete(projectId);
      this.mutedIds.set(ids);
      this.announcement.set(mute ? 'project.projectMuted' : 'project.projectUnmuted');
    } catch (error) {
      // The toggle moved on its own; put it back to what the server still has.
      change.source.checked = mute;
      this.notices.problem(error as ApiError);
    } finally {
      this.busy.set(false);
    }
  }

  private async loadMutes(): Promise<void> {
    try {
      const preferences = await callApi(this.muteApi.preferences());
      this.mutedIds.set(new Set(preferences.mutedProjectIds));
    } catch {
      // Without the preferences the toggle stays hidden; the rest of the section still works.
      this.mutedIds.set(null);
    }
  }
}
