// The page chrome the sign-in page shares with the signed-in shell, as its own entry point: importing
// it pulls in only these, not the barrel's tables, dialogs and filters. All native HTML drawn in
// Material 3's look, so the sign-in page loads no Material button, menu, icon or tooltip. (The bundler
// keeps every module an entry point reaches, so the shell's Material language menu has its own.)
export * from './lib/language-menu/language-select.component';
export * from './lib/theme-toggle/theme-toggle.component';
export * from './lib/inline-icon/inline-icon.component';
