import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideDeskTesting } from '@gp/web/core/testing';
import { firstValueFrom } from 'rxjs';
import { CoFundingApi } from './co-funding.api';

describe('CoFundingApi (the one client of the co-funding resource)', () => {
  let api: CoFundingApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideDeskTesting() });
    api = TestBed.inject(CoFundingApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('withdraws a project request under the version shown', async () => {
    const answer = firstValueFrom(api.withdraw('r/1', 4));
    const request = backend.expectOne('/api/co-funding-requests/r%2F1/withdraw');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ version: 4 });
    request.flush({ id: 'r/1' });
    await answer;
  });

  it('asks for the pending requests a head of department decides on', async () => {
    const answer = firstValueFrom(api.pending());
    const request = backend.expectOne((r) => r.url === '/api/co-funding-requests');
    expect(request.request.params.get('status')).toBe('pending');
    request.flush([]);
    expect(await answer).toEqual([]);
  });

  it('sets a department frame for a budget year and asks the delegated decisions of one department', async () => {
    const frame = firstValueFrom(api.setFrame('d1', 2027, { amountMinor: 50_000_000, currency: 'SEK' }));
    const put = backend.expectOne('/api/departments/d1/co-funding-frames/2027');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ amountMinor: 50_000_000, currency: 'SEK' });
    put.flush([]);
    await frame;
    const delegated = firstValueFrom(api.delegatedDecisions('d1'));
    const get = backend.expectOne((r) => r.url === '/api/co-funding/delegated-decisions');
    expect(get.request.params.get('departmentId')).toBe('d1');
    get.flush({ decisions: [] });
    await delegated;
  });
});
