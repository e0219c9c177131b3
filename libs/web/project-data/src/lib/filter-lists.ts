import { byName, type Department, type PersonSummary, type Programme } from '@gp/domain';
import { callApi } from '@gp/web/core';
import type { ProjectsApi } from './projects.api';

/** What the board's and the calendar's filters choose from; a list that failed to load is absent. */
export interface FilterLists {
  departments?: Department[];
  programmes?: Programme[];
  people?: PersonSummary[];
}

/** The three lists, each sorted by name. One failing leaves the others usable. */
export async function loadFilterLists(api: ProjectsApi): Promise<FilterLists> {
  const [departments, programmes, people] = await Promise.allSettled([
    callApi(api.departments()),
    callApi(api.programmes()),
    callApi(api.people()),
  ]);
  return {
    ...(departments.status === 'fulfilled' ? { departments: [...departments.value].sort(byName) } : {}),
    ...(programmes.status === 'fulfilled' ? { programmes: [...programmes.value].sort(byName) } : {}),
    ...(people.status === 'fulfilled' ? { people: [...people.value].sort(byName) } : {}),
  };
}
