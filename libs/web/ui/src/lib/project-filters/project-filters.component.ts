import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Department, PersonSummary, Programme } from '@gp/domain';
import { Subject, debounceTime, distinctUntilChanged } from 'rxjs';

/** The filters the board and the calendar share. */
export type ProjectFilterKey = 'programmeId' | 'departmentId' | 'projectLeadId' | 'q';
export type ProjectFilterValues = Partial<Record<ProjectFilterKey, string>>;

export interface ProjectFilterChange {
  key: ProjectFilterKey;
  value: string;
}

/**
 * Programme, department, project lead and free text, as a search landmark; a page adds its own
 * fields inside (the board its year). Typing is debounced; every change is reported, never kept.
 */
@Component({
  selector: 'gp-project-filters',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  templateUrl: './project-filters.component.html',
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem 1rem;
    }
    mat-form-field {
      flex: 1 1 12rem;
      max-width: 20rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'search', '[attr.aria-label]': 'label()' },
})
export class ProjectFiltersComponent {
  readonly filters = input.required<ProjectFilterValues>();
  readonly programmes = input<Programme[]>([]);
  readonly departments = input<Department[]>([]);
  readonly people = input<PersonSummary[]>([]);
  /** Whether any filter is set, the page's own included: it shows "clear filters". */
  readonly filtering = input(false);
  /** The search landmark's name, in the reader's language. */
  readonly label = input('');
  /** What the text field searches, in the reader's language. */
  readonly searchLabel = input('');
  /** Names the fields for tests: `board` gives `board-filter-q`. */
  readonly testIdPrefix = input.required<string>();

  readonly filterChange = output<ProjectFilterChange>();
  readonly cleared = output<void>();

  private readonly text = new Subject<string>();

  constructor() {
    this.text
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((value) => this.filterChange.emit({ key: 'q', value }));
  }

  protected search(value: string): void {
    this.text.next(value.trim());
  }

  protected choose(key: ProjectFilterKey, value: string): void {
    this.filterChange.emit({ key, value });
  }
}
