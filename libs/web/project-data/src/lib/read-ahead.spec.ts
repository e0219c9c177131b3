import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideDeskTesting } from '@gp/web/core/testing';
import { firstValueFrom } from 'rxjs';
import { ReadAhead } from './read-ahead';

describe('ReadAhead (a page starts its sections’ reads with its own)', () => {
  let reads: ReadAhead;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideDeskTesting() });
    reads = TestBed.inject(ReadAhead);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  it('sends the read at once and gives its answer to the first section that asks, once', async () => {
    const settled = reads.start('/api/reminders/planned', { projectId: 'p1' });
    backend.expectOne('/api/reminders/planned?projectId=p1').flush([{ id: 'r1' }]);
    await settled;

    // The section asks after the answer came: no second request.
    await expect(firstValueFrom(reads.get('/api/reminders/planned', { projectId: 'p1' }))).resolves.toEqual([
      { id: 'r1' },
    ]);
    backend.expectNone('/api/reminders/planned?projectId=p1');

    // A later read (a reload) goes to the server again.
    const again = firstValueFrom(reads.get('/api/reminders/planned', { projectId: 'p1' }));
    backend.expectOne('/api/reminders/planned?projectId=p1').flush([]);
    await expect(again).resolves.toEqual([]);
  });

  it('hands a section the read still on its way, and its error as if it had asked itself', async () => {
    const settled = reads.start('/api/projects/p1/checklist');
    const taken = firstValueFrom(reads.get('/api/projects/p1/checklist'));
    backend
      .expectOne('/api/projects/p1/checklist')
      .flush({ code: 'not_found' }, { status: 404, statusText: 'Not Found' });
    await expect(settled).resolves.toBeUndefined();
    await expect(taken).rejects.toMatchObject({ status: 404 });
  });

  it('does not give out an answer read too long ago: the section asks the server', async () => {
    jest.useFakeTimers({
      now: new Date('2027-01-12T09:00:00Z'),
      doNotFake: ['setTimeout', 'queueMicrotask'],
    });
    void reads.start('/api/reminders/preferences');
    backend.expectOne('/api/reminders/preferences').flush({ mutedProjectIds: ['old'] });
    jest.setSystemTime(new Date('2027-01-12T09:00:16Z'));

    const fresh = firstValueFrom(reads.get('/api/reminders/preferences'));
    backend.expectOne('/api/reminders/preferences').flush({ mutedProjectIds: [] });
    await expect(fresh).resolves.toEqual({ mutedProjectIds: [] });
  });

  it('joins a read started moments ago instead of sending it twice, and sends it again later', async () => {
    jest.useFakeTimers({
      now: new Date('2027-01-12T09:00:00Z'),
      doNotFake: ['setTimeout', 'queueMicrotask'],
    });
    const first = reads.start('/api/projects/p1');
    const second = reads.start('/api/projects/p1');
    backend.expectOne('/api/projects/p1').flush({ id: 'p1', version: 1 });
    await Promise.all([first, second]);
    await expect(firstValueFrom(reads.get('/api/projects/p1'))).resolves.toEqual({ id: 'p1', version: 1 });

    jest.setSystemTime(new Date('2027-01-12T09:00:06Z'));
    void reads.start('/api/departments');
    jest.setSystemTime(new Date('2027-01-12T09:00:12Z'));
    void reads.start('/api/departments');
    expect(backend.match('/api/departments')).toHaveLength(2);
  });
});
