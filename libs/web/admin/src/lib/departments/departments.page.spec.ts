import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideTranslations } from '@gp/web/core';
import { DepartmentsPage } from './departments.page';
import { settleFixture } from '@gp/web/core/testing';

describe('DepartmentsPage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<DepartmentsPage>;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslations()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DepartmentsPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    backend.expectOne('/api/departments').flush([{ id: 'd1', name: 'Kultur', version: 1 }]);
    await settle();
  });

  afterEach(() => backend.verify());

  async function add(name: string): Promise<void> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Ny förvaltning' }));
    await ((await field.getControl(MatInputHarness)) as MatInputHarness).setValue(name);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Lägg till' }))).click();
  }

  it('adds a department to the list', async () => {
    await add('  Utbildning ');
    const request = backend.expectOne({ method: 'POST', url: '/api/departments' });
    expect(request.request.body).toEqual({ name: 'Utbildning' });
    request.flush({ id: 'd2', name: 'Utbildning', version: 1 });
    await settle();
    const table = await loader.getHarness(MatTableHarness);
    expect((await table.getCellTextByColumnName())['name'].text).toEqual(['Kultur', 'Utbildning']);
  });

  it('shows a taken name under the name field', async () => {
    await add('Kultur');
    backend
      .expectOne('/api/departments')
      .flush(
        { statusCode: 409, code: 'name_taken', message: 'x', errors: { name: ['name is already taken'] } },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Ny förvaltning' }));
    expect(await field.getTextErrors()).toEqual(['Det finns redan en förvaltning med det namnet.']);
  });

  it('names each rename button after its department', async () => {
    expect(
      await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Byt namn på Kultur"]' })),
    ).toBeTruthy();
  });
});
