import type { PortfolioReport, ProjectTablePage, ProjectTableRow } from '@gp/domain';

export function tableRow(overrides: Partial<ProjectTableRow> = {}): ProjectTableRow {
  return {
    id: 'p1',
    title: 'Hållbar hamn',
    stage: 'running',
    outcome: 'granted',
    programmeName: 'Interreg Öresund-Kattegat-Skagerrak',
    callTitle: 'Utlysning 3',
    callDeadline: '2026-03-01T22:59:00Z',
    departmentName: 'Samhällsbyggnad',
    projectLeadName: 'Jonas Ek',
    coordinatorName: 'Maja Lindqvist',
    plannedStart: '2026-05-01',
    plannedEnd: '2028-04-30',
    currency: 'EUR',
    totalMinor: 100_000_000,
    requestedGrantMinor: 60_000_000,
    ownCashMinor: 20_000_000,
    ownInKindMinor: 20_000_000,
    grantedMinor: 55_000_000,
    municipalityRole: 'lead_partner',
    partners: ['Aalborg Kommune (DK)', 'Moss kommune (NO)'],
    sdgs: [11, 14],
    internationalisationForm: 'cooperation',
    decisionDate: '2026-04-10',
    updatedAt: '2026-04-11T08:00:00Z',
    ...overrides,
  };
}

export function tablePage(rows: ProjectTableRow[], total = rows.length, offset = 0, limit = 25): ProjectTablePage {
  return { rows, total, offset, limit };
}

export function portfolioReport(overrides: Partial<PortfolioReport> = {}): PortfolioReport {
  return {
    query: { from: '2026-01-01', to: '2026-12-31' },
    applications: {
      submitted: 12,
      granted: 5,
      rejected: 3,
      pending: 3,
      withdrawn: 1,
      successRateByCount: 0.625,
      successRateByAmount: 0.5,
    },
    grantedByProgramme: [
      {
        key: 'prog1',
        label: 'Erasmus+',
        applications: 4,
        granted: 2,
        grantedMinor: 150_000_000,
        ownCoFundingMinor: 50_000_000,
        leverage: 3,
      },
    ],
    grantedByDepartment: [],
    grantedByYear: [
      {
        key: '2026',
        label: '2026',
        applications: 12,
        granted: 5,
        grantedMinor: 400_000_000,
        ownCoFundingMinor: 0,
        leverage: null,
      },
    ],
    pipeline: [
      { stage: 'idea', count: 4, valueMinor: 0 },
      { stage: 'application', count: 3, valueMinor: 90_000_000 },
    ],
    deadlines: { met: 20, missed: 2, callDeadlinesMet: 9, callDeadlinesMissed: 1 },
    goals: [
      { goal: 13, runningProjects: 2 },
      { goal: 4, runningProjects: 3 },
    ],
    forms: [{ form: 'cooperation', runningProjects: 4 }],
    rates: {
      reportingCurrency: 'SEK',
      used: [{ currency: 'EUR', month: '2026-03', rate: 11.0925, source: 'InforEuro', demo: true }],
      missing: [{ currency: 'NOK', month: '2026-02', amountMinor: 5_000_000 }],
    },
    ...overrides,
  };
}
