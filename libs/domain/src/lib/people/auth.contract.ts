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
