import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, contentChildren, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiError } from '@gp/domain';
import { EmptyStateComponent } from '../empty-state/empty-state.component';
import { ProblemAlertComponent } from '../problems/problem-alert.component';
import { AdminCellDirective } from './admin-cell.directive';

/** One column: its key (the cell template's name, or the row property shown as text) and heading. */
export interface AdminTableColumn {
  key: string;
  /** Translation key of the heading; none for the actions column, whose heading is read out only. */
  heading?: string;
  /** A class for the cells, e.g. `nowrap`. */
  cellClass?: string;
}

/** The one thing a row offers (edit, rename, read): an icon button at the row's end, named for the row. */
export interface AdminTableRowAction<T> {
  icon: string;
  /** Translation key of the button's accessible name, with the row's parameters. */
  label: string;
  params: (row: T) => Record<string, string>;
  run: (row: T) => void;
}

/** A row's id where it has one, else the row itself. */
function idOf(row: unknown): unknown {
  return typeof row === 'object' && row !== null && 'id' in row ? row.id : row;
}

/** Server paging, for the logs. */
export interface AdminTablePage {
  total: number;
  limit: number;
  offset: number;
  sizes: readonly number[];
}

/**
 * The table of the admin pages and the logs: loading bar, problem, empty state, a table that
 * scrolls sideways on a phone instead of squeezing (a focusable, named region, so keyboard users
 * can scroll it), and paging on the server when given a page.
 */
@Component({
  selector: 'gp-admin-table',
  imports: [
    EmptyStateComponent,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    NgTemplateOutlet,
    ProblemAlertComponent,
    TranslocoPipe,
  ],
  templateUrl: './admin-table.component.html',
  styleUrl: './admin-table.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminTableComponent<T> {
  readonly rows = input.required<readonly T[]>();
  readonly columns = input.required<readonly AdminTableColumn[]>();
  /** The table's accessible name (translated); or `labelledBy`, the id of a heading that names it. */
  readonly label = input<string | null>(null);
  readonly labelledBy = input<string | null>(null);
  readonly loading = input(false);
  /** A failed load; pages that announce problems of their own leave it out. */
  readonly problem = input<ApiError | null>(null);
  readonly emptyIcon = input('inbox');
  /** What an empty list says (translated); null shows nothing. */
  readonly emptyMessage = input<string | null>(null);
  readonly page = input<AdminTablePage | null>(null);
  readonly testId = input<string | null>(null);
  /** Many columns: the table keeps a width where they stay readable and scrolls instead. */
  readonly wide = input(false);
  readonly rowTestId = input<((row: T) => string) | null>(null);
  /**
   * What makes a row the same row after a reload (its id, unless given). The row keeps its
   * element, so the dialog a row's button opened gives the focus back to that button after a save.
   */
  readonly rowKey = input<(row: T) => unknown>(idOf);
  /** With an `actions` column: its button for each row. */
  readonly rowAction = input<AdminTableRowAction<T> | null>(null);
  readonly pageChange = output<PageEvent>();

  private readonly cells = contentChildren(AdminCellDirective);
  protected readonly cellTemplates = computed(
    () => new Map(this.cells().map((c) => [c.column(), c.template])),
  );
  protected readonly columnKeys = computed(() => this.columns().map((c) => c.key));
  protected readonly empty = computed(
    () => !this.loading() && this.rows().length === 0 && !this.problem() && (this.page()?.total ?? 0) === 0,
  );

  protected readonly trackRow = (_index: number, row: T): unknown => this.rowKey()(row);

  protected text(row: T, key: string): unknown {
    return row[key as keyof T];
  }

  protected paramsOf(action: AdminTableRowAction<T>, row: T): Record<string, string> {
    return action.params(row);
  }

  protected runOn(action: AdminTableRowAction<T>, row: T): void {
    action.run(row);
  }

  protected testIdOf(row: T): string | null {
    const of = this.rowTestId();
    return of ? of(row) : null;
  }
}
