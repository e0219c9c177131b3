import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ApiError, UserAccount } from '@gp/domain';
import { UsersStore } from './users.store';

const account = (name: string, version = 1): UserAccount => ({
  id: name.toLowerCase(),
  email: `${name.toLowerCase()}@kommun.se`,
  name,
  roles: ['viewer'],
  departmentIds: [],
  language: 'sv',
  active: true,
  version,
  createdAt: '2026-01-01T00:00:00Z',
});

describe('UsersStore', () => {
  let store: UsersStore;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(UsersStore);
    backend = TestBed.inject(HttpTestingController);
    const loading = store.load();
    backend.expectOne('/api/users').flush([account('Örjan'), account('Anna')]);
    await loading;
  });

  afterEach(() => backend.verify());

  it('lists people by name', () => {
    expect(store.users().map((u) => u.name)).toEqual(['Anna', 'Örjan']);
  });

  it('adds a created person in name order', async () => {
    const creating = store.create({
      email: 'bo@kommun.se',
      name: 'Bo',
      password: 'a long passphrase',
      roles: ['viewer'],
      departmentIds: [],
      language: 'nb',
    });
    backend.expectOne({ method: 'POST', url: '/api/users' }).flush(account('Bo'));
    await creating;
    expect(store.users().map((u) => u.name)).toEqual(['Anna', 'Bo', 'Örjan']);
  });

  it('on a stale edit, takes the current record into the list and rejects with stale_version', async () => {
    const updating = store.update('anna', { version: 1, roles: ['admin'] });
    backend.expectOne({ method: 'PATCH', url: '/api/users/anna' }).flush(
      {
        statusCode: 409,
        code: 'stale_version',
        message: 'x',
        current: { ...account('Anna', 2), active: false },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await expect(updating).rejects.toMatchObject<Partial<ApiError>>({ code: 'stale_version' });
    expect(store.users()[0]).toMatchObject({ name: 'Anna', version: 2, active: false });
  });

  it('keeps the list when the email address is taken', async () => {
    const creating = store.create({
      email: 'anna@kommun.se',
      name: 'Anna 2',
      password: 'a long passphrase',
      roles: ['viewer'],
      departmentIds: [],
      language: 'sv',
    });
    backend
      .expectOne('/api/users')
      .flush(
        { statusCode: 409, code: 'email_taken', message: 'x', errors: { email: ['taken'] } },
        { status: 409, statusText: 'Conflict' },
      );
    await expect(creating).rejects.toMatchObject<Partial<ApiError>>({ code: 'email_taken' });
    expect(store.users()).toHaveLength(2);
  });
});
