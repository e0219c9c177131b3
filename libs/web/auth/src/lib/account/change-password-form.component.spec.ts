import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { ApiSession, apiSessionInterceptor, provideTranslations } from '@gp/web/core';
import { SessionStore } from '@gp/web/session';
import { ChangePasswordFormComponent } from './change-password-form.component';
import { settleFixture } from '@gp/web/core/testing';

describe('ChangePasswordFormComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ChangePasswordFormComponent>;
  let loader: HarnessLoader;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([apiSessionInterceptor])),
        provideHttpClientTesting(),
        provideTranslations(),
        { provide: ApiSession, useExisting: SessionStore },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).load();
    backend.expectOne('/api/auth/session').flush({
      user: {
        id: 'u1',
        email: 'anna@kommun.se',
        name: 'Anna',
        roles: ['viewer'],
        departmentIds: [],
        language: 'sv',
      },
      csrfToken: 't',
    });
    await loading;
    fixture = TestBed.createComponent(ChangePasswordFormComponent);
    loader = TestbedHarnessEnvironment.loader(fixture);
  });

  afterEach(() => backend.verify());

  const formField = (label: string) =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  async function type(label: string, value: string): Promise<void> {
    const input = (await (await formField(label)).getControl(MatInputHarness)) as MatInputHarness;
    await input.setValue(value);
    await input.blur();
  }
  const submit = async () =>
    (await loader.getHarness(MatButtonHarness.with({ text: 'Byt lösenord' }))).click();
  const settle = () => settleFixture(fixture);

  it('checks length and repetition before asking the server', async () => {
    await type('Nuvarande lösenord', 'old passphrase!');
    await type('Nytt lösenord', 'too short');
    await type('Upprepa det nya lösenordet', 'something else');
    await submit();
    backend.expectNone('/api/auth/password');
    expect(await (await formField('Nytt lösenord')).getTextErrors()).toEqual([
      'Lösenordet måste ha minst 12 tecken.',
    ]);
    expect(await (await formField('Upprepa det nya lösenordet')).getTextErrors()).toEqual([
      'Lösenorden är inte likadana.',
    ]);
  });

  it('refuses the email address as the new password', async () => {
    await type('Nytt lösenord', 'anna@kommun.se');
    expect(await (await formField('Nytt lösenord')).getTextErrors()).toEqual([
      'Lösenordet får inte vara samma som e-postadressen.',
    ]);
  });

  it('shows a wrong current password under that field', async () => {
    await type('Nuvarande lösenord', 'not my password');
    await type('Nytt lösenord', 'a much longer passphrase');
    await type('Upprepa det nya lösenordet', 'a much longer passphrase');
    await submit();
    const request = backend.expectOne({ method: 'POST', url: '/api/auth/password' });
    expect(request.request.body).toEqual({
      currentPassword: 'not my password',
      newPassword: 'a much longer passphrase',
    });
    request.flush(
      {
        statusCode: 422,
        code: 'wrong_current_password',
        message: 'x',
        errors: { currentPassword: ['currentPassword is wrong'] },
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(await (await formField('Nuvarande lösenord')).getTextErrors()).toEqual([
      'Det nuvarande lösenordet stämmer inte.',
    ]);
  });

  it('empties the form after a change, without showing the empty fields as errors', async () => {
    await type('Nuvarande lösenord', 'old passphrase!');
    await type('Nytt lösenord', 'a much longer passphrase');
    await type('Upprepa det nya lösenordet', 'a much longer passphrase');
    await submit();
    backend.expectOne('/api/auth/password').flush({
      user: {
        id: 'u1',
        email: 'anna@kommun.se',
        name: 'Anna',
        roles: ['viewer'],
        departmentIds: [],
        language: 'sv',
      },
      csrfToken: 'new-session-token',
    });
    await settle();
    const current = await formField('Nuvarande lösenord');
    expect(await ((await current.getControl(MatInputHarness)) as MatInputHarness).getValue()).toBe('');
    expect(await current.getTextErrors()).toEqual([]);
  });
});
