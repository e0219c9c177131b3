import type { INestApplication } from '@nestjs/common';
import type { Call, Programme } from '@gp/domain';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';
import { rowStamp } from './support/row-stamp';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const programmeInput = (name: string) => ({
  name,
  funder: 'Interreg Testregion',
  kind: 'interreg',
  coFinancingRatePercent: 80,
  link: 'https://interreg.example.eu/',
  descriptionSv: 'Gränsöverskridande samarbete.',
  descriptionEn: 'Cross-border cooperation.',
});

const callInput = {
  title: 'Första utlysningen',
  opensOn: '2027-01-10',
  deadlineLocal: '2027-03-05T12:00',
  deadlineTimeZone: 'Europe/Brussels',
  maxGrantMinor: 40_000_000,
  maxGrantCurrency: 'EUR',
  coFinancingRatePercent: 80,
  link: null,
};

describe('programmes and calls', () => {
  let app: INestApplication;
  let coordinator: ApiClient;

  beforeAll(async () => {
    ({ app } = await createApp());
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
  });

  afterAll(() => app.close());

  it('lists the demo catalogue to every signed-in person, each programme with its calls soonest first', async () => {
    const viewer = await ApiClient.signedIn(app, demo.viewer);
    const programmes: Programme[] = (await viewer.get('/api/programmes').expect(200)).body;
    const names = programmes.map((p) => p.name);
    for (const expected of [
      'Erasmus+',
      'ESF+ Socialfonden',
      'Interreg Central Baltic',
      'Interreg Sverige–Norge',
      'LEADER',
      'ICLD Kommunala partnerskap',
      'Horisont Europa',
    ]) {
      expect(names).toContain(expected);
    }
    const erasmus = programmes.find((p) => p.name === 'Erasmus+') as Programme;
    expect(erasmus.kind).toBe('eu_direct');
    expect(erasmus.calls.length).toBeGreaterThanOrEqual(2);
    const deadlines = erasmus.calls.map((c) => c.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    // Erasmus+ closes at 12:00 Brussels time: 11:00 UTC in winter, 10:00 UTC in summer.
    const ka1 = erasmus.calls.find((c) => c.title.startsWith('KA1')) as Call;
    expect(ka1.deadlineTimeZone).toBe('Europe/Brussels');
    expect(ka1.deadline).toMatch(/-02-19T11:00:00\.000Z$/);
    const centralBaltic = programmes.find((p) => p.name === 'Interreg Central Baltic') as Programme;
    expect(centralBaltic.coFinancingRatePercent).toBe(80);
  });

  it('a coordinator adds a programme and a call; the deadline is stored as the instant the funder meant', async () => {
    const created: Programme = (
      await coordinator.post('/api/programmes', programmeInput(`Interreg Test ${unique()}`)).expect(201)
    ).body;
    expect(created).toMatchObject({ kind: 'interreg', coFinancingRatePercent: 80, version: 1, calls: [] });

    const call: Call = (await coordinator.post(`/api/programmes/${created.id}/calls`, callInput).expect(201))
      .body;
    expect(call).toMatchObject({
      programmeId: created.id,
      deadline: '2027-03-05T11:00:00.000Z',
      deadlineTimeZone: 'Europe/Brussels',
      maxGrantMinor: 40_000_000,
      maxGrantCurrency: 'EUR',
      opensOn: '2027-01-10',
    });

    const summer: Call = (
      await coordinator
        .patch(`/api/calls/${call.id}`, { ...callInput, deadlineLocal: '2027-06-01T12:00', version: 1 })
        .expect(200)
    ).body;
    expect(summer.deadline).toBe('2027-06-01T10:00:00.000Z');
    expect(summer.version).toBe(2);

    const stale = await coordinator.patch(`/api/calls/${call.id}`, { ...callInput, version: 1 }).expect(409);
    expect(stale.body.code).toBe('stale_version');
    expect(stale.body.current).toEqual(summer);
    expect((await coordinator.get(`/api/programmes/${created.id}`).expect(200)).body.calls).toEqual([summer]);
  });

  it('edits a programme under the version seen and refuses a stale one or a taken name', async () => {
    const name = `Kreativ test ${unique()}`;
    const created: Programme = (await coordinator.post('/api/programmes', programmeInput(name)).expect(201))
      .body;
    const updated: Programme = (
      await coordinator
        .patch(`/api/programmes/${created.id}`, {
          ...programmeInput(name),
          coFinancingRatePercent: 70,
          version: 1,
        })
        .expect(200)
    ).body;
    expect(updated).toMatchObject({ coFinancingRatePercent: 70, version: 2 });
    const stale = await coordinator
      .patch(`/api/programmes/${created.id}`, { ...programmeInput(name), version: 1 })
      .expect(409);
    expect(stale.body.current.coFinancingRatePercent).toBe(70);
    const taken = await coordinator.post('/api/programmes', programmeInput('Erasmus+')).expect(409);
    expect(taken.body.code).toBe('name_taken');
  });

  it('keeps the version of a programme or call edited to the values it has; a stale version is still 409', async () => {
    const name = `Oförändrad ${unique()}`;
    const programme: Programme = (await coordinator.post('/api/programmes', programmeInput(name)).expect(201))
      .body;
    const call: Call = (
      await coordinator.post(`/api/programmes/${programme.id}/calls`, callInput).expect(201)
    ).body;
    const programmeStamp = await rowStamp(app, 'programme', programme.id);
    const callStamp = await rowStamp(app, 'programme_call', call.id);

    const sameProgramme: Programme = (
      await coordinator
        .patch(`/api/programmes/${programme.id}`, { ...programmeInput(name), version: 1 })
        .expect(200)
    ).body;
    expect(sameProgramme).toEqual({ ...programme, calls: [call] });
    const sameCall: Call = (
      await coordinator.patch(`/api/calls/${call.id}`, { ...callInput, version: 1 }).expect(200)
    ).body;
    expect(sameCall).toEqual(call);
    expect(await rowStamp(app, 'programme', programme.id)).toBe(programmeStamp);
    expect(await rowStamp(app, 'programme_call', call.id)).toBe(callStamp);

    const stale = await coordinator
      .patch(`/api/programmes/${programme.id}`, { ...programmeInput(name), version: 2 })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', current: { version: 1 } });
    await coordinator.patch(`/api/calls/${call.id}`, { ...callInput, version: 7 }).expect(409);

    const renamed: Programme = (
      await coordinator
        .patch(`/api/programmes/${programme.id}`, {
          ...programmeInput(name),
          funder: 'Ny finansiär',
          version: 1,
        })
        .expect(200)
    ).body;
    expect(renamed).toMatchObject({ funder: 'Ny finansiär', version: 2 });
    const later: Call = (
      await coordinator
        .patch(`/api/calls/${call.id}`, { ...callInput, opensOn: '2027-01-11', version: 1 })
        .expect(200)
    ).body;
    expect(later).toMatchObject({ opensOn: '2027-01-11', version: 2 });
  });

  it.each([
    ['an unknown kind', { kind: 'lottery' }, 'kind'],
    ['a rate above 100', { coFinancingRatePercent: 120 }, 'coFinancingRatePercent'],
    ['a link that is not a web address', { link: 'javascript:alert(1)' }, 'link'],
    ['a rate given as text', { coFinancingRatePercent: '80' }, 'coFinancingRatePercent'],
  ])('refuses a programme with %s, creating nothing', async (_, change, field) => {
    const name = `Felaktigt ${unique()}`;
    const response = await coordinator
      .post('/api/programmes', { ...programmeInput(name), ...change })
      .expect(422);
    expect(Object.keys(response.body.errors)).toContain(field);
    const names = ((await coordinator.get('/api/programmes')).body as Programme[]).map((p) => p.name);
    expect(names).not.toContain(name);
  });

  it.each([
    ['a deadline that is not a date and time', { deadlineLocal: '5 mars' }, 'deadlineLocal'],
    ['a day that does not exist', { deadlineLocal: '2027-02-30T12:00' }, 'deadlineLocal'],
    ['an unknown time zone', { deadlineTimeZone: 'Europe/Atlantis' }, 'deadlineTimeZone'],
    ['an amount without a currency', { maxGrantCurrency: null }, 'maxGrantCurrency'],
    ['an amount with decimals of minor units', { maxGrantMinor: 10.5 }, 'maxGrantMinor'],
  ])('refuses a call with %s', async (_, change, field) => {
    const programme: Programme = (
      await coordinator.post('/api/programmes', programmeInput(`Utlysningstest ${unique()}`)).expect(201)
    ).body;
    const response = await coordinator
      .post(`/api/programmes/${programme.id}/calls`, { ...callInput, ...change })
      .expect(422);
    expect(Object.keys(response.body.errors)).toContain(field);
    expect((await coordinator.get(`/api/programmes/${programme.id}`)).body.calls).toEqual([]);
  });

  it('answers 404 for a call to a programme that does not exist', async () => {
    await coordinator
      .post('/api/programmes/00000000-0000-4000-8000-000000000000/calls', callInput)
      .expect(404);
  });
});
