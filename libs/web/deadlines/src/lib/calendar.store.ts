import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, Deadline, DeadlineFilters, Department, PersonSummary, Programme } from '@gp/domain';
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
    } catch (error) {
      if (request === this.latest) {
        this.deadlines.set([]);
        this.problem.set(error as ApiError);
      }
    } finally {
      if (request === this.latest) this.loading.set(false);
    }
  }

  async loadLists(): Promise<void> {
    const { departments, programmes, people } = await loadFilterLists(this.projects);
    if (departments) this.departments.set(departments);
    if (programmes) this.programmes.set(programmes);
    if (people) this.people.set(people);
  }
}
