import { expect, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, openDialog, signIn } from './support/desk';
import { restoreReminderRule } from './support/people';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

test.describe('administration', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demo.admin.email);
  });

  test('an admin adds a person with roles and a department, who can then sign in', async ({
    page,
    browser,
  }) => {
    const email = `ny.${unique()}@demo.kommun.se`;
    await page.getByTestId('admin-navigation').getByRole('link', { name: 'Användare', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Användare' })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const dialog = await openDialog(page, page.getByRole('button', { name: 'Ny användare' }), 'Ny användare');
    await dialog.getByLabel('Namn').fill('Nora Nyström');
    await dialog.getByLabel('E-postadress').fill(email);
    await dialog.getByLabel('Startlösenord').fill('ett långt startlösenord');
    await dialog.getByRole('checkbox', { name: 'Projektledare' }).check();
    await dialog.getByRole('combobox', { name: 'Förvaltningar' }).click();
    await page.getByRole('option', { name: 'Socialförvaltningen' }).click();
    await page.keyboard.press('Escape');
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toHaveCount(0);
    const row = page.getByTestId(`user-row-${email}`);
    await expect(row).toContainText('Nora Nyström');
    await expect(row).toContainText('Projektledare');
    await expect(row).toContainText('Socialförvaltningen');

    const context = await browser.newContext();
    const newcomer = await context.newPage();
    await signIn(newcomer, email, 'ett långt startlösenord');
    await expect(newcomer.getByTestId('account-menu')).toContainText('Nora Nyström');
    await context.close();
  });

  test('an address already in use is refused with a message at the field', async ({ page }) => {
    await page.goto('/admin/users');
    const dialog = await openDialog(page, page.getByRole('button', { name: 'Ny användare' }), 'Ny användare');
    await dialog.getByLabel('Namn').fill('Dubbel');
    await dialog.getByLabel('E-postadress').fill(demo.viewer.email);
    await dialog.getByLabel('Startlösenord').fill('ett långt startlösenord');
    await dialog.getByRole('checkbox', { name: 'Läsare' }).check();
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toContainText('Det finns redan ett konto med den e-postadressen.');
  });

  test('an admin changes the reminder days of a kind of deadline, and returns it to the defaults', async ({
    page,
    request,
  }) => {
    // The rules are the whole desk's: put back whatever happens, for the tests after this one.
    try {
      await page
        .getByTestId('admin-navigation')
        .getByRole('link', { name: 'Påminnelseregler', exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'Påminnelseregler' })).toBeVisible();
      const row = page.getByRole('row').filter({ hasText: 'Delrapport' });
      await expect(row).toContainText(
        '30 dagar före, 14 dagar före, 7 dagar före, 3 dagar före, 1 dag före, dagen efter',
      );
      await expect(row).toContainText('Standard');
      await expectNoAccessibilityViolations(page);

      const dialog = await openDialog(
        page,
        page.getByRole('button', { name: 'Ändra påminnelser för Delrapport' }),
        'Påminnelser: Delrapport',
      );
      const days = dialog.getByLabel('Dagar före sista dagen');
      await days.fill('400, 7');
      await days.blur();
      await expect(dialog).toContainText(
        'Dagarna måste vara från 365 dagar före till 30 dagar efter sista dagen.',
      );
      await days.fill('60, 7 -1');
      await expect(dialog).toContainText('Påminnelser går ut: 60 dagar före, 7 dagar före, dagen efter');
      await expectNoAccessibilityViolations(page);
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(row).toContainText('60 dagar före, 7 dagar före, dagen efter');
      await expect(row).toContainText('av Elin Andersson');

      // Saved on the server: a reload shows it, and the admin can go back to the defaults.
      await page.reload();
      await expect(row).toContainText('60 dagar före, 7 dagar före, dagen efter');
      const again = await openDialog(
        page,
        page.getByRole('button', { name: 'Ändra påminnelser för Delrapport' }),
        'Påminnelser: Delrapport',
      );
      await again.getByRole('button', { name: 'Återställ standard' }).click();
      await expect(again).toHaveCount(0);
      await expect(row).toContainText('Standard');
      await expect(row).toContainText('30 dagar före, 14 dagar före');
    } finally {
      await restoreReminderRule(request, 'interim_report');
    }
  });

  test('an admin adds and renames a department', async ({ page }) => {
    const name = `Näringslivsenheten ${unique()}`;
    await page.goto('/admin/departments');
    await expect(page.getByRole('heading', { level: 1, name: 'Förvaltningar' })).toBeVisible();
    await page.getByLabel('Ny förvaltning').fill(name);
    await page.getByRole('button', { name: 'Lägg till' }).click();
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();

    const dialog = await openDialog(page, page.getByRole('button', { name: `Byt namn på ${name}` }));
    await dialog.getByLabel('Namn').fill(`${name} (ny)`);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByRole('cell', { name: `${name} (ny)`, exact: true })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('a test email is kept in the mail log when no SMTP server is configured, and can be read there', async ({
    page,
  }) => {
    await page.goto('/admin/mail');
    await expect(page.getByRole('heading', { level: 1, name: 'Mejllogg' })).toBeVisible();
    await page.getByRole('button', { name: 'Skicka testmejl' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Testmejl från Projektdesken' }).first();
    await expect(async () => {
      await page.getByRole('button', { name: 'Uppdatera' }).click();
      await expect(row).toContainText('Sparat, ej skickat', { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(row).toContainText(demo.admin.email);
    await row.getByRole('button', { name: /Läs mejlet/ }).click();
    await expect(page.getByRole('dialog')).toContainText('Det här är ett testmejl.');
    await expectNoAccessibilityViolations(page);
  });
});
