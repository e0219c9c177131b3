// The page chrome the sign-in page shares with the signed-in shell, as its own entry point: importing
// it pulls in only these two, not the barrel's tables, dialogs and filters (about 530 kB of
// Material the sign-in page never shows).
export * from './lib/language-menu/language-menu.component';
export * from './lib/theme-toggle/theme-toggle.component';
