import { toApiError } from './api-error';
import { firstValueFrom, tap, type Observable } from 'rxjs';

/** Awaits one HTTP answer; a failure rejects with the API's ApiError shape. */
export async function callApi<T>(request: Observable<T>): Promise<T> {
  try {
    return await firstValueFrom(request);
  } catch (error) {
    throw toApiError(error);
  }
}

/**
 * The answer as soon as it is there: `now` when the request answers while being subscribed to (a
 * read started ahead whose answer is in), otherwise `later`. One subscription either way, so a
 * request is never sent twice.
 */
export function answerOf<T>(request: Observable<T>): { now: T } | { later: Promise<T> } {
  let answered: { value: T } | null = null;
  const later = callApi(request.pipe(tap((value) => (answered ??= { value }))));
  const now = answered as { value: T } | null;
  return now ? { now: now.value } : { later };
}
