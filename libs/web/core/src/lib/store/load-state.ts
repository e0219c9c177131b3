import { signal } from '@angular/core';
import type { ApiError } from '@gp/domain';
import type { Observable } from 'rxjs';
import { answerOf } from '../http/call-api';
import { toApiError } from '../http/api-error';

/**
 * Loading, loaded and problem for one thing a page fetches. When answers cross (someone pages or
 * switches project quickly) only the latest request's answer is taken; earlier ones are dropped.
 */
export class LoadState {
  readonly loading = signal(false);
  /** True once a load has finished, with or without a problem. */
  readonly loaded = signal(false);
  readonly problem = signal<ApiError | null>(null);
  private latest = 0;

  /**
   * As `run`, but an answer already in (a read the page started ahead) is taken at once, in the
   * change detection that draws the section: the section opens with its data, and nothing below it
   * is drawn first in a place it then leaves (a layout shift).
   */
  load<T>(request: Observable<T>, take: (answer: T) => void): Promise<void> {
    const answer = answerOf(request);
    if ('later' in answer) return this.run(() => answer.later, take);
    this.latest++;
    this.problem.set(null);
    take(answer.now);
    this.loading.set(false);
    this.loaded.set(true);
    return Promise.resolve();
  }

  /** Fetches and hands the answer to `take`, unless a later run has started meanwhile. */
  async run<T>(fetch: () => Promise<T>, take: (answer: T) => void): Promise<void> {
    const request = ++this.latest;
    this.loading.set(true);
    this.problem.set(null);
    try {
      const answer = await fetch();
      if (request === this.latest) take(answer);
    } catch (error) {
      if (request === this.latest) this.problem.set(toApiError(error));
    } finally {
      if (request === this.latest) {
        this.loading.set(false);
        this.loaded.set(true);
      }
    }
  }
}
