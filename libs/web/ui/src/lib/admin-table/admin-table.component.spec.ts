import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideTranslations } from '@gp/web/core';
import {
  AdminTableComponent,
  type AdminTableColumn,
  type AdminTableRowAction,
} from './admin-table.component';

interface Row {
  id: string;
  name: string;
}

@Component({
  imports: [AdminTableComponent],
  template: `<gp-admin-table [rows]="rows()" [columns]="columns" label="Rader" [rowAction]="action" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly rows = signal<Row[]>([{ id: 'a', name: 'Utbildning' }]);
  readonly columns: AdminTableColumn[] = [{ key: 'name', heading: 'users.name' }, { key: 'actions' }];
  readonly opened: Row[] = [];
  readonly action: AdminTableRowAction<Row> = {
    icon: 'edit',
    label: 'departments.rename',
    params: (row) => ({ name: row.name }),
    run: (row) => this.opened.push(row),
  };
}

describe('AdminTableComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ providers: [provideTranslations()] }));

  it('keeps a saved row’s button, so a dialog it opened can give the focus back to it', async () => {
    const fixture = TestBed.createComponent(Host);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const button = await loader.getHarness(MatButtonHarness);
    const before = fixture.nativeElement.querySelector('tr[mat-row] button') as HTMLButtonElement;
    await button.click();
    expect(fixture.componentInstance.opened.map((row) => row.id)).toEqual(['a']);
    before.focus();

    // The store answers a save with a new object for the same row.
    fixture.componentInstance.rows.set([{ id: 'a', name: 'Utbildningsförvaltningen' }]);
    fixture.detectChanges();
    await fixture.whenStable();

    const after = fixture.nativeElement.querySelector('tr[mat-row] button') as HTMLButtonElement;
    expect(fixture.nativeElement.textContent).toContain('Utbildningsförvaltningen');
    expect(after).toBe(before);
    expect(document.activeElement).toBe(after);
  });
});
