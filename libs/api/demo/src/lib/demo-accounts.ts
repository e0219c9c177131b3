import type { Language, Role } from '@gp/domain';

/** The departments of the demo municipality, named as Swedish municipalities name them. */
export const DEMO_DEPARTMENTS = [
  'Kommunledningsförvaltningen',
  'Utbildningsförvaltningen',
  'Socialförvaltningen',
  'Kultur- och fritidsförvaltningen',
  'Tekniska förvaltningen',
  'Miljö- och byggförvaltningen',
] as const;

export type DemoDepartment = (typeof DEMO_DEPARTMENTS)[number];

export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
  departments: DemoDepartment[];
  language: Language;
}

/** Shared by every demo account; printed by the launcher. Never used outside demo data. */
export const DEMO_PASSWORD = 'demo-password';

/** One invented person per role (no real names, addresses or numbers). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@demo.kommun.se',
    name: 'Elin Andersson',
    roles: ['admin'],
    departments: ['Kommunledningsförvaltningen'],
    language: 'sv',
  },
  {
    email: 'samordnare@demo.kommun.se',
    name: 'Maja Lindqvist',
    roles: ['coordinator'],
    departments: ['Kommunledningsförvaltningen'],
    language: 'sv',
  },
  {
    email: 'chef@demo.kommun.se',
    name: 'Karin Holm',
    roles: ['department_head'],
    departments: ['Utbildningsförvaltningen'],
    language: 'sv',
  },
  {
    email: 'projektledare@demo.kommun.se',
    name: 'Jonas Ek',
    roles: ['project_lead'],
    departments: ['Utbildningsförvaltningen'],
    language: 'sv',
  },
  {
    email: 'prosjektleder@demo.kommun.se',
    name: 'Ingrid Nilsen',
    roles: ['project_lead'],
    departments: ['Kultur- och fritidsförvaltningen'],
    language: 'nb',
  },
  { email: 'lasare@demo.kommun.se', name: 'Sofia Berg', roles: ['viewer'], departments: [], language: 'en' },
];
