import { expect, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, signIn } from './support/desk';
import { restoreRemindersOf } from './support/people';

test.describe('the calendar and reminders', () => {
  test('a coordinator finds coming deadlines by month and by list, and subscribes with a secret address', async ({
    page,
  }) => {
    await signIn(page, demo.coordinator.email);
    await page
      .getByRole('navigation', { name: 'Huvudnavigering' })
      .getByRole('link', { name: 'Kalender' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kalender' })).toBeVisible();

    // The demo applications' call deadlines are in the list, linked to their projects.
    await page.getByTestId('calendar-view-list').click();
    const list = page.getByTestId('calendar-list');
    await expect(
      list.getByRole('link', { name: /Samarbetspartnerskap om inkluderande fritidshem/ }).first(),
    ).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Filters live in the address, as on the board.
    await page.getByTestId('calendar-filter-q').fill('fritidshem');
    await expect(page).toHaveURL(/q=fritidshem/);
    await expect(list.getByRole('link', { name: /Hållbart resande/ })).toHaveCount(0);

    await page.getByTestId('calendar-view-month').click();
    await expect(page.getByTestId('calendar-month')).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The address is made on request and shown this once (only its hash is kept).
    await expect(page.getByTestId('calendar-feed-status')).toHaveText('Du har ingen kalenderadress än.');
    await page.getByRole('button', { name: 'Skapa adress' }).click();
    const address = page.getByTestId('calendar-feed-url');
    await expect(address).toBeFocused();
    const url = await address.inputValue();
    expect(url).toMatch(/\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    await expectNoAccessibilityViolations(page);
    // The feed a calendar program subscribes to answers without a session.
    const feed = await page.request.get(new URL(url).pathname, { headers: { cookie: '' } });
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');

    // Back on the page, the address cannot be read again: the page says a feed exists.
    await page.reload();
    await expect(page.getByTestId('calendar-feed-status')).toContainText('Du har en kalenderadress, skapad');
    await expect(page.getByTestId('calendar-feed-url')).toHaveCount(0);
  });

  test('the reminders page lists what was sent and what is planned', async ({ page }) => {
    await signIn(page, demo.coordinator.email);
    await page
      .getByRole('navigation', { name: 'Huvudnavigering' })
      .getByRole('link', { name: 'Påminnelser' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Påminnelser' })).toBeVisible();
    await expect(page.getByTestId('planned-reminders').getByRole('row').nth(1)).toBeVisible();
    // Nothing is due yet in the demo, so nothing was sent: the page says so.
    await expect(page.getByRole('heading', { name: 'Skickade' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test('a project lead chooses a daily digest and mutes one project', async ({ page, request }) => {
    // Jonas Ek leads the project muted below, so the test is his; whatever happens in it, his
    // choices are put back for the tests after it.
    try {
      await signIn(page, demo.projectLead.email);
      await page.goto('/account');
      const delivery = page.getByTestId('reminder-delivery');
      // The default gathers the earlier reminders; Jonas wants every one in the digest.
      await expect(
        delivery.getByRole('radio', { name: /^Sammanfattning om dagen, de sista påminnelserna direkt/ }),
      ).toBeChecked();
      await delivery.getByRole('radio', { name: /^En sammanfattning om dagen/ }).check();
      await expect(page.getByText('Sparat')).toBeVisible();
      await page.reload();
      await expect(delivery.getByRole('radio', { name: /^En sammanfattning om dagen/ })).toBeChecked();
      await page.getByTestId('reminder-delivery-reset').click();
      await expect(
        delivery.getByRole('radio', { name: /^Sammanfattning om dagen, de sista påminnelserna direkt/ }),
      ).toBeChecked();
      await expectNoAccessibilityViolations(page);

      await page.goto('/board');
      await page
        .getByRole('link', { name: 'Samarbetspartnerskap om inkluderande fritidshem', exact: true })
        .click();
      const mute = page.getByRole('switch', { name: 'Påminnelser om projektet till mig' });
      await expect(mute).toBeChecked();
      await mute.click();
      await expect(mute).not.toBeChecked();
      await page.reload();
      await expect(mute).not.toBeChecked();
      await mute.click();
      await expect(mute).toBeChecked();
    } finally {
      await restoreRemindersOf(request, demo.projectLead.email);
    }
  });
});
