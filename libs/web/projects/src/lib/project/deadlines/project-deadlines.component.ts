import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { projectCalendarFileUrl } from '../../calendar/calendar.api';
import { PlannedRemindersComponent } from '../../notifications/planned-reminders.component';

/** How many of a project's next reminders its page lists; the reminders page has the rest. */
const SHOWN_REMINDERS = 6;

/** The project's deadlines as a calendar file, and the next reminders the desk will send about them. */
@Component({
  selector: 'gp-project-deadlines',
  imports: [MatButtonModule, MatIconModule, PlannedRemindersComponent, RouterLink, TranslocoPipe],
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
        <mat-icon aria-hidden="true" fontIcon="event" />{{ 'project.icsDownload' | transloco }}
      </a>
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
    .note {
      max-width: 48rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectDeadlinesComponent {
  readonly projectId = input.required<string>();

  protected readonly shownReminders = SHOWN_REMINDERS;
  protected readonly icsUrl = computed(() => projectCalendarFileUrl(this.projectId()));
}
