import { expect, test } from '@playwright/test';
import { demo, DEMO_PASSWORD, expectNoAccessibilityViolations, signIn } from './support/desk';

test.describe('signing in', () => {
  test('the sign-in page meets WCAG 2.1 AA, in Swedish by default', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expectNoAccessibilityViolations(page);
  });

  test('a wrong password is refused with a message a screen reader hears', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-postadress').fill(demo.coordinator.email);
    await page.getByLabel('Lösenord', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByTestId('sign-in-problem')).toContainText('Fel e-postadress eller lösenord.');
    await expect(page).toHaveURL(/\/sign-in/);
    await expectNoAccessibilityViolations(page);
  });

  test('says what to fix in each field, and takes the person to the first one', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const email = page.getByRole('textbox', { name: 'E-postadress' });
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Det här fältet måste fyllas i.');
    await expect(page.getByLabel('Lösenord', { exact: true })).toHaveAccessibleDescription(
      'Det här fältet måste fyllas i.',
    );
    await expectNoAccessibilityViolations(page);
    await email.fill('namn@kommun');
    await email.blur();
    await expect(email).toHaveAccessibleDescription('Skriv en e-postadress, till exempel namn@kommun.se.');
  });

  test('switches theme with the keyboard and language with the language choice, AA in the dark too', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Språk' })).toBeFocused();
    await page.keyboard.press('Tab');
    const theme = page.getByRole('button', { name: 'Färgtema: följ systemet. Byt till ljust.' });
    await expect(theme).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Färgtema: mörkt. Byt till följ systemet.' })).toBeFocused();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    await expect(page).toHaveTitle(/Sign in/);
    await expectNoAccessibilityViolations(page);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-postadress').focus();
    await page.keyboard.type(demo.coordinator.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Tavlan' })).toBeVisible();
  });

  test('returns to the page asked for, and a signed-out person is sent to sign in first', async ({
    page,
  }) => {
    await page.goto('/calendar');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fcalendar/);
    await page.getByLabel('E-postadress').fill(demo.coordinator.email);
    await page.getByLabel('Lösenord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
  });

  test('signing out ends the session', async ({ page }) => {
    await signIn(page, demo.coordinator.email);
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Logga ut' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/board');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
