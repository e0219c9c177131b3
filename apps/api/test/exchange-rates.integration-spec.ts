import type { INestApplication } from '@nestjs/common';
import type { ExchangeRate } from '@gp/domain';
import { DEMO_RATE_SOURCE } from '@gp/api/demo';
import { ApiClient } from './support/api-client';
import { createApp } from './support/create-app';
import { demo } from './support/demo';

/** The monthly rates the reports sum with: everyone reads them, only admins keep them. */
describe('exchange rates', () => {
  let app: INestApplication;
  let admin: ApiClient;
  let coordinator: ApiClient;
  let viewer: ApiClient;

  beforeAll(async () => {
    ({ app } = await createApp());
    admin = await ApiClient.signedIn(app, demo.admin);
    coordinator = await ApiClient.signedIn(app, demo.coordinator);
    viewer = await ApiClient.signedIn(app, demo.viewer);
  });

  afterAll(async () => {
    await app.close();
  });

  const rates = async (client: ApiClient = viewer): Promise<ExchangeRate[]> =>
    (await client.get('/api/exchange-rates').expect(200)).body;

  it('ships plausible demo rates into SEK for 2024-01 to 2027-12, marked demo', async () => {
    const all = await rates();
    const eur = all.filter((r) => r.currency === 'EUR');
    const nok = all.filter((r) => r.currency === 'NOK');
    expect(eur).toHaveLength(48);
    expect(nok).toHaveLength(48);
    expect(all.some((r) => r.currency === 'SEK')).toBe(false);
    expect(eur.map((r) => r.month).sort()[0]).toBe('2024-01');
    expect(eur.map((r) => r.month).sort()[47]).toBe('2027-12');
    expect(Math.min(...eur.map((r) => r.rate))).toBeGreaterThanOrEqual(10.9);
    expect(Math.max(...eur.map((r) => r.rate))).toBeLessThanOrEqual(11.6);
    // NOK→SEK through the euro: about 0.92 to 1.01.
    expect(Math.min(...nok.map((r) => r.rate))).toBeGreaterThan(0.9);
    expect(Math.max(...nok.map((r) => r.rate))).toBeLessThan(1.02);
    expect(all.every((r) => r.demo && r.source === DEMO_RATE_SOURCE)).toBe(true);
  });

  it('lets an admin keep a month’s rate, replacing the demo one, and remove it', async () => {
    const kept: ExchangeRate = (
      await admin.put('/api/exchange-rates', { currency: 'EUR', month: '2027-03', rate: 11.0925, source: 'InforEuro' }).expect(200)
    ).body;
    expect(kept).toEqual({ currency: 'EUR', month: '2027-03', rate: 11.0925, source: 'InforEuro', demo: false });
    expect((await rates()).find((r) => r.currency === 'EUR' && r.month === '2027-03')).toEqual(kept);

    const added: ExchangeRate = (
      await admin.put('/api/exchange-rates', { currency: 'EUR', month: '2031-01', rate: 11.123456, source: 'InforEuro' }).expect(200)
    ).body;
    expect(added.rate).toBe(11.123456);
    await admin.delete('/api/exchange-rates/EUR/2031-01').expect(204);
    expect((await rates()).some((r) => r.month === '2031-01')).toBe(false);
    await admin.delete('/api/exchange-rates/EUR/2031-01').expect(404);
  });

  it('refuses anyone but an admin (403), and changes nothing', async () => {
    const before = await rates();
    for (const client of [coordinator, viewer]) {
      await client.put('/api/exchange-rates', { currency: 'EUR', month: '2027-04', rate: 9, source: 'x' }).expect(403);
      await client.delete('/api/exchange-rates/EUR/2027-04').expect(403);
    }
    expect(await rates()).toEqual(before);
  });

  it.each([
    ['currency', { currency: 'SEK' }],
    ['currency', { currency: 'USD' }],
    ['month', { month: '2027-13' }],
    ['month', { month: '2027-04-01' }],
    ['rate', { rate: 0 }],
    ['rate', { rate: -11 }],
    ['rate', { rate: 11.1234567 }],
    ['rate', { rate: '11.2' }],
    ['source', { source: '' }],
  ])('refuses a wrong %s, naming it, and changes nothing', async (field, change) => {
    const before = await rates();
    const refused = await admin
      .put('/api/exchange-rates', { currency: 'EUR', month: '2027-04', rate: 11.3, source: 'InforEuro', ...change })
      .expect(422);
    expect(Object.keys(refused.body.errors)).toEqual([field]);
    expect(await rates()).toEqual(before);
  });

  it('reports in NOK where the organisation is Norwegian, so NOK needs no rate there', async () => {
    const { app: norwegian } = await createApp({ country: 'NO' });
    try {
      const norwegianAdmin = await ApiClient.signedIn(norwegian, demo.admin);
      const refused = await norwegianAdmin
        .put('/api/exchange-rates', { currency: 'NOK', month: '2027-04', rate: 1.1, source: 'Norges Bank' })
        .expect(422);
      expect(Object.keys(refused.body.errors)).toEqual(['currency']);
      const report = (await norwegianAdmin.get('/api/reports').query({ from: '2027-01-01', to: '2027-12-31' }).expect(200)).body;
      expect(report.rates.reportingCurrency).toBe('NOK');
    } finally {
      await norwegian.close();
    }
  });

  it('names the wrong part of a rate to remove', async () => {
    expect((await admin.delete('/api/exchange-rates/USD/2027-04').expect(422)).body.errors).toHaveProperty('currency');
    expect((await admin.delete('/api/exchange-rates/EUR/april').expect(422)).body.errors).toHaveProperty('month');
  });
});
