// A reference, not an import: an ambient declaration file cannot be imported (see app-icons.ts).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../../../core/src/lib/theme/svg-text.d.ts" />
// The icons of the pages outside the signed-in shell (the sign-in page and the chrome it shares with
// the shell), drawn inline: those pages load neither Material's icon registry nor the app's icon
// set, which the shell registers for the pages under it (provideAppIcons).
import brightnessAuto from '@material-symbols/svg-400/outlined/brightness_auto.svg';
import darkMode from '@material-symbols/svg-400/outlined/dark_mode.svg';
import error from '@material-symbols/svg-400/outlined/error.svg';
import lightMode from '@material-symbols/svg-400/outlined/light_mode.svg';
import translate from '@material-symbols/svg-400/outlined/translate.svg';
import visibility from '@material-symbols/svg-400/outlined/visibility.svg';
import visibilityOff from '@material-symbols/svg-400/outlined/visibility_off.svg';

/** A Material Symbols file's one path (in its 960-unit box), so a template draws it without innerHTML. */
function pathOf(markup: string): string {
  return /\sd="([^"]+)"/.exec(markup)?.[1] ?? '';
}

export const INLINE_ICONS = {
  brightness_auto: pathOf(brightnessAuto),
  dark_mode: pathOf(darkMode),
  error: pathOf(error),
  light_mode: pathOf(lightMode),
  translate: pathOf(translate),
  visibility: pathOf(visibility),
  visibility_off: pathOf(visibilityOff),
} as const;

export type InlineIconName = keyof typeof INLINE_ICONS;
