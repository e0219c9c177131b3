import { expect, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, openDialog, signIn } from './support/desk';

test.describe('the public project list', () => {
  test('lists ongoing and finished projects without sign-in, with the EU statement, and meets WCAG 2.1 AA', async ({
    page,
  }) => {
    // Found from the sign-in page, as someone without an account would find it.
    await page.goto('/');
    await page.getByRole('link', { name: 'Kommunens internationella projekt (utan inloggning)' }).click();
    await expect(page).toHaveURL(/\/public-projects$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Internationella projekt' })).toBeVisible();
    const finished = page.getByRole('region', { name: 'Avslutade projekt' });
    const potent = finished.getByRole('article', { name: 'POTEnT' });
    await expect(potent).toContainText('Finansieringskälla: Interreg Europe');
    await expect(potent).toContainText('Medfinansieras av Europeiska unionen');
    await expect(potent).toContainText('vätgas');
    await expect(
      page
        .getByRole('region', { name: 'Pågående projekt' })
        .getByRole('article', { name: /Leader Linné Småland 2023/ }),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'International projects' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoAccessibilityViolations(page);
  });
});

test.describe('programmes and calls', () => {
  test('everyone reads the catalogue; a coordinator adds a call whose Brussels deadline is kept as published', async ({
    page,
  }) => {
    await signIn(page, demo.coordinator.email);
    await page
      .getByRole('navigation', { name: 'Huvudnavigering' })
      .getByRole('link', { name: 'Program', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Program' })).toBeVisible();
    const erasmus = page.getByRole('article', { name: 'Erasmus+' });
    await expect(erasmus.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const title = `Testutlysning ${Date.now()}`;
    const dialog = await openDialog(page, page.getByRole('button', { name: 'Ny utlysning i Erasmus+' }));
    await dialog.getByLabel('Titel').fill(title);
    await dialog.getByLabel('Deadline (datum och tid)').fill('2027-10-01T12:00');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(erasmus.getByRole('heading', { level: 3, name: title })).toBeVisible();
    // 12:00 in Brussels is 12:00 in Stockholm too, in summer as in winter.
    await expect(erasmus.getByRole('listitem').filter({ hasText: title })).toContainText('12:00');
  });

  test('a viewer reads the programmes but gets no edit buttons', async ({ page }) => {
    await signIn(page, demo.viewer.email);
    await page.goto('/programmes');
    await expect(page.getByRole('heading', { level: 1, name: 'Programmes' })).toBeVisible();
    await expect(page.getByRole('button', { name: /New programme|Nytt program/ })).toHaveCount(0);
  });
});
