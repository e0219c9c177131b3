import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Call, CallInput, Programme, ProgrammeInput } from '@gp/domain';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** /api/programmes and /api/calls: read by everyone signed in, written by coordinators and admins. */
@Injectable({ providedIn: 'root' })
export class ProgrammesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Programme[]> {
    return this.http.get<Programme[]>('/api/programmes');
  }

  get(programmeId: string): Observable<Programme> {
    return this.http.get<Programme>(`/api/programmes/${id(programmeId)}`);
  }

  create(input: ProgrammeInput): Observable<Programme> {
    return this.http.post<Programme>('/api/programmes', input);
  }

  update(programmeId: string, input: ProgrammeInput, version: number): Observable<Programme> {
    return this.http.patch<Programme>(`/api/programmes/${id(programmeId)}`, { ...input, version });
  }

  addCall(programmeId: string, input: CallInput): Observable<Call> {
    return this.http.post<Call>(`/api/programmes/${id(programmeId)}/calls`, input);
  }

  updateCall(callId: string, input: CallInput, version: number): Observable<Call> {
    return this.http.patch<Call>(`/api/calls/${id(callId)}`, { ...input, version });
  }
}
