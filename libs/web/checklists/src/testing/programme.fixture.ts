import type { Programme } from '@gp/domain';

/** Erasmus+ with no calls, the programme whose template the editor's spec changes. */
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
