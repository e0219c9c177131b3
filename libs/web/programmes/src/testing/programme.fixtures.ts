import type { Call, Programme } from '@gp/domain';

/** Erasmus+ with no calls yet, for component tests; a test adds what it needs with a spread. */
export const erasmusFixture: Programme = {
  id: 'erasmus',
  name: 'Erasmus+',
  funder: 'Europeiska kommissionen',
  kind: 'eu_direct',
  coFinancingRatePercent: 80,
  link: null,
  descriptionSv: '',
  descriptionEn: '',
  extractWorkingDays: 5,
  version: 1,
  calls: [],
};

/** Erasmus+'s KA220 call: opens in November, closes in March at 11:00 Brussels time. */
export const ka220Fixture: Call = {
  id: 'ka220',
  programmeId: 'erasmus',
  title: 'KA220 Samarbetspartnerskap',
  opensOn: '2026-11-20',
  deadline: '2027-03-05T11:00:00Z',
  deadlineTimeZone: 'Europe/Brussels',
  maxGrantMinor: 40_000_000,
  maxGrantCurrency: 'EUR',
  coFinancingRatePercent: 80,
  link: null,
  version: 1,
};
