import type { Programme } from '@gp/domain';

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
  version: 1,
  calls: [],
};
