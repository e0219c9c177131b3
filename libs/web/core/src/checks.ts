// Input checks that need no @angular/forms, as their own entry point, for pages with native
// fields (the sign-in page): see i18n.ts.
export * from './lib/forms/email-address';
