// People, their session and what they may do to a project, as an entry point of its own for what
// the web app loads before its first screen (the session store, the translations, the HTTP layer).
// The bundler keeps every module a barrel reaches in the first download, so importing the whole
// `@gp/domain` there would carry the board's, money's and reminders' rules to the sign-in page.
export * from './lib/people/role';
export * from './lib/people/language';
export * from './lib/people/password-policy';
export * from './lib/people/people.contract';
export * from './lib/people/auth.contract';
export * from './lib/people/portfolio';
export * from './lib/platform/api-error.contract';
export type { ApiErrorCode, ClientErrorCode, ErrorCode } from './lib/platform/api-error-code';
export { handsProjectAway, mayEditProject } from './lib/projects/project-permissions';
export { copyToNextCallBar } from './lib/pipeline/copy-for-next-call';
