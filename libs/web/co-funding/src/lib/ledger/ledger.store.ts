import { Injectable, inject, signal } from '@angular/core';
import type { Currency, Department, LedgerYear } from '@gp/domain';
import { LoadState, callApi } from '@gp/web/core';
import { CoFundingApi } from '@gp/web/co-funding-data';
import { ProjectsApi } from '@gp/web/project-data';

/**
 * The co-funding ledger per department and budget year, and the departments a frame may be set
 * for. Setting a frame answers with the whole ledger, which then replaces the one shown.
 */
@Injectable()
export class LedgerStore {
  private readonly api = inject(CoFundingApi);
  private readonly projects = inject(ProjectsApi);
  private readonly state = new LoadState();

  readonly rows = signal<LedgerYear[]>([]);
  readonly departments = signal<Department[]>([]);
  readonly loading = this.state.loading;
  readonly loaded = this.state.loaded;
  readonly problem = this.state.problem;

  load(): Promise<void> {
    return this.state.run(
      () => Promise.all([callApi(this.api.ledger()), callApi(this.projects.departments())]),
      ([rows, departments]) => {
        this.rows.set(rows);
        this.departments.set(departments);
      },
    );
  }

  async setFrame(
    departmentId: string,
    year: number,
    frame: { amountMinor: number; currency: Currency },
  ): Promise<void> {
    this.rows.set(await callApi(this.api.setFrame(departmentId, year, frame)));
  }
}
