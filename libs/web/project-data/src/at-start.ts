// What the app's start provides from this lib, as its own entry point: the initial bundle (the
// sign-in page's) takes the project page's read list and ReadAhead, not ProjectsApi and the rest.
export { provideProjectPageReadsAtStart } from './lib/project-page-reads';
