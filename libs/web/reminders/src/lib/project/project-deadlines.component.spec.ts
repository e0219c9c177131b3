import { HttpTestingController } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture } from '@angular/core/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import type { ReminderPreferences } from '@gp/domain';
import { ProjectDeadlinesComponent } from './project-deadlines.component';
import { createDeskFixture, settleFixture } from '@gp/web/core/testing';

describe('ProjectDeadlinesComponent', () => {
  let fixture: ComponentFixture<ProjectDeadlinesComponent>;
  let backend: HttpTestingController;
  let loader: HarnessLoader;

  const settle = () => settleFixture(fixture);

  async function open(mutedProjectIds: string[]): Promise<void> {
    ({ fixture, backend } = createDeskFixture(ProjectDeadlinesComponent, { router: true }));
    fixture.componentRef.setInput('projectId', 'p1');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await settle();
    const preferences: ReminderPreferences = {
      delivery: 'immediate',
      isDefault: true,
      mutedProjectIds,
      sendTime: '08:00',
      timeZone: 'Europe/Stockholm',
    };
    backend.expectOne({ method: 'GET', url: '/api/reminders/preferences' }).flush(preferences);
    backend.expectOne('/api/reminders/planned?projectId=p1').flush([]);
    await settle();
  }

  afterEach(() => backend.verify());

  const toggle = () =>
    loader.getHarness(MatSlideToggleHarness.with({ selector: '[data-testid="project-mute"]' }));
  const status = () =>
    (fixture.nativeElement as HTMLElement).querySelector('[role="status"]')?.textContent?.trim();

  it('is on when the project is not muted, and mutes it with a PUT', async () => {
    await open(['other']);
    const mute = await toggle();
    expect(await mute.getLabelText()).toBe('Påminnelser om projektet till mig');
    expect(await mute.isChecked()).toBe(true);

    await mute.toggle();
    const request = backend.expectOne('/api/projects/p1/mute');
    expect(request.request.method).toBe('PUT');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(await mute.isChecked()).toBe(false);
    expect(status()).toBe('Du får inte längre påminnelser om projektet.');
  });

  it('is off when the project is muted, and turns reminders back on with a DELETE', async () => {
    await open(['p1']);
    const mute = await toggle();
    expect(await mute.isChecked()).toBe(false);

    await mute.toggle();
    const request = backend.expectOne('/api/projects/p1/mute');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(await mute.isChecked()).toBe(true);
    expect(status()).toBe('Du får påminnelser om projektet igen.');
  });

  it('puts the toggle back when the server refuses', async () => {
    await open([]);
    const mute = await toggle();
    await mute.toggle();
    backend
      .expectOne({ method: 'PUT', url: '/api/projects/p1/mute' })
      .flush({ statusCode: 403, code: 'forbidden', message: 'x' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(await mute.isChecked()).toBe(true);
    expect(status()).toBe('');
  });
});
