import {
  coFundingAmountsChanged,
  coFundingAwaitedFrom,
  coFundingChangeBar,
  coFundingDecisionBar,
  coFundingFacts,
  coFundingTotal,
  coFundingYearsProblem,
  coFundingWithdrawalBar,
  coFundingRequestBar,
} from './co-funding-rules';

const request = {
  departmentId: 'utb',
  requestedById: 'maja',
  status: 'pending' as const,
  route: { route: 'head' as const },
};

describe('who decides on co-funding', () => {
  it('lets a head of the department asked decide', () => {
    expect(
      coFundingDecisionBar({ id: 'karin', roles: ['department_head'], departmentIds: ['utb'] }, request),
    ).toBeNull();
  });

  it('lets an admin decide for any department', () => {
    expect(coFundingDecisionBar({ id: 'elin', roles: ['admin'], departmentIds: [] }, request)).toBeNull();
  });

  it('bars the head of another department, and every other role', () => {
    expect(
      coFundingDecisionBar({ id: 'per', roles: ['department_head'], departmentIds: ['soc'] }, request),
    ).toBe('not_head_of_department');
    for (const role of ['coordinator', 'project_lead', 'viewer'] as const) {
      expect(coFundingDecisionBar({ id: 'x', roles: [role], departmentIds: ['utb'] }, request)).toBe(
        'not_head_of_department',
      );
    }
  });

  it('bars the person who made the request, even as head or admin', () => {
    expect(
      coFundingDecisionBar(
        { id: 'maja', roles: ['admin', 'department_head'], departmentIds: ['utb'] },
        request,
      ),
    ).toBe('own_request');
  });

  it('decides only pending requests', () => {
    expect(
      coFundingDecisionBar(
        { id: 'karin', roles: ['department_head'], departmentIds: ['utb'] },
        {
          ...request,
          status: 'approved',
        },
      ),
    ).toBe('not_pending');
  });
});

describe('coFundingAwaitedFrom', () => {
  const karin = { id: 'karin', roles: ['department_head'] as const, departmentIds: ['utb'] };
  const advised = { ...request, recommendation: null, route: { route: 'committee' as const } };

  it('waits for the decision of a head of the department asked, within her delegation', () => {
    expect(coFundingAwaitedFrom(karin, { ...request, recommendation: null })).toBe('decision');
    expect(
      coFundingAwaitedFrom(
        { id: 'elin', roles: ['admin'], departmentIds: [] },
        { ...request, recommendation: null },
      ),
    ).toBe('decision');
  });

  it('waits for her recommendation above her delegation, until she has given one', () => {
    expect(coFundingAwaitedFrom(karin, advised)).toBe('recommendation');
    expect(coFundingAwaitedFrom(karin, { ...advised, recommendation: 'for' })).toBeNull();
  });

  it('waits for nothing from others, from the one who asked, or once decided', () => {
    const per = { id: 'per', roles: ['department_head'] as const, departmentIds: ['soc'] };
    const maja = { id: 'maja', roles: ['coordinator', 'department_head'] as const, departmentIds: ['utb'] };
    expect(coFundingAwaitedFrom(per, { ...request, recommendation: null })).toBeNull();
    expect(coFundingAwaitedFrom(maja, { ...request, recommendation: null })).toBeNull();
    expect(coFundingAwaitedFrom(maja, advised)).toBeNull();
    expect(coFundingAwaitedFrom(karin, { ...request, status: 'approved', recommendation: null })).toBeNull();
    expect(coFundingAwaitedFrom(karin, { ...advised, status: 'rejected' })).toBeNull();
  });
});

describe('co-funding facts for the stage rules', () => {
  it('is not asked without live requests', () => {
    expect(coFundingFacts([])).toEqual({ asked: false, approved: false });
    expect(coFundingFacts([{ status: 'withdrawn' }])).toEqual({ asked: false, approved: false });
  });

  it('is approved only when every live request is', () => {
    expect(coFundingFacts([{ status: 'approved' }, { status: 'withdrawn' }])).toEqual({
      asked: true,
      approved: true,
    });
    expect(coFundingFacts([{ status: 'approved' }, { status: 'pending' }])).toEqual({
      asked: true,
      approved: false,
    });
    expect(coFundingFacts([{ status: 'rejected' }])).toEqual({ asked: true, approved: false });
  });
});

describe('co-funding years', () => {
  it('needs at least one year, each once, and some amount', () => {
    expect(coFundingYearsProblem([])).toBe('years_missing');
    expect(
      coFundingYearsProblem([
        { year: 2027, cashMinor: 1, inKindMinor: 0 },
        { year: 2027, cashMinor: 1, inKindMinor: 0 },
      ]),
    ).toBe('year_repeated');
    expect(coFundingYearsProblem([{ year: 2027, cashMinor: 0, inKindMinor: 0 }])).toBe('amount_missing');
    expect(coFundingYearsProblem([{ year: 2027, cashMinor: 0, inKindMinor: 5 }])).toBeNull();
  });

  it('tells a changed amount from a reordered one', () => {
    const a = [
      { year: 2027, cashMinor: 100, inKindMinor: 0 },
      { year: 2028, cashMinor: 50, inKindMinor: 10 },
    ];
    expect(coFundingAmountsChanged(a, [...a].reverse())).toBe(false);
    expect(coFundingAmountsChanged(a, [a[0], { ...a[1], cashMinor: 51 }])).toBe(true);
    expect(coFundingTotal(a)).toEqual({ cashMinor: 150, inKindMinor: 10 });
  });
});

describe('coFundingWithdrawalBar and coFundingChangeBar', () => {
  it('withdraws pending and approved requests, never a rejected or withdrawn one', () => {
    expect(coFundingWithdrawalBar({ status: 'pending' })).toBeNull();
    expect(coFundingWithdrawalBar({ status: 'approved' })).toBeNull();
    expect(coFundingWithdrawalBar({ status: 'rejected' })).toBe('rejected_not_withdrawn');
    expect(coFundingWithdrawalBar({ status: 'withdrawn' })).toBe('withdrawn');
  });

  it('changes any request but a withdrawn one', () => {
    expect(coFundingChangeBar({ status: 'pending' })).toBeNull();
    expect(coFundingChangeBar({ status: 'approved' })).toBeNull();
    expect(coFundingChangeBar({ status: 'rejected' })).toBeNull();
    expect(coFundingChangeBar({ status: 'withdrawn' })).toBe('withdrawn');
  });
});

describe('coFundingRequestBar', () => {
  const asked = (status: 'pending' | 'approved' | 'rejected' | 'withdrawn') => [
    { departmentId: 'd1', status },
  ];

  it('asks no department on a closed project', () => {
    expect(coFundingRequestBar({ stage: 'closed' }, [])).toBe('project_closed');
    expect(coFundingRequestBar({ stage: 'running' }, [])).toBeNull();
  });

  it('asks a department once: again only by changing its request, or after withdrawing it', () => {
    for (const status of ['pending', 'approved', 'rejected'] as const)
      expect(coFundingRequestBar({ stage: 'application' }, asked(status), 'd1')).toBe('already_asked');
    expect(coFundingRequestBar({ stage: 'application' }, asked('withdrawn'), 'd1')).toBeNull();
    expect(coFundingRequestBar({ stage: 'application' }, asked('pending'), 'd2')).toBeNull();
  });
});
