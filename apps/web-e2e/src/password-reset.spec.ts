import { expect, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, signIn } from './support/desk';
import { DeskApi, personOfTheirOwn } from './support/people';

interface MailLogPage {
  items: Array<{ to: string; kind: string; text: string; subject: string }>;
}

test.describe('forgot password', () => {
  test('a forgotten password is reset from the emailed link, and the person signs in with the new one', async ({
    page,
    request,
  }) => {
    const person = await personOfTheirOwn(request, { name: 'Glömsk Samordnare', roles: ['coordinator'] });

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Glömt lösenordet?' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('E-postadress').fill(person.email);
    await page.getByRole('button', { name: 'Skicka länken' }).click();
    const sent = page.getByRole('heading', { level: 1, name: 'Titta i din e-post' });
    await expect(sent).toBeFocused();
    await expect(page.getByTestId('reset-link-sent')).toContainText(person.email);

    // The email, as the mail log holds it (the browser tests keep emails there instead of sending them).
    const admin = await DeskApi.signedIn(request, demo.admin.email);
    let link = '';
    await expect(async () => {
      const log = await admin.get<MailLogPage>('/api/mail-log?limit=50');
      const mail = log.items.find((item) => item.to === person.email && item.kind === 'password_reset');
      expect(mail?.subject).toBe('Välj ett nytt lösenord');
      link = /\/new-password#[A-Za-z0-9_-]{43}/.exec(mail?.text ?? '')?.[0] ?? '';
      expect(link).not.toBe('');
    }).toPass({ timeout: 20_000 });

    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Välj ett nytt lösenord' })).toBeVisible();
    // The secret leaves the address bar as the page opens.
    await expect(page).toHaveURL(/\/new-password$/);
    await expectNoAccessibilityViolations(page);

    await page.getByLabel('Nytt lösenord', { exact: true }).fill('mitt nya minnesvärda lösenord');
    await page.getByLabel('Upprepa det nya lösenordet').fill('mitt nya minnesvärda lösenord');
    await page.getByRole('button', { name: 'Spara det nya lösenordet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lösenordet är bytt' })).toBeFocused();

    // Used once, the link says so and offers a new one. (Opened afresh, as from the email: from
    // /new-password itself the browser would only move to the fragment.)
    await page.goto('about:blank');
    await page.goto(link);
    await page.getByLabel('Nytt lösenord', { exact: true }).fill('ett helt annat lösenord');
    await page.getByLabel('Upprepa det nya lösenordet').fill('ett helt annat lösenord');
    await page.getByRole('button', { name: 'Spara det nya lösenordet' }).click();
    await expect(page.getByTestId('reset-link-problem')).toContainText('Länken är redan använd');
    await expect(page.getByRole('link', { name: 'Be om en ny länk' })).toBeVisible();

    await page.goto('/sign-in');
    await page.getByLabel('E-postadress').fill(person.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByTestId('sign-in-problem')).toContainText('Fel e-postadress eller lösenord.');
    await signIn(page, person.email, 'mitt nya minnesvärda lösenord');
  });
});
