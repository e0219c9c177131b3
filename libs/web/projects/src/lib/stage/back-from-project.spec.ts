import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { backFromProject } from './back-from-project';

@Component({ selector: 'gp-nowhere', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Nowhere {}

describe('backFromProject', () => {
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'board', component: Nowhere },
          { path: 'projects', component: Nowhere },
          { path: 'projects/:id', component: Nowhere },
          { path: 'calendar', component: Nowhere },
          { path: 'approvals', component: Nowhere },
        ]),
      ],
    });
    router = TestBed.inject(Router);
  });

  it('leads back to the board with its search and filters', async () => {
    await router.navigateByUrl('/board?q=Modena&year=2027');
    await router.navigateByUrl('/projects/p1');
    expect(backFromProject(router)).toEqual({
      path: '/board',
      query: { q: 'Modena', year: '2027' },
      url: '/board?q=Modena&year=2027',
      label: 'project.back',
    });
  });

  it('leads back to the table of projects when the person came from it', async () => {
    await router.navigateByUrl('/projects?stage=running');
    await router.navigateByUrl('/projects/p1');
    expect(backFromProject(router)).toMatchObject({
      path: '/projects',
      url: '/projects?stage=running',
      label: 'project.backToTable',
    });
  });

  it('keeps the way back carried from another project, and leads to the board from anywhere else', async () => {
    await router.navigateByUrl('/projects/p2', { state: { gpBack: '/projects?q=ESF' } });
    expect(backFromProject(router).url).toBe('/projects?q=ESF');
    await router.navigateByUrl('/calendar');
    await router.navigateByUrl('/projects/p1');
    expect(backFromProject(router)).toMatchObject({ url: '/board', label: 'project.back' });
  });

  it('leads a department head back to the approvals she opened the project from', async () => {
    await router.navigateByUrl('/approvals');
    await router.navigateByUrl('/projects/p1');
    expect(backFromProject(router)).toEqual({
      path: '/approvals',
      query: {},
      url: '/approvals',
      label: 'project.backToApprovals',
    });
  });
});
