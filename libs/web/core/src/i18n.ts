// The translation layer as its own entry point, for what starts the app and the sign-in page:
// importing it pulls in only the first screen's texts and the language switch, not the barrel's
// forms, stores and icons, nor all of Swedish (libs/web/* have no package.json `sideEffects: false`,
// so the bundler keeps every module an entry point reaches).
export * from './lib/i18n/locales';
export * from './lib/i18n/language.store';
export * from './lib/i18n/provide-first-screen-translations';
