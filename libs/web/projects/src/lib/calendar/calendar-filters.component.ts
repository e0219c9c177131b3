import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Department, PersonSummary, Programme } from '@gp/domain';
import { Subject, debounceTime, distinctUntilChanged } from 'rxjs';
import { CALENDAR_FILTER_KEYS, type CalendarFilterKey, type CalendarQuery } from './calendar-view';

export interface CalendarFilterChange {
  key: CalendarFilterKey;
  value: string;
}

/** The board's filters for the calendar: programme, department, project lead and free text. */
@Component({
  selector: 'gp-calendar-filters',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
  ],
  templateUrl: './calendar-filters.component.html',
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
export class CalendarFiltersComponent {
  readonly query = input.required<CalendarQuery>();
  readonly programmes = input<Programme[]>([]);
  readonly departments = input<Department[]>([]);
  readonly people = input<PersonSummary[]>([]);
  /** The search landmark's name, in the reader's language. */
  readonly label = input('');

  readonly filterChange = output<CalendarFilterChange>();
  readonly cleared = output<void>();

  protected readonly filtering = computed(() => CALENDAR_FILTER_KEYS.some((key) => !!this.query()[key]));

  private readonly text = new Subject<string>();

  constructor() {
    this.text
      .pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((value) => this.filterChange.emit({ key: 'q', value }));
  }

  protected search(value: string): void {
    this.text.next(value.trim());
  }

  protected choose(key: CalendarFilterKey, value: string): void {
    this.filterChange.emit({ key, value });
  }
}
