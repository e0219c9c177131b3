import type { Country } from '../co-funding/decision-body.contract';
import type { ReportingCurrency } from '../portfolio/report.contract';

/** The organisation the desk serves, as its pages and reports name it (GET /api/organisation). */
export interface Organisation {
  /** Null until set (an administrator's setting, else ORGANISATION_NAME). */
  name: string | null;
  country: Country;
  reportingCurrency: ReportingCurrency;
  /** Whether a logo is set: the public page shows it, from /public-projects/logo. */
  hasLogo: boolean;
}

/** What an administrator sets (GET/PUT /api/organisation/settings). */
export interface OrganisationSettings {
  /** The name as set here; null leaves ORGANISATION_NAME (the configuration) in force. */
  name: string | null;
  /** The web sites allowed to frame the public page and read its JSON from a browser, as origins. */
  embedOrigins: string[];
  hasLogo: boolean;
  logoType: LogoType | null;
  version: number;
}

export interface UpdateOrganisationSettingsInput {
  name: string | null;
  embedOrigins: string[];
  version: number;
}

/** A logo as the public page shows it: an image the browser draws, never a script (so no SVG). */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];
/** A municipal logo is a few tens of kilobytes; the page loads it for every visitor. */
export const LOGO_MOST_BYTES = 256 * 1024;

/** PUT /api/organisation/logo: the image's bytes as base64. */
export interface UploadLogoInput {
  contentBase64: string;
}
