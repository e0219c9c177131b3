import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError, DecisionBody } from '@gp/domain';
import { DecisionBodiesStore } from './decision-bodies.store';

const body = (kind: DecisionBody['kind'], name: string, meetings: string[] = []): DecisionBody => ({
  id: `${kind}-${name.length}`,
  kind,
  name,
  departmentId: kind === 'committee' ? 'd1' : null,
  reportDaysBefore: 21,
  minutesWorkingDays: 3,
  meetings,
  version: 1,
});

describe('DecisionBodiesStore', () => {
  let store: DecisionBodiesStore;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(DecisionBodiesStore);
    backend = TestBed.inject(HttpTestingController);
    const loading = store.load();
    backend
      .expectOne('/api/decision-bodies')
      .flush([
        body('committee', 'Socialnämnden'),
        body('council', 'Kommunfullmäktige'),
        body('committee', 'Barn- och utbildningsnämnden', ['2027-02-16', '2027-01-19']),
        body('municipal_board', 'Kommunstyrelsen'),
      ]);
    await loading;
  });

  afterEach(() => backend.verify());

  it('lists the board, the council, then the committees by name, each plan in order', () => {
    expect(store.bodies().map((b) => b.name)).toEqual([
      'Kommunstyrelsen',
      'Kommunfullmäktige',
      'Barn- och utbildningsnämnden',
      'Socialnämnden',
    ]);
    expect(store.bodies()[2].meetings).toEqual(['2027-01-19', '2027-02-16']);
  });

  it('saves a change under the version it read', async () => {
    const board = store.bodies()[0];
    const saving = store.update(board, { ...board, meetings: ['2027-01-13'] });
    const request = backend.expectOne({ method: 'PATCH', url: '/api/decision-bodies/municipal_board-15' });
    expect(request.request.body).toMatchObject({ meetings: ['2027-01-13'], version: 1 });
    request.flush({ ...board, meetings: ['2027-01-13'], version: 2 });
    expect((await saving).version).toBe(2);
    expect(store.bodies()[0].meetings).toEqual(['2027-01-13']);
  });

  it('loads the list again when the body was deleted elsewhere', async () => {
    const council = store.bodies()[1];
    const removing = store.remove(council);
    backend
      .expectOne({ method: 'DELETE', url: '/api/decision-bodies/council-17' })
      .flush({ statusCode: 404, code: 'not_found', message: 'x' }, { status: 404, statusText: 'Not Found' });
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve));
    backend.expectOne('/api/decision-bodies').flush([body('municipal_board', 'Kommunstyrelsen')]);
    await expect(removing).rejects.toMatchObject({ code: 'not_found' } satisfies Partial<ApiError>);
    expect(store.bodies().map((b) => b.name)).toEqual(['Kommunstyrelsen']);
  });
});
