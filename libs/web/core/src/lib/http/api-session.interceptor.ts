import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { CSRF_HEADER } from '@gp/domain/people';
import { catchError, throwError } from 'rxjs';
import { ApiSession } from './api-session';

const READS = ['GET', 'HEAD', 'OPTIONS'];
/** A 401 from these is an answer about the credentials, not a sign that the session ended. */
const SESSION_CALLS = ['/api/auth/session', '/api/auth/sign-in'];

const pathOf = (url: string): string => url.split(/[?#]/)[0];
const isOwnApi = (url: string): boolean => url.startsWith('/api/');

/**
 * Sends the session cookie and, on writes, the CSRF token to our own API only (never to another
 * origin), and sends the person to sign in again when their session has ended.
 */
export const apiSessionInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isOwnApi(req.url)) return next(req);
  const session = inject(ApiSession);
  const router = inject(Router);
  const token = session.csrfToken();
  const isWrite = !READS.includes(req.method);
  const request = req.clone({
    credentials: 'same-origin',
    setHeaders: isWrite && token ? { [CSRF_HEADER]: token } : {},
  });
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !SESSION_CALLS.includes(pathOf(req.url))
      ) {
        session.sessionExpired(router.url);
      }
      return throwError(() => error);
    }),
  );
};
