import { expect, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, openDialog, signIn } from './support/desk';

test.describe('my account', () => {
  test('a person changes their password; the old one stops working and an email confirms it', async ({
    page,
    browser,
  }) => {
    // A person of their own, so the demo accounts keep their password.
    const email = `konto.${Date.now().toString(36)}@demo.kommun.se`;
    await signIn(page, demo.admin.email);
    await page.goto('/admin/users');
    const dialog = await openDialog(page, page.getByRole('button', { name: 'Ny användare' }), 'Ny användare');
    await dialog.getByLabel('Namn').fill('Kim Kontosson');
    await dialog.getByLabel('E-postadress').fill(email);
    await dialog.getByLabel('Startlösenord').fill('det första lösenordet');
    await dialog.getByRole('checkbox', { name: 'Samordnare' }).check();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByTestId(`user-row-${email}`)).toBeVisible();

    const context = await browser.newContext();
    const person = await context.newPage();
    await signIn(person, email, 'det första lösenordet');
    await person.getByTestId('account-menu').click();
    await person.getByRole('menuitem', { name: 'Mitt konto' }).click();
    await expect(person.getByRole('heading', { level: 1, name: 'Mitt konto' })).toBeVisible();
    await expectNoAccessibilityViolations(person);

    await person.getByLabel('Nuvarande lösenord').fill('fel lösenord');
    await person.getByLabel('Nytt lösenord', { exact: true }).fill('ett nytt långt lösenord');
    await person.getByLabel('Upprepa det nya lösenordet').fill('ett nytt långt lösenord');
    await person.getByRole('button', { name: 'Byt lösenord' }).click();
    await expect(person.getByText('Det nuvarande lösenordet stämmer inte.')).toBeVisible();

    await person.getByLabel('Nuvarande lösenord').fill('det första lösenordet');
    await person.getByRole('button', { name: 'Byt lösenord' }).click();
    await expect(person.getByText(/Lösenordet är bytt/)).toBeVisible();
    await context.close();

    const again = await browser.newContext();
    const retry = await again.newPage();
    await retry.goto('/sign-in');
    await retry.getByLabel('E-postadress').fill(email);
    await retry.getByLabel('Lösenord', { exact: true }).fill('det första lösenordet');
    await retry.getByRole('button', { name: 'Logga in' }).click();
    await expect(retry.getByTestId('sign-in-problem')).toContainText('Fel e-postadress eller lösenord.');
    await signIn(retry, email, 'ett nytt långt lösenord');
    await again.close();

    await page.goto('/admin/mail');
    await expect(async () => {
      await page.getByRole('button', { name: 'Uppdatera' }).click();
      await expect(
        page.getByRole('row').filter({ hasText: email }).filter({ hasText: 'Ditt lösenord har ändrats' }),
      ).toHaveCount(1, { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
  });
});
