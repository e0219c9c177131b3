import { expect, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, signIn } from './support/desk';
import { personOfTheirOwn } from './support/people';

const swedish = {
  navigation: 'Huvudnavigering',
  sections: ['Tavlan', 'Rapporter', 'Program', 'Kalender', 'Påminnelser'],
  approvals: 'Godkännanden',
};
// The demo viewer chose English; the desk speaks each person's own language after sign-in.
const english = {
  navigation: 'Main navigation',
  sections: ['Board', 'Reports', 'Programmes', 'Calendar', 'Reminders'],
  approvals: 'Approvals',
};

const roles = [
  {
    role: 'admin',
    account: demo.admin,
    roleName: 'Administratör',
    approvals: true,
    admin: true,
    words: swedish,
  },
  {
    role: 'coordinator',
    account: demo.coordinator,
    roleName: 'Samordnare',
    // Coordinators read every co-funding request and record the bodies' decisions there (issue 13).
    approvals: true,
    admin: false,
    words: swedish,
  },
  {
    role: 'department head',
    account: demo.departmentHead,
    roleName: 'Förvaltningschef',
    approvals: true,
    admin: false,
    words: swedish,
  },
  {
    role: 'project lead',
    account: demo.projectLead,
    roleName: 'Projektledare',
    approvals: false,
    admin: false,
    words: swedish,
  },
  {
    role: 'viewer',
    account: demo.viewer,
    roleName: 'Viewer',
    approvals: false,
    admin: false,
    words: english,
  },
];

test.describe('the shell', () => {
  for (const { role, account, roleName, approvals, admin, words } of roles) {
    test(`a ${role} signs in and sees the sections their role opens, in their language`, async ({ page }) => {
      await signIn(page, account.email);
      const navigation = page.getByRole('navigation', { name: words.navigation });
      for (const section of words.sections)
        await expect(navigation.getByRole('link', { name: section })).toBeVisible();
      await expect(navigation.getByRole('link', { name: words.approvals })).toHaveCount(approvals ? 1 : 0);
      await expect(page.getByTestId('admin-navigation')).toHaveCount(admin ? 1 : 0);
      await expect(page.getByTestId('account-menu')).toContainText(account.name);
      await expect(page.getByTestId('account-menu')).toHaveAccessibleName(new RegExp(roleName));
    });
  }

  test('draws its icons as inline SVG, without downloading an icon font', async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    await signIn(page, demo.admin.email);
    const navigation = page.getByRole('navigation', { name: swedish.navigation });
    // The board's navigation icon is a drawn path, not a blank and not the ligature word.
    const boardIcon = navigation.getByRole('link', { name: 'Tavlan' }).locator('mat-icon');
    await expect(boardIcon).toHaveAttribute('data-mat-icon-name', 'view_kanban');
    await expect(boardIcon.locator('svg path')).toHaveCount(1);
    await expect(boardIcon).toHaveText('');
    const box = await boardIcon.locator('svg').boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    expect(fonts.filter((url) => /symbols?-outlined|material-symbols/i.test(url))).toEqual([]);
  });

  test('an admin page is closed to someone without the admin role', async ({ page }) => {
    await signIn(page, demo.coordinator.email);
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Användare' })).toHaveCount(0);
  });

  test('meets WCAG 2.1 AA in the light and the dark theme, with a skip link to the content', async ({
    page,
  }) => {
    await signIn(page, demo.admin.email);
    await expectNoAccessibilityViolations(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Hoppa till huvudinnehållet' })).toBeFocused();

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Tavlan' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Användare' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('switches to English and Norwegian, and remembers the choice for the account', async ({
    page,
    request,
  }) => {
    // A person of their own, so no demo account is left in another language if this fails.
    const person = await personOfTheirOwn(request, { name: 'Sara Språksson', roles: ['coordinator'] });
    await signIn(page, person.email, person.password);
    await page.getByRole('button', { name: 'Språk: Svenska' }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await expect(page.getByRole('link', { name: 'Board', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Board' })).toBeVisible();

    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitemradio', { name: 'Norsk bokmål' }).click();
    await expect(page.getByRole('link', { name: 'Tavla', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');

    // And back to Swedish.
    await page.getByRole('button', { name: /^Språk: Norsk bokmål$/ }).click();
    await page.getByRole('menuitemradio', { name: 'Svenska' }).click();
    await expect(page.getByRole('link', { name: 'Tavlan', exact: true })).toBeVisible();
  });

  test('works on a phone: the navigation opens from the menu button', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await signIn(page, demo.coordinator.email);
    const menu = page.getByRole('button', { name: 'Meny' });
    await expect(menu).toBeVisible();
    await menu.click();
    await page
      .getByRole('navigation', { name: 'Huvudnavigering' })
      .getByRole('link', { name: 'Kalender' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
