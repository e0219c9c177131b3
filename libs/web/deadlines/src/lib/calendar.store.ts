import { Injectable, inject, signal } from '@angular/core';
import {
  addDays,
  type ApiError,
  type Deadline,
  type DeadlineFilters,
  type Department,
  type PersonSummary,
  type Programme,
} from '@gp/domain';
import { callApi } from '@gp/web/core';
import { ProjectsApi } from '@gp/web/project-data';
import { loadFilterLists } from '@gp/web/project-data';
import { CalendarApi } from './calendar.api';

/** The deadlines for the calendar's period and filters, and the lists its filters offer. */
@Injectable({ providedIn: 'root' })
export class CalendarStore {
  private readonly api = inject(CalendarApi);
  private readonly projects = inject(ProjectsApi);

  readonly deadlines = signal<Deadline[]>([]);
  /** When the period has none: the first deadline after it with the same filters, if any. */
  readonly nextAfter = signal<Deadline | null>(null);
  readonly loading = signal(false);
  readonly problem = signal<ApiError | null>(null);

  readonly departments = signal<Department[]>([]);
  readonly programmes = signal<Programme[]>([]);
  readonly people = signal<PersonSummary[]>([]);

  // Paging through months sends several requests; only the latest one's answers may show.
  private latest = 0;

  /**
   * Every deadline of the period, however many pages that takes. Each page shows as it comes, so
   * the calendar fills in instead of waiting; `loading` lasts until the last one.
   */
  async load(filters: DeadlineFilters): Promise<void> {
    const request = ++this.latest;
    this.loading.set(true);
    this.problem.set(null);
    this.nextAfter.set(null);
    try {
      let page = await callApi(this.api.deadlines(filters));
      if (request !== this.latest) return;
      this.deadlines.set(page.items);
      while (page.nextCursor) {
        page = await callApi(this.api.deadlines({ ...filters, cursor: page.nextCursor }));
        // A newer period or filter took over: its own pages follow, not these.
        if (request !== this.latest) return;
        const items = page.items;
        this.deadlines.update((shown) => [...shown, ...items]);
      }
      if (this.deadlines().length === 0 && filters.to) await this.findNextAfter(filters, request);
    } catch (error) {
      if (request === this.latest) {
        this.deadlines.set([]);
        this.problem.set(error as ApiError);
      }
    } finally {
      if (request === this.latest) this.loading.set(false);
    }
  }

  /** An empty month says when the next deadline is, so nobody pages month by month to find it. */
  private async findNextAfter(filters: DeadlineFilters, request: number): Promise<void> {
    const after = addDays(filters.to as string, 1);
    const page = await callApi(this.api.deadlines({ ...filters, from: after, to: undefined, limit: 1 }));
    if (request === this.latest) this.nextAfter.set(page.items[0] ?? null);
  }

  async loadLists(): Promise<void> {
    const { departments, programmes, people } = await loadFilterLists(this.projects);
    if (departments) this.departments.set(departments);
    if (programmes) this.programmes.set(programmes);
    if (people) this.people.set(people);
  }
}
