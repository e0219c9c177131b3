import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink, type Params } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  OUTCOMES,
  PROJECT_TABLE_COLUMNS,
  PROJECT_TABLE_PAGE_SIZE,
  PROJECT_TABLE_SORTABLE,
  STAGES,
  outcomeName,
  projectTableHeader,
  stageName,
  type ProjectTableColumn,
  type ProjectTableQuery,
} from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import {
  EmptyStateComponent,
  PageHeaderComponent,
  ProblemAlertComponent,
  ProjectFiltersComponent,
  type ProjectFilterChange,
} from '@gp/web/ui';
import { alignsRight, cellText } from './project-table-cells';
import {
  TABLE_FILTER_KEYS,
  boardParamsOf,
  exportHref,
  sameTableQuery,
  tableFiltering,
  tableQueryFromParams,
  tableQueryToParams,
} from './project-table-query';
import { ProjectTableStore } from './project-table.store';

/**
 * The board's second view: every project the reader may read as rows, with the board's filters
 * plus stage and outcome, sorted and paged on the server, in the columns the person chose, and
 * exported whole as XLSX or CSV. Everything the table shows is in its address.
 */
@Component({
  selector: 'gp-project-table-page',
  imports: [
    EmptyStateComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatMenuModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    PageHeaderComponent,
    ProblemAlertComponent,
    ProjectFiltersComponent,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './project-table.page.html',
  styleUrl: './project-table.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectTablePage {
  protected readonly store = inject(ProjectTableStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly languages = inject(LanguageStore);

  protected readonly allColumns = PROJECT_TABLE_COLUMNS;
  protected readonly stages = STAGES;
  protected readonly outcomes = OUTCOMES;
  protected readonly pageSizes = [PROJECT_TABLE_PAGE_SIZE, 50, 100];
  protected readonly years = Array.from({ length: 8 }, (_, i) => new Date().getFullYear() + 2 - i);

  private readonly params = toSignal(this.route.queryParams, { initialValue: {} as Params });
  protected readonly query = computed(() => tableQueryFromParams(this.params()), { equal: sameTableQuery });
  protected readonly filtering = computed(() => tableFiltering(this.query()));
  protected readonly limit = computed(() => this.query().limit ?? PROJECT_TABLE_PAGE_SIZE);
  protected readonly pageIndex = computed(() => Math.floor((this.query().offset ?? 0) / this.limit()));
  protected readonly boardParams = computed(() => boardParamsOf(this.query()));
  protected readonly xlsxHref = computed(() => exportHref('xlsx', this.query()));
  protected readonly csvHref = computed(() => exportHref('csv', this.query()));

  /** Column headers from libs/domain, the words the export's header row uses too. */
  protected readonly headers = computed(() => {
    const language = this.languages.language();
    return Object.fromEntries(
      PROJECT_TABLE_COLUMNS.map((c) => [c, projectTableHeader(c, language)]),
    ) as Record<ProjectTableColumn, string>;
  });

  protected readonly stageNames = computed(() => {
    const language = this.languages.language();
    return Object.fromEntries(STAGES.map((s) => [s, stageName(s, language)])) as Record<string, string>;
  });
  protected readonly outcomeNames = computed(() => {
    const language = this.languages.language();
    return Object.fromEntries(OUTCOMES.map((o) => [o, outcomeName(o, language)])) as Record<string, string>;
  });

  /** Cell texts made once per page and language, not by a pipe per cell on every check. */
  protected readonly rows = computed(() => {
    const page = this.store.page();
    const language = this.languages.language();
    const words = { language, locale: this.languages.locale() };
    return (page?.rows ?? []).map((row) => ({
      id: row.id,
      title: row.title,
      cells: Object.fromEntries(
        this.store.columns().map((column) => [column, cellText(row, column, words)]),
      ) as Record<ProjectTableColumn, string>,
    }));
  });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => void this.store.load(query));
    });
    void this.store.loadColumns();
    void this.store.loadLists();
  }

  protected sortable(column: ProjectTableColumn): boolean {
    return PROJECT_TABLE_SORTABLE.includes(column);
  }

  protected alignsRight(column: ProjectTableColumn): boolean {
    return alignsRight(column);
  }

  protected shown(column: ProjectTableColumn): boolean {
    return this.store.columns().includes(column);
  }

  protected setFilter(change: ProjectFilterChange): void {
    this.navigate({ [change.key]: change.value || null, offset: null });
  }

  protected setYear(value: string): void {
    this.navigate({ year: value || null, offset: null });
  }

  protected setList(key: 'stage' | 'outcome', values: string[]): void {
    this.navigate({ [key]: values.length ? values : null, offset: null });
  }

  protected clearFilters(): void {
    this.navigate({ ...Object.fromEntries(TABLE_FILTER_KEYS.map((key) => [key, null])), offset: null });
  }

  /** Sorting starts again at the first page; no direction means the server's own order. */
  protected sortBy(sort: Sort): void {
    const next: ProjectTableQuery = {
      ...this.query(),
      sort: sort.direction ? (sort.active as ProjectTableColumn) : undefined,
      direction: sort.direction || undefined,
      offset: undefined,
    };
    this.navigate(tableQueryToParams(next));
  }

  protected pageTo(event: PageEvent): void {
    const limit = event.pageSize;
    this.navigate({
      offset: event.pageIndex * limit || null,
      limit: limit === PROJECT_TABLE_PAGE_SIZE ? null : limit,
    });
  }

  protected toggle(column: ProjectTableColumn, shown: boolean): void {
    void this.store.toggleColumn(column, shown);
  }

  /** Null removes a param, so the address holds only what is set. */
  private navigate(queryParams: Params): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
