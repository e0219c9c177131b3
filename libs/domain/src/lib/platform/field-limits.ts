import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../people/password-policy';

/**
 * The largest value of a PostgreSQL `integer` column: every `version`, position and count is one,
 * so a larger number is refused as input instead of failing in the database.
 */
export const INTEGER_COLUMN_MAX = 2_147_483_647;

/** A text's length in characters: `min` when an empty or one-letter text says nothing. */
export interface TextLimit {
  readonly min?: number;
  readonly max: number;
}

/**
 * How long each text may be and how many items each list may hold. The API's DTO decorators and
 * the web's form validators both read these, so a form never accepts what the API refuses.
 */
export const FIELD_LIMITS = {
  project: {
    title: { min: 2, max: 300 },
    purpose: { max: 10_000 },
    results: { max: 10_000 },
    publicSummary: { max: 5000 },
    contactName: { max: 200 },
    partnerOrganisation: { min: 1, max: 200 },
    theme: { min: 1, max: 100 },
    linkLabel: { min: 1, max: 200 },
    maxPartners: 100,
    maxThemes: 30,
    maxLinks: 20,
    /** The Agenda 2030 goals are numbered 1 to 17; each at most once. */
    maxSdgs: 17,
  },
  move: {
    comment: { max: 2000 },
  },
  search: {
    query: { max: 200 },
  },
  checklist: {
    title: { min: 2, max: 300 },
    guidance: { max: 4000 },
    comment: { max: 4000 },
    maxItems: 500,
  },
  coFunding: {
    justification: { max: 4000 },
    decisionComment: { max: 4000 },
    maxYears: 15,
    paragraph: { max: 30 },
    caseNumber: { max: 60 },
    bodyName: { min: 2, max: 200 },
    /** A year's meetings, and then some: a plan covers a few years at most. */
    maxMeetings: 100,
  },
  programme: {
    name: { min: 2, max: 200 },
    funder: { min: 2, max: 200 },
    description: { max: 5000 },
  },
  call: {
    title: { min: 2, max: 300 },
  },
  note: {
    text: { min: 1, max: 10_000 },
    /** More would be a mailing list, not a mention. */
    maxMentions: 20,
  },
  webLink: { max: 500 },
  person: {
    name: { min: 1, max: 200 },
    email: { max: 320 },
    password: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
    /** What a sign-in accepts as a password: long enough for any old password, short enough to hash cheaply. */
    passwordAttempt: { min: 1, max: 1024 },
    maxDepartments: 50,
  },
  department: {
    name: { min: 2, max: 200 },
  },
  organisation: {
    name: { min: 2, max: 200 },
  },
} as const;
