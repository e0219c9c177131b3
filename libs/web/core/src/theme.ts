// The colour theme as its own entry point, for what starts the app and the sign-in page's toggle:
// see i18n.ts. The app's icons are not here: the signed-in shell registers them (provideAppIcons).
export * from './lib/theme/theme-preference';
export * from './lib/theme/theme.store';
export * from './lib/theme/provide-theme';
