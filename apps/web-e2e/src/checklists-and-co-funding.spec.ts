import { expect, type Page, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, openDialog, signIn } from './support/desk';

async function moveOnBoard(page: Page, title: string, stage: string): Promise<void> {
  await page.goto('/board');
  await page.getByRole('button', { name: `Flytta ${title}` }).click();
  await page.getByRole('menuitem', { name: `Till ${stage}` }).click();
}

test.describe('checklists and co-funding', () => {
  test('a coordinator works through the checklist, a department head approves the co-funding from the email or the project page, and the application can be submitted', async ({
    page,
    browser,
  }) => {
    test.slow();
    const title = `Skolutbyte Modena ${Date.now()}`;
    await signIn(page, demo.coordinator.email);

    // An idea, given Erasmus+ and its call, moved into Ansökan.
    await openDialog(page, page.getByTestId('board-new-idea'));
    await page.getByTestId('new-idea-title').fill(title);
    await page.getByTestId('new-idea-department').click();
    await page.getByRole('option', { name: 'Utbildningsförvaltningen' }).click();
    await page.getByTestId('new-idea-create').click();
    await page.getByTestId('board-column-idea').getByRole('link', { name: title }).click();
    const form = page.getByTestId('project-form');
    await form.getByRole('combobox', { name: 'Program', exact: true }).click();
    await page.getByRole('option', { name: 'Erasmus+' }).click();
    await form.getByRole('combobox', { name: 'Utlysning' }).click();
    await page.getByRole('option', { name: /KA220 Samarbetspartnerskap/ }).click();
    await page.getByTestId('project-save').click();
    await expect(page.getByText('Projektet är sparat.')).toBeVisible();
    await moveOnBoard(page, title, 'Ansökan');

    // The card shows the programme's checklist, nothing done, and the move to Beslut says why not.
    const card = page
      .getByTestId('board-column-application')
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: title, exact: true }) });
    await expect(card.getByRole('img', { name: /^Checklista: 0 av \d+ klara/ })).toBeVisible();
    const total = Number(
      (await card.getByRole('img', { name: /^Checklista/ }).getAttribute('aria-label'))?.match(
        /av (\d+)/,
      )?.[1],
    );
    expect(total).toBeGreaterThan(5);
    await page.getByRole('button', { name: `Flytta ${title}` }).click();
    await expect(
      page.getByRole('menuitem', { name: /Inte till Beslut.*obligatoriska punkter/ }),
    ).toBeDisabled();
    await page.keyboard.press('Escape');

    // On the project page the checklist works by keyboard.
    await card.getByRole('link', { name: title, exact: true }).click();
    const checklist = page.getByTestId('checklist');
    const boxes = checklist.getByRole('checkbox');
    await expect(boxes).toHaveCount(total);
    await expectNoAccessibilityViolations(page);
    await boxes.first().focus();
    await page.keyboard.press('Space');
    await expect(boxes.first()).toBeChecked();
    await expect(page.getByTestId('checklist-progress')).toContainText(`1 av ${total} klara`);
    for (let i = 1; i < total; i++) {
      await boxes.nth(i).check();
      await expect(boxes.nth(i)).toBeChecked();
    }
    await expect(page.getByTestId('checklist-progress')).toContainText(`${total} av ${total} klara`);

    // Co-funding asked of Utbildning.
    const dialog = await openDialog(page, page.getByTestId('co-funding-new'));
    await dialog.getByRole('combobox', { name: 'Förvaltning' }).click();
    await page.getByRole('option', { name: 'Utbildningsförvaltningen' }).click();
    await dialog.getByLabel('Budgetår', { exact: true }).fill('2027');
    // Within the head's delegation (100 000 kr in the demo), so the head decides alone.
    await dialog.getByLabel('Kontant').fill('80 000');
    await dialog.getByLabel('Motivering').fill('Ryms i förvaltningens plan för internationalisering.');
    await dialog.getByRole('button', { name: 'Skicka förfrågan' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('co-funding')).toContainText('Väntar på beslut');
    const projectPath = new URL(page.url()).pathname;
    // Nothing waits for the coordinator's decision: no way to the approvals from here.
    await expect(page.getByTestId('co-funding').getByRole('link', { name: /i godkännanden/ })).toHaveCount(0);

    // The card's progress followed the ticks; Beslut is still refused, now for the co-funding.
    await page.goto('/board');
    await expect(card.getByRole('img', { name: `Checklista: ${total} av ${total} klara` })).toBeVisible();
    await page.getByRole('button', { name: `Flytta ${title}` }).click();
    await expect(
      page.getByRole('menuitem', {
        name: 'Inte till Beslut: Medfinansieringen är inte godkänd.',
      }),
    ).toBeDisabled();
    await page.keyboard.press('Escape');

    // The head of Utbildning was emailed (kept in the mail log here) with a link to the request.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, demo.admin.email);
    await admin.goto('/admin/mail');
    const mail = admin.getByRole('row').filter({ hasText: `Medfinansiering att godkänna: ${title}` });
    await expect(async () => {
      await admin.getByRole('button', { name: 'Uppdatera' }).click();
      await expect(mail).toContainText(demo.departmentHead.email, { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await mail.getByRole('button', { name: /Läs mejlet/ }).click();
    const link = (await admin.getByRole('dialog').textContent())?.match(
      /https?:\/\/\S+\/approvals\?request=[0-9a-f-]+/,
    )?.[0];
    expect(link).toBeDefined();
    await adminContext.close();

    // Karin Holm follows the link, signs in, and approves from her inbox.
    const headContext = await browser.newContext();
    const head = await headContext.newPage();
    await head.goto(new URL(link as string).pathname + new URL(link as string).search);
    await head.getByLabel('E-postadress').fill(demo.departmentHead.email);
    await head.getByLabel('Lösenord', { exact: true }).fill('demo-password');
    await head.getByRole('button', { name: 'Logga in' }).click();
    await expect(head.getByRole('heading', { level: 1, name: 'Godkännanden' })).toBeVisible();
    const approve = head.getByRole('button', {
      name: `Godkänn medfinansiering till ${title} från Utbildningsförvaltningen`,
    });
    await expect(approve).toBeVisible();
    await expectNoAccessibilityViolations(head);
    // The project page she may open meanwhile takes her back to the request to decide it.
    await head.goto(projectPath);
    const toApprovals = head
      .getByTestId('co-funding')
      .getByRole('link', { name: 'Besluta i godkännanden: förfrågan till Utbildningsförvaltningen' });
    await expect(toApprovals).toHaveText('Besluta i godkännanden');
    await toApprovals.click();
    await expect(head).toHaveURL(/\/approvals\?request=[0-9a-f-]+$/);
    await expect(head.getByRole('article', { name: title })).toBeFocused();
    const decision = await openDialog(head, approve);
    await decision.getByTestId('decision-comment').fill('Ryms i ramen för 2027.');
    await decision.getByTestId('decision-send').click();
    await expect(
      head.getByText(`Du godkände medfinansieringen till ”${title}” från Utbildningsförvaltningen.`),
    ).toBeVisible();
    await headContext.close();

    // Now the application can be submitted.
    await moveOnBoard(page, title, 'Beslut');
    await expect(
      page.getByTestId('board-column-decision').getByRole('link', { name: title, exact: true }),
    ).toBeVisible();
  });
});
