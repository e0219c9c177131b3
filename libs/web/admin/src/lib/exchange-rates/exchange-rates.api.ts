import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ExchangeRate, ExchangeRateInput } from '@gp/domain';
import type { Observable } from 'rxjs';

/** /api/exchange-rates: read by everyone signed in (the reports name them), written by admins. */
@Injectable({ providedIn: 'root' })
export class ExchangeRatesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ExchangeRate[]> {
    return this.http.get<ExchangeRate[]>('/api/exchange-rates');
  }

  /** Adds the month's rate, or replaces the one there is. */
  save(input: ExchangeRateInput): Observable<ExchangeRate> {
    return this.http.put<ExchangeRate>('/api/exchange-rates', input);
  }

  remove(rate: Pick<ExchangeRate, 'currency' | 'month'>): Observable<void> {
    return this.http.delete<void>(
      `/api/exchange-rates/${encodeURIComponent(rate.currency)}/${encodeURIComponent(rate.month)}`,
    );
  }
}
