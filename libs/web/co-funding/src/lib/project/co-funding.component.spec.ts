import { HttpTestingController } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import type { CoFundingRequest, CoFundingStatus } from '@gp/domain';
import { provideDeskTesting, settleFixture } from '@gp/web/core/testing';
import { projectFixture } from '@gp/web/project-data/testing';
import { CoFundingComponent } from './co-funding.component';
import { PLANNED_WITHIN_DELEGATION } from '../co-funding.fixture';

const request = (id: string, status: CoFundingStatus, departmentName: string): CoFundingRequest => ({
  id,
  projectId: 'p1',
  projectTitle: 'Grön omställning',
  departmentId: `d-${id}`,
  departmentName,
  currency: 'SEK',
  years: [{ year: 2027, cashMinor: 10_000_000, inKindMinor: 0 }],
  justification: 'Lärare i projektet.',
  status,
  requestedById: 'u2',
  requestedByName: 'Lena Lind',
  requestedAt: '2027-01-10T09:00:00Z',
  decidedById: status === 'pending' ? null : 'u5',
  decidedByName: status === 'pending' ? null : 'Karin Holm',
  decidedAt: status === 'pending' ? null : '2027-01-12T09:00:00Z',
  decisionComment: status === 'rejected' ? 'Ingen budget i år.' : null,
  ...PLANNED_WITHIN_DELEGATION,
  version: 2,
});

describe('CoFundingComponent', () => {
  async function render(requests: CoFundingRequest[]) {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: provideDeskTesting() });
    const fixture = TestBed.createComponent(CoFundingComponent);
    fixture.componentRef.setInput('project', projectFixture);
    fixture.componentRef.setInput('mayEdit', true);
    await settleFixture(fixture);
    TestBed.inject(HttpTestingController).expectOne('/api/projects/p1/co-funding-requests').flush(requests);
    await settleFixture(fixture);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const labels = async (text: RegExp) =>
      Promise.all((await loader.getAllHarnesses(MatButtonHarness.with({ text }))).map((b) => b.getText()));
    return { labels };
  }

  it('offers no withdrawal of a rejected request: the rejection stays on record (as the API rules)', async () => {
    const { labels } = await render([
      request('r1', 'rejected', 'Kultur'),
      request('r2', 'pending', 'Skola'),
      request('r3', 'approved', 'Miljö'),
      request('r4', 'withdrawn', 'Teknik'),
    ]);
    // Pending and approved may be withdrawn; the rejected one may only get new amounts.
    expect(await labels(/Dra tillbaka/)).toHaveLength(2);
    // Every request but the withdrawn one may be changed.
    expect(await labels(/Ändra/)).toHaveLength(3);
  });
});
