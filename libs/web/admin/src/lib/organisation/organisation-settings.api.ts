import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Organisation, OrganisationSettings, UpdateOrganisationSettingsInput } from '@gp/domain';
import type { Observable } from 'rxjs';

/** /api/organisation: its settings are an administrator's. */
@Injectable({ providedIn: 'root' })
export class OrganisationSettingsApi {
  private readonly http = inject(HttpClient);

  organisation(): Observable<Organisation> {
    return this.http.get<Organisation>('/api/organisation');
  }

  settings(): Observable<OrganisationSettings> {
    return this.http.get<OrganisationSettings>('/api/organisation/settings');
  }

  save(input: UpdateOrganisationSettingsInput): Observable<OrganisationSettings> {
    return this.http.put<OrganisationSettings>('/api/organisation/settings', input);
  }

  putLogo(contentBase64: string): Observable<OrganisationSettings> {
    return this.http.put<OrganisationSettings>('/api/organisation/logo', { contentBase64 });
  }

  removeLogo(): Observable<OrganisationSettings> {
    return this.http.delete<OrganisationSettings>('/api/organisation/logo');
  }
}
