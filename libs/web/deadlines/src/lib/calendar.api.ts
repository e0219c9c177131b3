import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CalendarFeed, DeadlinePage, DeadlinePageQuery } from '@gp/domain';
import type { Observable } from 'rxjs';

/** /api/deadlines and the signed-in person's calendar feed. The API scopes both to what they may read. */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly http = inject(HttpClient);

  /** One page; a period may need several, and `nextCursor` asks for the next. */
  deadlines(query: DeadlinePageQuery): Observable<DeadlinePage> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<DeadlinePage>('/api/deadlines', { params });
  }

  /** The person's secret feed address; the API makes one on the first call. */
  feed(): Observable<CalendarFeed> {
    return this.http.get<CalendarFeed>('/api/calendar/feed');
  }

  /** A new address; the old one stops working at once. */
  renewFeed(): Observable<CalendarFeed> {
    return this.http.post<CalendarFeed>('/api/calendar/feed', {});
  }
}
