import { provideHttpClient, withFetch, withInterceptors, withNoXsrfProtection } from '@angular/common/http';
import type { EnvironmentProviders } from '@angular/core';
import { apiSessionInterceptor } from './api-session.interceptor';

/**
 * HttpClient for the desk's API. Angular's cookie-based XSRF is off: the API uses a session
 * synchronizer token, which the interceptor sends instead.
 */
export function provideApiHttp(): EnvironmentProviders[] {
  return [provideHttpClient(withFetch(), withInterceptors([apiSessionInterceptor]), withNoXsrfProtection())];
}
