import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CalendarFeed, CalendarFeedStatus, DeadlinePage, DeadlinePageQuery } from '@gp/domain';
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

  /** Whether the person has a feed, and since when; its address cannot be read back. */
  feed(): Observable<CalendarFeedStatus> {
    return this.http.get<CalendarFeedStatus>('/api/calendar/feed');
  }

  /** A new address, shown this once; an old one stops working at once. */
  renewFeed(): Observable<CalendarFeed> {
    return this.http.post<CalendarFeed>('/api/calendar/feed', {});
  }
}
