import type { Role } from '@gp/domain';
import type { RouteAccess } from './discover-routes';

// Written out role by role on purpose, not from ALL_ROLES or the features' role lists: widening a
// list in a controller, or a new role joining ALL_ROLES, must fail the matrix until this table is
// changed in the same, reviewed commit.
const signedIn: Role[] = ['admin', 'coordinator', 'department_head', 'project_lead', 'viewer'];
const adminOnly: Role[] = ['admin'];
const overseers: Role[] = ['admin', 'coordinator'];
const editors: Role[] = ['admin', 'coordinator', 'project_lead'];
const deciders: Role[] = ['admin', 'department_head'];
const workers: Role[] = ['admin', 'coordinator', 'department_head', 'project_lead'];
// Who may attach to a checklist item: its editors, and a department head it is assigned to.
const attachers: Role[] = ['admin', 'coordinator', 'department_head', 'project_lead'];

/**
 * Who may call each route of the api: `'public'` (anyone, signed in or not) or the roles whose
 * holders may. The authorization matrix fails when a route exists without an entry here, when an
 * entry names a route that is gone, and when a route's @Public()/@Roles() differ from its entry.
 */
export const EXPECTED_ACCESS: Readonly<Record<string, RouteAccess>> = {
  // The platform and signing in
  'GET /api/health': 'public',
  'GET /api/auth/session': 'public',
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/sign-out': 'public',
  'POST /api/auth/password': signedIn,
  'POST /api/auth/password-reset-requests': 'public',
  'POST /api/auth/password-resets': 'public',
  'PATCH /api/auth/profile': signedIn,

  // People and departments
  'GET /api/users': adminOnly,
  'POST /api/users': adminOnly,
  'PATCH /api/users/:id': adminOnly,
  'GET /api/departments': signedIn,
  'POST /api/departments': adminOnly,
  'PATCH /api/departments/:id': adminOnly,
  'GET /api/people': signedIn,

  // The mail log
  'GET /api/mail-log': adminOnly,
  'POST /api/mail-log/:id/resend': adminOnly,
  'POST /api/mail-log/test': adminOnly,

  // Programmes and calls
  'GET /api/programmes': signedIn,
  'GET /api/programmes/:id': signedIn,
  'POST /api/programmes': overseers,
  'PATCH /api/programmes/:id': overseers,
  'POST /api/programmes/:id/calls': overseers,
  'PATCH /api/calls/:id': overseers,

  // Projects and the board
  'POST /api/projects': editors,
  'GET /api/projects/:id': signedIn,
  'PATCH /api/projects/:id': editors,
  'POST /api/projects/:id/moves': editors,
  'POST /api/projects/:id/copy-to-next-call': editors,
  'POST /api/projects/:id/reopen': overseers,
  'DELETE /api/projects/:id': editors,
  'GET /api/deleted-ideas': adminOnly,
  'POST /api/deleted-ideas/:id/restore': adminOnly,
  'GET /api/projects/:id/history': signedIn,
  'GET /api/projects/:projectId/activity': signedIn,
  'GET /api/board': signedIn,
  'GET /api/board/page': signedIn,
  'GET /api/projects/table': signedIn,
  'GET /api/projects/table/export': signedIn,
  'GET /api/projects/table/columns': signedIn,
  'PUT /api/projects/table/columns': signedIn,

  // The public project list and page
  'GET /api/public/projects': 'public',
  'GET /public-projects': 'public',
  'GET /public-projects/logo': 'public',
  'GET /public-projects/:id': 'public',

  // Checklists and their templates
  'GET /api/programmes/:programmeId/checklist-template': signedIn,
  'POST /api/programmes/:programmeId/checklist-template': overseers,
  'PUT /api/programmes/:programmeId/checklist-template/order': overseers,
  'PATCH /api/checklist-template-items/:id': overseers,
  'DELETE /api/checklist-template-items/:id': overseers,
  'GET /api/projects/:projectId/checklist': signedIn,
  'POST /api/projects/:projectId/checklist': editors,
  'PUT /api/projects/:projectId/checklist/order': editors,
  'PATCH /api/checklist-items/:id': editors,
  'DELETE /api/checklist-items/:id': editors,

  // Documents on projects and checklist items
  'GET /api/projects/:projectId/documents': signedIn,
  'POST /api/projects/:projectId/documents': editors,
  'POST /api/checklist-items/:itemId/documents': attachers,
  'GET /api/projects/:projectId/documents/:documentId/content': signedIn,
  'PUT /api/projects/:projectId/documents/:documentId/content': editors,
  'DELETE /api/projects/:projectId/documents/:documentId': editors,

  // Co-funding
  'GET /api/projects/:projectId/co-funding-requests': signedIn,
  'POST /api/projects/:projectId/co-funding-requests': editors,
  'GET /api/co-funding-requests': signedIn,
  'GET /api/co-funding/commitments': signedIn,
  'GET /api/co-funding-requests/:id': signedIn,
  'PATCH /api/co-funding-requests/:id': editors,
  'POST /api/co-funding-requests/:id/withdraw': editors,
  'POST /api/co-funding-requests/:id/decision': deciders,
  'POST /api/co-funding-requests/:id/recommendation': deciders,
  'POST /api/co-funding-requests/:id/body-decision': overseers,
  'GET /api/decision-bodies': signedIn,
  'POST /api/decision-bodies': adminOnly,
  'PATCH /api/decision-bodies/:id': adminOnly,
  'DELETE /api/decision-bodies/:id': adminOnly,
  'GET /api/delegation-limits': signedIn,
  'PUT /api/departments/:id/delegation': adminOnly,
  'GET /api/co-funding/ledger': signedIn,
  'GET /api/co-funding/ledger/export': signedIn,
  'PUT /api/departments/:id/co-funding-frames/:year': deciders,
  'GET /api/co-funding/delegated-decisions': signedIn,

  // Notes on a project: read by every reader, written by those who work on projects
  'GET /api/projects/:projectId/notes': signedIn,
  'POST /api/projects/:projectId/notes': workers,
  'PATCH /api/projects/:projectId/notes/:noteId': workers,
  'DELETE /api/projects/:projectId/notes/:noteId': workers,

  // Deadlines and calendars
  'GET /api/projects/:projectId/deadlines': signedIn,
  'GET /api/deadlines': signedIn,
  'GET /api/projects/:projectId/calendar.ics': signedIn,
  'GET /api/calendar/feed': signedIn,
  'POST /api/calendar/feed': signedIn,
  // The feed's secret file name is its credential: calendar clients cannot sign in.
  'GET /api/calendar/feed/:file': 'public',

  // Reminders and notifications
  'GET /api/reminders/planned': signedIn,
  'GET /api/reminders/send-time': signedIn,
  'GET /api/reminders/rules': overseers,
  'PUT /api/reminders/rules/:kind': adminOnly,
  'GET /api/reminders/preferences': signedIn,
  'PUT /api/reminders/preferences': signedIn,
  'PUT /api/projects/:projectId/mute': signedIn,
  'DELETE /api/projects/:projectId/mute': signedIn,
  'GET /api/notifications': signedIn,

  // The portfolio's reports and the exchange rates they sum with
  'GET /api/reports': signedIn,
  'GET /api/organisation': signedIn,
  'GET /api/organisation/settings': adminOnly,
  'PUT /api/organisation/settings': adminOnly,
  'PUT /api/organisation/logo': adminOnly,
  'DELETE /api/organisation/logo': adminOnly,
  'GET /api/reports/tables/:table': signedIn,
  'GET /api/exchange-rates': signedIn,
  'PUT /api/exchange-rates': adminOnly,
  'DELETE /api/exchange-rates/:currency/:month': adminOnly,
};

/**
 * Served by Express but by no controller, so no @Roles() or @Public() applies: the OpenAPI
 * document and its viewer (SwaggerModule.setup). Their access is configured where they are set up.
 */
export const OUTSIDE_CONTROLLERS = /^[A-Z]+ \/api\/docs(?:[/-]|$)/;
