import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { shareReplay, type Observable } from 'rxjs';

/** A read started ahead and not taken by then is stale: the section asks the server itself. */
const FRESH_MS = 15_000;
/** A read started this recently is taken over by a second start of the same address, not sent again. */
const JOIN_MS = 5_000;

type Params = Record<string, string>;

const keyOf = (url: string, params?: Params) =>
  params ? `${url}?${new HttpParams({ fromObject: params }).toString()}` : url;

/**
 * GETs a page starts at once for the sections it embeds, so that a section's read does not wait
 * for the page's own data to arrive before it starts (the project page: its checklist, co-funding,
 * reminders and activity all go out with the project). A section's data client reads through
 * `get()`: the first read of an address started ahead takes that answer (once); every other read
 * goes to the server as before. An answer's error reaches the section as if it had asked itself.
 */
@Injectable({ providedIn: 'root' })
export class ReadAhead {
  private readonly http = inject(HttpClient);
  private readonly started = new Map<
    string,
    { at: number; answer: Observable<unknown>; settled: Promise<void> }
  >();

  /**
   * Starts the GET now and keeps its answer for the first `get()` of the same address. Settles
   * (never rejects) when the answer is in, so a page may wait to show its sections together.
   * A read of the same address started moments ago and not yet taken is not sent again: the router
   * starts a page's reads before the page's code has arrived, and the page then asks for them.
   */
  start(url: string, params?: Params): Promise<void> {
    const key = keyOf(url, params);
    const ahead = this.started.get(key);
    if (ahead && Date.now() - ahead.at < JOIN_MS) return ahead.settled;
    const answer = this.http.get(url, params ? { params } : {}).pipe(shareReplay(1));
    // Subscribed now so the request leaves now; the error is for the section that takes it.
    const settled = new Promise<void>((done) => answer.subscribe({ complete: done, error: () => done() }));
    this.started.set(key, { at: Date.now(), answer, settled });
    return settled;
  }

  get<T>(url: string, params?: Params): Observable<T> {
    const key = keyOf(url, params);
    const ahead = this.started.get(key);
    this.started.delete(key);
    if (ahead && Date.now() - ahead.at < FRESH_MS) return ahead.answer as Observable<T>;
    return this.http.get<T>(url, params ? { params } : {});
  }
}
