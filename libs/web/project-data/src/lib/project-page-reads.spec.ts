import { HttpTestingController } from '@angular/common/http/testing';
import { EnvironmentInjector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { UrlSegment, type Route } from '@angular/router';
import { provideDeskTesting } from '@gp/web/core/testing';
import { firstValueFrom } from 'rxjs';
import { ProjectsApi } from './projects.api';
import { readProjectPageAhead } from './project-page-reads';

const PROJECT = '52a4f3bb-20df-4786-bbc1-50ff81fb0214';
const segments = (...paths: string[]) => paths.map((path) => new UrlSegment(path, {}));

describe('readProjectPageAhead (the project page’s reads leave before its code arrives)', () => {
  let backend: HttpTestingController;
  const match = (...paths: string[]) =>
    runInInjectionContext(TestBed.inject(EnvironmentInjector), () =>
      readProjectPageAhead({} as Route, segments(...paths)),
    );

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideDeskTesting() });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('starts the project, its history, the pickers’ lists and every section’s read, and the page takes them', async () => {
    expect(match('projects', PROJECT)).toBe(true);
    // The page asks for its project afterwards and gets the answer of the read started ahead: one request.
    const project = firstValueFrom(TestBed.inject(ProjectsApi).get(PROJECT));
    backend.expectOne(`/api/projects/${PROJECT}`).flush({ id: PROJECT, version: 3 });
    await expect(project).resolves.toEqual({ id: PROJECT, version: 3 });

    const others = backend.match(() => true).map((request) => request.request.urlWithParams);
    expect(others.sort()).toEqual(
      [
        `/api/projects/${PROJECT}/history`,
        '/api/departments',
        '/api/programmes',
        '/api/people',
        `/api/projects/${PROJECT}/checklist`,
        `/api/projects/${PROJECT}/documents`,
        `/api/projects/${PROJECT}/co-funding-requests`,
        `/api/projects/${PROJECT}/activity`,
        `/api/projects/${PROJECT}/notes`,
        '/api/reminders/preferences',
        `/api/reminders/planned?projectId=${PROJECT}`,
      ].sort(),
    );
  });

  it('starts nothing for the table, a new idea or a path below a project', () => {
    expect(match('projects')).toBe(true);
    expect(match('projects', 'new')).toBe(true);
    expect(match('projects', PROJECT, 'print')).toBe(true);
    backend.expectNone(() => true);
  });
});
