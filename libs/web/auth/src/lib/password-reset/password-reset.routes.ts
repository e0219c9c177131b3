import type { Routes } from '@angular/router';
import { provideSwedishTexts } from '@gp/web/core';
import { ForgotPasswordPage } from './forgot-password.page';
import { NewPasswordPage } from './new-password.page';

// The pages are outside the signed-in shell, so they bring the rest of the Swedish texts themselves.

export const forgotPasswordRoutes: Routes = [
  {
    path: '',
    title: 'passwordReset.forgotHeading',
    providers: [provideSwedishTexts()],
    component: ForgotPasswordPage,
  },
];

export const newPasswordRoutes: Routes = [
  {
    path: '',
    title: 'passwordReset.newHeading',
    providers: [provideSwedishTexts()],
    component: NewPasswordPage,
  },
];
