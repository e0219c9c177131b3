import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError, Call, Programme } from '@gp/domain';
import { ProgrammesStore } from './programmes.store';

const call = (id: string, deadline: string, version = 1): Call => ({
  id,
  programmeId: 'erasmus',
  title: `Call ${id}`,
  opensOn: null,
  deadline,
  deadlineTimeZone: 'Europe/Brussels',
  maxGrantMinor: null,
  maxGrantCurrency: null,
  coFinancingRatePercent: null,
  link: null,
  version,
});

const programme = (id: string, name: string, calls: Call[] = [], version = 1): Programme => ({
  id,
  name,
  funder: 'Europeiska kommissionen',
  kind: 'eu_direct',
  coFinancingRatePercent: 80,
  link: null,
  descriptionSv: '',
  descriptionEn: '',
  extractWorkingDays: 5,
  version,
  calls,
});

describe('ProgrammesStore', () => {
  let store: ProgrammesStore;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(ProgrammesStore);
    backend = TestBed.inject(HttpTestingController);
    const loading = store.load();
    backend
      .expectOne('/api/programmes')
      .flush([
        programme('interreg', 'Interreg Central Baltic'),
        programme('erasmus', 'Erasmus+', [
          call('late', '2027-10-01T10:00:00Z'),
          call('soon', '2027-03-05T11:00:00Z'),
        ]),
      ]);
    await loading;
  });

  afterEach(() => backend.verify());

  it('lists programmes by name, each with its calls soonest deadline first', () => {
    expect(store.programmes().map((p) => p.name)).toEqual(['Erasmus+', 'Interreg Central Baltic']);
    expect(store.programmes()[0].calls.map((c) => c.id)).toEqual(['soon', 'late']);
    expect(store.loading()).toBe(false);
  });

  it('keeps the problem when the list cannot be fetched', async () => {
    const loading = store.load();
    backend.expectOne('/api/programmes').flush(null, { status: 0, statusText: 'Unknown Error' });
    await loading;
    expect(store.problem()?.code).toBe('network_error');
  });

  it('puts a new call among the others by its deadline', async () => {
    const adding = store.addCall(store.programmes()[0], {
      title: 'Call middle',
      opensOn: null,
      deadlineLocal: '2027-05-11T17:00',
      deadlineTimeZone: 'Europe/Brussels',
      maxGrantMinor: null,
      maxGrantCurrency: null,
      coFinancingRatePercent: null,
      link: null,
    });
    backend
      .expectOne({ method: 'POST', url: '/api/programmes/erasmus/calls' })
      .flush(call('middle', '2027-05-11T15:00:00Z'));
    await adding;
    expect(store.programmes()[0].calls.map((c) => c.id)).toEqual(['soon', 'middle', 'late']);
  });

  it('on a stale programme edit, takes the current programme into the list and rejects', async () => {
    const erasmus = store.programmes()[0];
    const updating = store.update(erasmus, { ...erasmus, name: 'Erasmus plus' });
    const request = backend.expectOne({ method: 'PATCH', url: '/api/programmes/erasmus' });
    expect(request.request.body).toMatchObject({ name: 'Erasmus plus', version: 1 });
    request.flush(
      {
        statusCode: 409,
        code: 'stale_version',
        message: 'x',
        current: programme('erasmus', 'Erasmus+ 2021–2027', erasmus.calls, 2),
      },
      { status: 409, statusText: 'Conflict' },
    );
    await expect(updating).rejects.toMatchObject<Partial<ApiError>>({ code: 'stale_version' });
    expect(store.programmes()[0]).toMatchObject({ name: 'Erasmus+ 2021–2027', version: 2 });
  });

  it('on a stale call edit, takes the current call into its programme and rejects', async () => {
    const soon = store.programmes()[0].calls[0];
    const updating = store.updateCall(soon, {
      title: 'Changed',
      opensOn: null,
      deadlineLocal: '2027-03-05T12:00',
      deadlineTimeZone: 'Europe/Brussels',
      maxGrantMinor: null,
      maxGrantCurrency: null,
      coFinancingRatePercent: null,
      link: null,
    });
    backend.expectOne({ method: 'PATCH', url: '/api/calls/soon' }).flush(
      {
        statusCode: 409,
        code: 'stale_version',
        message: 'x',
        current: { ...call('soon', '2027-12-01T11:00:00Z', 2), title: 'Theirs' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await expect(updating).rejects.toMatchObject<Partial<ApiError>>({ code: 'stale_version' });
    expect(store.programmes()[0].calls.map((c) => [c.id, c.title])).toEqual([
      ['late', 'Call late'],
      ['soon', 'Theirs'],
    ]);
  });
});
