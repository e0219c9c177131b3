import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The demo accounts the launcher loads (see the README); one per role. */
export const demo = {
  admin: { email: 'admin@demo.kommun.se', name: 'Elin Andersson' },
  coordinator: { email: 'samordnare@demo.kommun.se', name: 'Maja Lindqvist' },
  departmentHead: { email: 'chef@demo.kommun.se', name: 'Karin Holm' },
  projectLead: { email: 'projektledare@demo.kommun.se', name: 'Jonas Ek' },
  viewer: { email: 'lasare@demo.kommun.se', name: 'Sofia Berg' },
} as const;
export const DEMO_PASSWORD = 'demo-password';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByTestId('account-menu')).toBeVisible();
}

/**
 * Opens a dialog and waits until it has taken the focus. A Material dialog moves the focus to its
 * first field only when its opening animation ends; typing before that lands in the wrong field.
 */
export async function openDialog(page: Page, trigger: Locator, name?: string): Promise<Locator> {
  await trigger.click();
  const dialog = name ? page.getByRole('dialog', { name }) : page.getByRole('dialog');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  return dialog;
}

/** WCAG 2.1 A and AA, as Swedish and Norwegian public-sector law asks. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  // A snack bar holds its text aria-hidden and fades in for 150 ms before it is announced;
  // judge the page as it settles, not mid-animation.
  await page.waitForFunction(
    () => !document.querySelector('.mat-mdc-snack-bar-label > [aria-hidden="true"] *'),
  );
  // Then until every finite animation has ended (a spinner's endless one aside), rather than a
  // fixed pause that a slow machine outlasts.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}
