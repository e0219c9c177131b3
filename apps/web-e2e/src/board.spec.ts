import { expect, type Locator, type Page, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, openDialog, signIn } from './support/desk';

/** CDK drag and drop follows real pointer movement, so move in steps rather than jump. */
async function drag(
  page: Page,
  handle: Locator,
  target: Locator,
  whileOver?: () => Promise<void>,
): Promise<void> {
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Nothing to drag or nowhere to drop');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(120, to.height / 2), { steps: 20 });
  await whileOver?.();
  await page.mouse.up();
}

test.describe('the board', () => {
  test('a coordinator registers an idea, is told why it cannot move yet, and moves it once it can', async ({
    page,
  }) => {
    const title = `Idé från tavlan ${Date.now()}`;
    await signIn(page, demo.coordinator.email);
    await expect(page.getByRole('heading', { level: 1, name: 'Tavlan' })).toBeVisible();
    await expect(page.getByTestId('board-column-running').getByRole('link').first()).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await openDialog(page, page.getByTestId('board-new-idea'));
    await page.getByTestId('new-idea-title').fill(title);
    await page.getByTestId('new-idea-department').click();
    await page.getByRole('option', { name: 'Utbildningsförvaltningen' }).click();
    await page.getByTestId('new-idea-create').click();
    const ideas = page.getByTestId('board-column-idea');
    await expect(ideas.getByRole('link', { name: title })).toBeVisible();

    // Dragging to Ansökan is refused before the drop: an application needs a programme, and the column says so.
    await drag(
      page,
      page.getByRole('img', { name: `Dra ${title} till ett annat steg` }),
      page.getByTestId('board-column-application'),
      async () => {
        await expect(page.getByTestId('board-column-application')).toContainText(/program/i);
      },
    );
    await expect(ideas.getByRole('link', { name: title })).toBeVisible();

    // The move menu says the same, by keyboard as well as by mouse.
    await page.getByRole('button', { name: `Flytta ${title}` }).click();
    await expect(page.getByRole('menuitem', { name: /Inte till Ansökan/ })).toBeDisabled();
    await page.keyboard.press('Escape');

    // Choose a programme on the project page, then the move is allowed.
    await ideas.getByRole('link', { name: title }).click();
    await page.getByTestId('project-form').getByRole('combobox', { name: 'Program', exact: true }).click();
    await page.getByRole('option', { name: 'Erasmus+' }).click();
    await page.getByTestId('project-save').click();
    await expect(page.getByText('Projektet är sparat.')).toBeVisible();
    await page.goto('/board');
    await page.getByRole('button', { name: `Flytta ${title}` }).click();
    await page.getByRole('menuitem', { name: 'Till Ansökan' }).click();
    await expect(
      page.getByTestId('board-column-application').getByRole('link', { name: title }),
    ).toBeVisible();

    // Filter by free text; the filter lives in the address so the view can be shared.
    await page.getByTestId('board-filter-q').fill(title);
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByRole('link', { name: /Idé från tavlan|Lärare lär av lärare/ })).toHaveCount(1);
    await page.reload();
    await expect(page.getByTestId('board-filter-q')).toHaveValue(title);
    await expect(
      page.getByTestId('board-column-application').getByRole('link', { name: title }),
    ).toBeVisible();
  });

  test('a rejected application is copied to the next call from its page, linked to the earlier attempt', async ({
    page,
  }) => {
    await signIn(page, demo.coordinator.email);
    await page
      .getByTestId('board-column-closed')
      .getByRole('link', { name: 'Vänortsutbyte om lokal demokrati' })
      .click();
    await expect(page.getByTestId('project-stage')).toHaveText('Avslutad');
    const earlier = page.url();
    await page.getByTestId('project-copy').click();
    await expect(page).not.toHaveURL(earlier);
    await expect(page.getByTestId('project-stage')).toHaveText('Ansökan');
    await expect(page.getByTestId('project-copy')).toHaveCount(0);
    await page.getByRole('link', { name: 'Tidigare försök' }).click();
    await expect(page).toHaveURL(earlier);
  });

  test('a viewer reads the board without move controls', async ({ page }) => {
    // A viewer lands on the reports (issue 14); the board is one link away.
    await signIn(page, demo.viewer.email);
    await page.goto('/board');
    await expect(page.getByTestId('board-column-running').getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0);
    await expect(page.getByTestId('board-new-idea')).toHaveCount(0);
  });
});
