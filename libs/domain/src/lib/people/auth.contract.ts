import type { Language } from './language';
import type { CurrentUser } from './people.contract';

export interface SignInInput {
  email: string;
  password: string;
}

/**
 * The session as the web app sees it. The CSRF token must be sent back in the
 * `x-csrf-token` header of every write.
 */
export interface SessionState {
  user: CurrentUser | null;
  csrfToken: string;
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export interface UpdateProfileInput {
  language: Language;
}

export const CSRF_HEADER = 'x-csrf-token';

/** `POST /api/auth/password-reset-requests`: the same answer whether the address is an account or not. */
export interface PasswordResetRequestInput {
  email: string;
}

/** `POST /api/auth/password-resets`: the secret from the emailed link, and the new password. */
export interface PasswordResetInput {
  token: string;
  newPassword: string;
}

/** How long an emailed "forgot password" link works. */
export const PASSWORD_RESET_LINK_MINUTES = 60;
