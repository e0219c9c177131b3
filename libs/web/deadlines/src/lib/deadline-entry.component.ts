import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { deadlineKindName, type Deadline } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { LocalDatePipe } from '@gp/web/ui';
import { DEADLINE_KIND_ICONS } from '@gp/web/ui';
import { isLate } from './calendar-view';

/**
 * One deadline as a link to its project: its kind in an icon and words, a call's closing time in
 * the reader's zone, what it concerns, and "late", "done" or "cancelled" in words.
 */
@Component({
  selector: 'gp-deadline-entry',
  imports: [LocalDatePipe, MatIconModule, RouterLink, TranslocoPipe],
  template: `
    @let d = deadline();
    <a
      [routerLink]="['/projects', d.projectId]"
      [attr.data-testid]="'deadline-' + d.id"
      [class.closed]="closed()"
    >
      <span class="kind">
        <mat-icon aria-hidden="true" [svgIcon]="icon()" />
        <span
          >{{ kindName() }}
          @if (d.dueAt) {
            · {{ 'calendar.at' | transloco: { time: (d.dueAt | localDate: locale() : 'time') } }}
          }
        </span>
      </span>
      <span class="what">{{ what() }}</span>
      @if (late()) {
        <span class="marker late"
          ><mat-icon aria-hidden="true" svgIcon="warning" />{{ 'calendar.overdue' | transloco }}</span
        >
      } @else if (closed()) {
        <span class="marker"
          ><mat-icon aria-hidden="true" [svgIcon]="d.status === 'done' ? 'check_circle' : 'block'" />{{
            'calendar.status.' + d.status | transloco
          }}</span
        >
      }
    </a>
  `,
  styles: `
    a {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      padding: 0.25rem 0.375rem;
      border-radius: var(--mat-sys-corner-extra-small);
      border-inline-start: 3px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface);
      text-decoration: none;
      font: var(--mat-sys-body-small);
      overflow-wrap: anywhere;
    }
    a:hover .what {
      text-decoration: underline;
    }
    a.closed {
      border-inline-start-color: var(--mat-sys-outline);
      color: var(--mat-sys-on-surface-variant);
    }
    .kind,
    .marker {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .what {
      color: var(--mat-sys-primary);
      font-weight: 500;
    }
    .marker.late {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    mat-icon {
      flex: none;
      width: 16px;
      height: 16px;
      font-size: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeadlineEntryComponent {
  private readonly languages = inject(LanguageStore);

  readonly deadline = input.required<Deadline>();
  /** YYYY-MM-DD, from the page, so every entry agrees on what is late. */
  readonly today = input.required<string>();

  protected readonly locale = this.languages.locale;
  protected readonly icon = computed(() => DEADLINE_KIND_ICONS[this.deadline().kind] ?? 'event');
  protected readonly kindName = computed(() =>
    deadlineKindName(this.deadline().kind, this.languages.language()),
  );
  /** The call, item or department it is about, and the project; the project alone when they are one. */
  protected readonly what = computed(() => {
    const { title, projectTitle } = this.deadline();
    return title && title !== projectTitle ? `${title} – ${projectTitle}` : projectTitle;
  });
  protected readonly late = computed(() => isLate(this.deadline(), this.today()));
  protected readonly closed = computed(() => this.deadline().status !== 'open');
}
