export { CSRF_HEADER } from '@gp/domain';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@gp/api/demo';

/** The demo accounts by role, as the integration tests sign in. */
export const demo = {
  admin: 'admin@demo.kommun.se',
  coordinator: 'samordnare@demo.kommun.se',
  departmentHead: 'chef@demo.kommun.se',
  projectLead: 'projektledare@demo.kommun.se',
  viewer: 'lasare@demo.kommun.se',
} as const;
