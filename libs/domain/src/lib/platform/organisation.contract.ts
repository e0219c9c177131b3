import type { Country } from '../co-funding/decision-body.contract';
import type { ReportingCurrency } from '../portfolio/report.contract';

/** The organisation the desk serves, as its pages and reports name it (GET /api/organisation). */
export interface Organisation {
  /** Null until set (ORGANISATION_NAME). */
  name: string | null;
  country: Country;
  reportingCurrency: ReportingCurrency;
}
