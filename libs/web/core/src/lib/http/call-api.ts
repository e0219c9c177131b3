import { toApiError } from './api-error';
import { firstValueFrom, type Observable } from 'rxjs';

/** Awaits one HTTP answer; a failure rejects with the API's ApiError shape. */
export async function callApi<T>(request: Observable<T>): Promise<T> {
  try {
    return await firstValueFrom(request);
  } catch (error) {
    throw toApiError(error);
  }
}
