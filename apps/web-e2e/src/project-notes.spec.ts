import { expect, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, signIn } from './support/desk';
import { DeskApi } from './support/people';

test('a coordinator mentions the project lead in a note, who is emailed a link and reads it; the author edits and deletes it, nobody else may', async ({
  page,
  browser,
  request,
}) => {
  test.slow();
  const title = `Anteckningar Modena ${Date.now()}`;
  const coordinatorApi = await DeskApi.signedIn(request, demo.coordinator.email);
  const departments = await coordinatorApi.get<Array<{ id: string; name: string }>>('/api/departments');
  const people = await coordinatorApi.get<Array<{ id: string; name: string }>>('/api/people');
  const education = departments.find((d) => d.name === 'Utbildningsförvaltningen');
  const idea = await coordinatorApi.write<{ id: string; version: number }>('post', '/api/projects', {
    title,
    departmentId: education?.id,
  });
  await coordinatorApi.write('patch', `/api/projects/${idea.id}`, {
    version: idea.version,
    projectLeadId: people.find((p) => p.name === demo.projectLead.name)?.id,
  });

  // Maja writes a note and mentions Jonas Ek, the project lead, with the picker.
  await signIn(page, demo.coordinator.email);
  await page.goto(`/projects/${idea.id}`);
  const notes = page.getByRole('region', { name: 'Anteckningar' });
  await expect(notes.getByText('Inga anteckningar än.')).toBeVisible();
  const text = notes.getByRole('textbox', { name: 'Ny anteckning' });
  await text.fill('Partnerintyget från Modena har kommit,');
  // By keyboard, as the picker is meant to be used next to the text.
  await notes.getByRole('combobox', { name: 'Nämn en person' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: demo.projectLead.name }).click();
  await expect(text).toBeFocused();
  await expect(text).toHaveValue(`Partnerintyget från Modena har kommit, @${demo.projectLead.name} `);
  await text.pressSequentially('kan du ladda upp det?');
  await notes.getByRole('button', { name: 'Spara anteckning' }).click();
  const note = notes.getByRole('listitem').filter({ hasText: 'kan du ladda upp det?' });
  await expect(note).toContainText(demo.coordinator.name);
  await expect(note.locator('.mention')).toHaveText(`@${demo.projectLead.name}`);
  await expect(text).toHaveValue('');
  await expectNoAccessibilityViolations(page);

  // The email is in the mail log, of its kind, with a link to the project.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, demo.admin.email);
  await admin.goto('/admin/mail');
  const mail = admin
    .getByRole('row')
    .filter({ hasText: `${demo.coordinator.name} nämnde dig i en anteckning: ${title}` });
  await expect(async () => {
    await admin.getByRole('button', { name: 'Uppdatera' }).click();
    await expect(mail).toContainText(demo.projectLead.email, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(mail).toContainText('Nämnd i en anteckning');
  await mail.getByRole('button', { name: /Läs mejlet/ }).click();
  const link = (await admin.getByRole('dialog').textContent())?.match(
    /https?:\/\/\S+\/projects\/[0-9a-f-]+/,
  )?.[0];
  expect(link && new URL(link).pathname).toBe(`/projects/${idea.id}`);
  await adminContext.close();

  // Jonas follows the link, reads the note, and may neither edit nor delete Maja's note.
  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await lead.goto(new URL(link as string).pathname);
  await lead.getByLabel('E-postadress').fill(demo.projectLead.email);
  await lead.getByLabel('Lösenord', { exact: true }).fill('demo-password');
  await lead.getByRole('button', { name: 'Logga in' }).click();
  const leadNotes = lead.getByRole('region', { name: 'Anteckningar' });
  const leadsView = leadNotes.getByRole('listitem').filter({ hasText: 'kan du ladda upp det?' });
  await expect(leadsView).toBeVisible();
  await expect(leadsView.getByRole('button')).toHaveCount(0);
  await expect(leadNotes.getByRole('textbox', { name: 'Ny anteckning' })).toBeVisible();
  await leadContext.close();

  // Maja edits her note: it shows "redigerad".
  const noteTestId = (await note.getAttribute('data-testid')) as string;
  const mine = page.getByTestId(noteTestId);
  await mine.getByRole('button', { name: /^Redigera din anteckning från / }).click();
  const editor = mine.getByRole('textbox', { name: 'Din anteckning' });
  await expect(editor).toBeFocused();
  await editor.fill(`@${demo.projectLead.name}, kan du ladda upp det i dag?`);
  await mine.getByRole('button', { name: 'Spara ändringen' }).click();
  const edited = mine;
  await expect(edited).toContainText('i dag?');
  await expect(edited).toContainText('(redigerad');
  await expect(edited.getByRole('button', { name: /^Redigera din anteckning från / })).toBeFocused();
  await expectNoAccessibilityViolations(page);

  // Maja's second tab, opened before her next edit: its save is not written over the newer text.
  const otherTab = await page.context().newPage();
  await otherTab.goto(page.url());
  const mineThere = otherTab.getByTestId(noteTestId);
  await mineThere.getByRole('button', { name: /^Redigera din anteckning från / }).click();
  await mineThere.getByRole('textbox', { name: 'Din anteckning' }).fill('Skrivet i den andra fliken.');
  await edited.getByRole('button', { name: /^Redigera din anteckning från / }).click();
  await editor.fill('Skrivet i den första fliken.');
  await edited.getByRole('button', { name: 'Spara ändringen' }).click();
  await expect(edited.getByTestId('note-body')).toHaveText('Skrivet i den första fliken.');
  await mineThere.getByRole('button', { name: 'Spara ändringen' }).click();
  const overtaken = mineThere.getByRole('alert');
  await expect(overtaken).toContainText('sparades i en annan flik');
  await expect(overtaken.locator('blockquote')).toHaveText('Skrivet i den första fliken.');
  await expect(mineThere.getByRole('textbox', { name: 'Din anteckning' })).toHaveValue(
    'Skrivet i den andra fliken.',
  );
  await expectNoAccessibilityViolations(otherTab);
  // Saved again, knowing what it replaces, it is kept.
  await mineThere.getByRole('button', { name: 'Spara ändringen' }).click();
  await expect(mineThere.getByTestId('note-body')).toHaveText('Skrivet i den andra fliken.');
  await expect(mineThere.getByRole('alert')).toHaveCount(0);
  await otherTab.close();

  // Deleting asks first.
  await edited.getByRole('button', { name: /^Ta bort anteckningen av Maja Lindqvist/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort anteckningen?' });
  await expect(confirm).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await confirm.getByRole('button', { name: 'Ta bort' }).click();
  await expect(notes.getByText('Inga anteckningar än.')).toBeVisible();
});
