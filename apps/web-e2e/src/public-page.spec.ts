import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { demo, expectNoAccessibilityViolations, signIn } from './support/desk';

/** A 2×2 PNG: the organisation's logo. */
const LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAD0lEQVR4nGNgMJ4JQhAKABP6AzHVPtkTAAAAAElFTkSuQmCC',
  'base64',
);

/**
 * A municipal web page elsewhere that frames the public list and reads its JSON, as the
 * municipality's own site would: served from an origin of its own (127.0.0.1 on a port of its own;
 * the desk is on localhost).
 */
async function municipalSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="nb"><head><title>Kommunens nettsted</title></head><body>
      <h1>Kommunens nettsted</h1>
      <iframe title="Internasjonale prosjekter" src="${baseURL}/public-projects?lang=nb" width="800" height="600"></iframe>
    </body></html>`);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

/** What a script on the page gets when it asks for the public JSON: the count, or the failure. */
const fetchPublicJson = (page: Page) =>
  page.evaluate(async (url) => {
    try {
      const answer = await fetch(url);
      return `${(await answer.json()).length} projects`;
    } catch {
      return 'refused';
    }
  }, `${baseURL}/api/public/projects`);

test.describe('the public page for a municipal web site', () => {
  test('an admin names the organisation, sets its logo and allows one web site; the Norwegian page shows the emblem and only that site may frame it', async ({
    page,
    browser,
  }) => {
    const allowed = await municipalSite();
    const other = await municipalSite();
    try {
      await signIn(page, demo.admin.email);
      await page.getByRole('link', { name: 'Organisation', exact: true }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Organisation och publik sida' }),
      ).toBeVisible();
      await page.getByLabel('Organisationens namn').fill('Ljungby kommun');
      // A page address is not an origin: the field says which line is wrong.
      const origins = page.getByLabel('Webbplatser som får bädda in den publika sidan');
      await origins.fill(`${allowed.origin}/projekt`);
      await page.getByRole('button', { name: 'Spara', exact: true }).click();
      await expect(page.getByText(`”${allowed.origin}/projekt” är inte en webbplats adress`)).toBeVisible();
      await origins.fill(allowed.origin);
      await page.getByRole('button', { name: 'Spara', exact: true }).click();
      await expect(page.getByText('Inställningarna är sparade.')).toBeVisible();

      await page.getByTestId('organisation-logo-file').setInputFiles({
        name: 'logotyp.png',
        mimeType: 'image/png',
        buffer: LOGO,
      });
      await expect(page.getByRole('img', { name: 'Nuvarande logotyp' })).toBeVisible();
      await expectNoAccessibilityViolations(page);

      // The public page in Norwegian: the organisation, its logo, the emblem and the statement.
      const visitorContext = await browser.newContext();
      const visitor = await visitorContext.newPage();
      await visitor.goto('/public-projects?lang=nb');
      await expect(visitor.locator('html')).toHaveAttribute('lang', 'nb');
      await expect(
        visitor.getByRole('heading', { level: 1, name: 'Internasjonale prosjekter' }),
      ).toBeVisible();
      await expect(visitor.getByRole('img', { name: 'Ljungby kommuns logo' })).toBeVisible();
      const potent = visitor
        .getByRole('region', { name: 'Avsluttede prosjekter' })
        .getByRole('article', { name: 'POTEnT' });
      await expect(potent.locator('svg.eu-flag')).toBeVisible();
      await expect(potent).toContainText('Medfinansiert av Den europeiske union');
      await expectNoAccessibilityViolations(visitor);
      // Its own page, with its Agenda 2030 goals named.
      await potent.getByRole('link', { name: 'POTEnT' }).click();
      await expect(visitor.getByRole('heading', { level: 1, name: 'POTEnT' })).toBeVisible();
      await expect(visitor.getByText('Finansieringskilde: Interreg Europe')).toBeVisible();
      await expectNoAccessibilityViolations(visitor);

      // The allowed site frames the page and reads the JSON.
      await visitor.goto(allowed.origin);
      const framed = visitor.frameLocator('iframe[title="Internasjonale prosjekter"]');
      await expect(
        framed.getByRole('heading', { level: 1, name: 'Internasjonale prosjekter' }),
      ).toBeVisible();
      expect(await fetchPublicJson(visitor)).toMatch(/^\d+ projects$/);

      // Another site is refused both: Chromium reports the frame it would not show.
      const refusal = visitor.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
      await visitor.goto(other.origin);
      await refusal;
      await expect(
        visitor
          .frameLocator('iframe[title="Internasjonale prosjekter"]')
          .getByRole('heading', { name: 'Internasjonale prosjekter' }),
      ).toHaveCount(0);
      expect(await fetchPublicJson(visitor)).toBe('refused');
      await visitorContext.close();
    } finally {
      await allowed.close();
      await other.close();
      // As the other tests expect the demo: no name of its own, no logo, no embedding.
      await page.goto('/admin/organisation');
      await page.getByLabel('Organisationens namn').fill('');
      await page.getByLabel('Webbplatser som får bädda in den publika sidan').fill('');
      await page.getByRole('button', { name: 'Spara', exact: true }).click();
      await expect(page.getByText('Inställningarna är sparade.')).toBeVisible();
      await page.getByRole('button', { name: 'Ta bort logotypen' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ta bort logotypen' }).click();
      await expect(page.getByText('Logotypen är borttagen.')).toBeVisible();
    }
  });
});
