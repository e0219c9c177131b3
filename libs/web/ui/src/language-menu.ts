// The shell's language menu (Material's menu, like the shell's account menu) as its own entry point,
// apart from ./chrome.ts, so the sign-in page's language select does not bring Material's menu along.
export * from './lib/language-menu/language-menu.component';
