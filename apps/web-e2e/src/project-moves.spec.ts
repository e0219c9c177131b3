import { expect, type Page, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, openDialog, signIn } from './support/desk';

/** A new idea from the board, opened on its page through a board search (so "back" has a query). */
async function newIdeaOnItsPage(page: Page, title: string): Promise<void> {
  await openDialog(page, page.getByTestId('board-new-idea'));
  await page.getByTestId('new-idea-title').fill(title);
  await page.getByTestId('new-idea-department').click();
  await page.getByRole('option', { name: 'Utbildningsförvaltningen' }).click();
  await page.getByTestId('new-idea-create').click();
  await page.getByTestId('board-filter-q').fill(title);
  await expect(page).toHaveURL(/q=/);
  await page.getByTestId('board-column-idea').getByRole('link', { name: title }).click();
  await expect(page.getByTestId('project-stage')).toHaveText('Idé');
}

/** Chooses a programme (and a call) in the project's form and saves. */
async function choose(page: Page, programme: string, call?: string): Promise<void> {
  const form = page.getByTestId('project-form');
  await form.getByRole('combobox', { name: 'Program', exact: true }).click();
  await page.getByRole('option', { name: programme }).click();
  if (call) {
    await form.getByRole('combobox', { name: 'Utlysning', exact: true }).click();
    await page.getByRole('option', { name: call }).click();
  }
  await page.getByTestId('project-save').click();
  await expect(page.getByText('Projektet är sparat.')).toBeVisible();
}

/** Opens the page's move menu and chooses a stage: the dialog that asks what the move needs opens. */
async function moveTo(page: Page, stage: string) {
  await page.getByTestId('project-move').click();
  await page.getByRole('menuitem', { name: `Till ${stage}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  return dialog;
}

test.describe('moves from the project page', () => {
  test('a coordinator moves a project through every stage from its page, closes it as ended early and reopens it', async ({
    page,
  }) => {
    const title = `Genom alla steg ${Date.now()}`;
    await signIn(page, demo.coordinator.email);
    await newIdeaOnItsPage(page, title);
    await expect(page.getByTestId('project-back')).toHaveAttribute('href', /\/board\?q=/);
    // The grant applied for, saved with the programme: a granted amount above it is asked about later.
    await page.getByTestId('project-form').getByRole('spinbutton', { name: 'Sökt bidrag' }).fill('200000');
    await choose(page, 'ICLD Kommunala partnerskap', 'Projektansökan, vårens omgång');
    await expectNoAccessibilityViolations(page);

    let dialog = await moveTo(page, 'Ansökan');
    await dialog.getByTestId('move-comment').fill('Vi söker i vårens omgång');
    await expectNoAccessibilityViolations(page);
    await dialog.getByTestId('move-confirm').click();
    await expect(page.getByTestId('project-stage')).toHaveText('Ansökan');
    // The focus comes back to the move button, not the page body.
    await expect(page.getByTestId('project-move')).toBeFocused();

    // The application's checklist (it came with the move), ticked: then it may be submitted.
    const boxes = page.getByTestId('checklist').getByRole('checkbox');
    await expect(boxes.first()).toBeVisible();
    const total = await boxes.count();
    // Until then the menu says why Beslut waits, before anyone fills in a dialog (as the board's does).
    await page.getByTestId('project-move').click();
    await expect(page.getByRole('menuitem', { name: /Inte till Beslut/ })).toHaveAccessibleDescription(
      /obligatoriska punkter i checklistan är klara/,
    );
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('project-move')).toBeFocused();
    for (let i = 0; i < total; i++) {
      await boxes.nth(i).check();
      await expect(boxes.nth(i)).toBeChecked();
    }
    dialog = await moveTo(page, 'Beslut');
    await dialog.getByTestId('move-confirm').click();
    await expect(page.getByTestId('project-stage')).toHaveText('Beslut');

    // To Pågår the grant, the period and the report dates are asked in the same dialog.
    dialog = await moveTo(page, 'Pågår');
    await dialog.getByTestId('move-granted').fill('1800000');
    await dialog.getByTestId('move-planned-start').fill('2026-01-01');
    await dialog.getByTestId('move-confirm').click();
    await expect(dialog.getByRole('alert')).toContainText('är mer än det sökta bidraget 200 000 kr');
    await expect(dialog.getByTestId('move-granted')).toBeFocused();
    await expect(page.getByTestId('project-stage')).toHaveText('Beslut');
    await dialog.getByTestId('move-granted').fill('180000');
    await dialog.getByTestId('move-planned-start').fill('2026-01-01');
    await dialog.getByTestId('move-planned-end').fill('2031-12-31');
    await dialog.getByTestId('move-interim-report').fill('2029-06-30');
    await dialog.getByTestId('move-final-report').fill('2032-02-28');
    await expectNoAccessibilityViolations(page);
    await dialog.getByTestId('move-confirm').click();
    await expect(page.getByTestId('project-stage')).toHaveText('Pågår');

    // Closing warns that the planned end is ahead and asks for confirmation.
    dialog = await moveTo(page, 'Avslutad');
    await expect(dialog.getByTestId('move-warnings')).toContainText('har inte kommit än');
    await expect(dialog.getByTestId('move-final')).toBeVisible();
    await dialog.getByTestId('move-outcome').click();
    await page.getByRole('option', { name: 'Avslutad i förtid' }).click();
    await dialog.getByTestId('move-results').fill('Två av tre utbyten genomfördes.');
    await dialog.getByTestId('move-comment').fill('Partnern i Modena lämnade projektet');
    await expectNoAccessibilityViolations(page);
    await dialog.getByRole('button', { name: 'Avsluta projektet' }).click();
    await expect(page.getByTestId('project-stage')).toHaveText('Avslutad');
    await expect(page.getByTestId('project-history')).toContainText('Partnern i Modena lämnade projektet');
    await expect(page.getByTestId('project-history')).toContainText('Avslutad i förtid');
    await expect(page.getByTestId('project-reopen')).toBeFocused();
    await expectNoAccessibilityViolations(page);

    // A coordinator reopens it to the stage it was closed from.
    const reopen = await openDialog(page, page.getByTestId('project-reopen'));
    await expect(reopen).toContainText('Pågår');
    await reopen.getByTestId('reopen-comment').fill('Stängdes för tidigt');
    await reopen.getByTestId('reopen-confirm').click();
    await expect(page.getByTestId('project-stage')).toHaveText('Pågår');
    await expect(page.getByTestId('project-history').locator('li').last()).toContainText('Avslutad → Pågår');
    await expect(page.getByTestId('project-history')).toContainText('Stängdes för tidigt');

    // Back to the board with the search it came from.
    await page.getByTestId('project-back').click();
    await expect(page).toHaveURL(/\/board\?q=/);
    await expect(page.getByTestId('board-filter-q')).toHaveValue(title);
  });

  test('a keyboard user hears why Beslut is refused in the board’s menu, cannot choose it, and keeps the focus on the card', async ({
    page,
  }) => {
    const title = `Tangentbord ${Date.now()}`;
    await signIn(page, demo.coordinator.email);
    await newIdeaOnItsPage(page, title);
    await choose(page, 'ICLD Kommunala partnerskap');
    await page.getByTestId('project-back').click();
    const card = page.getByTestId('board-column-idea').locator('li.card', { hasText: title });
    const moveButton = card.getByRole('button', { name: `Flytta ${title}` });

    await moveButton.focus();
    await page.keyboard.press('Enter');
    // Every stage is listed; the first (Ansökan) is allowed, the next (Beslut) is not but is reached.
    await expect(page.getByRole('menuitem')).toHaveCount(4);
    await expect(page.getByRole('menuitem', { name: 'Till Ansökan' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const decision = page.getByRole('menuitem', { name: /Inte till Beslut/ });
    await expect(decision).toBeFocused();
    await expect(decision).toHaveAttribute('aria-disabled', 'true');
    await expect(decision).toHaveAccessibleDescription(/kan inte flyttas från Idé till Beslut/);
    await expectNoAccessibilityViolations(page);
    await page.keyboard.press('Enter');
    // Not chosen: the menu stays, the reason is announced, the card stays an idea.
    await expect(decision).toBeFocused();
    await expect(page.locator('.cdk-live-announcer-element')).toContainText('Beslut');
    await page.keyboard.press('Escape');
    await expect(moveButton).toBeFocused();
    await expect(page.getByTestId('board-column-idea').getByRole('link', { name: title })).toBeVisible();

    // A move that is allowed: the focus follows the card to its new column.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Till Ansökan' })).toBeFocused();
    await page.keyboard.press('Enter');
    const moved = page.getByTestId('board-column-application').locator('li.card', { hasText: title });
    await expect(moved).toBeVisible();
    await expect(moved.getByRole('button', { name: `Flytta ${title}` })).toBeFocused();
    await expect(page.getByTestId('board-announcer')).toContainText('flyttades till Ansökan');
  });

  test('an idea is deleted after a confirmation and an admin restores it', async ({ page, browser }) => {
    const title = `Idé att ta bort ${Date.now()}`;
    await signIn(page, demo.coordinator.email);
    await newIdeaOnItsPage(page, title);
    const confirm = await openDialog(page, page.getByTestId('project-delete'));
    await expect(confirm).toContainText('30 dagar');
    await confirm.getByRole('button', { name: 'Ta bort' }).click();
    await expect(page).toHaveURL(/\/board/);
    await expect(page.getByText(`Idén ”${title}” är borttagen.`)).toBeVisible();
    await expect(page.getByTestId('board-column-idea').getByRole('link', { name: title })).toHaveCount(0);

    const context = await browser.newContext();
    const admin = await context.newPage();
    await signIn(admin, demo.admin.email);
    await admin.goto('/admin/deleted-ideas');
    await expect(admin.getByRole('heading', { level: 1, name: 'Borttagna idéer' })).toBeVisible();
    const row = admin.getByRole('row', { name: new RegExp(title) });
    await expect(row).toContainText(demo.coordinator.name);
    await expectNoAccessibilityViolations(admin);
    await row.getByRole('button', { name: `Återställ ${title}` }).click();
    await expect(admin.getByTestId('deleted-ideas-restored')).toContainText(title);
    await expect(admin.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
    await expectNoAccessibilityViolations(admin);
    await context.close();

    await page.reload();
    await expect(page.getByTestId('board-column-idea').getByRole('link', { name: title })).toBeVisible();
  });
});
