import { expect, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, signIn } from './support/desk';
import { DeskApi } from './support/people';

/** libs/domain's projectFieldRules on the project page, as a project lead meets them. */
test.describe('fields a project lead does not set', () => {
  test('a project lead sees the department, the public flag and the granted amount read-only, each with its reason, and saves the rest', async ({
    page,
    request,
  }) => {
    const lead = await DeskApi.signedIn(request, demo.projectLead.email);
    const departments = await lead.get<Array<{ id: string; name: string }>>('/api/departments');
    const own = departments.find((d) => d.name === 'Utbildningsförvaltningen');
    const idea = await lead.write<{ id: string }>('post', '/api/projects', {
      title: `Fält för samordnare ${Date.now().toString(36)}`,
      departmentId: own?.id,
    });

    await signIn(page, demo.projectLead.email);
    await page.goto(`/projects/${idea.id}`);
    const form = page.getByTestId('project-form');

    const department = form.getByRole('combobox', { name: 'Förvaltning' });
    await expect(department).toBeDisabled();
    await expect(department).toHaveAccessibleDescription(
      /Bara samordnare och administratörer ändrar det här/,
    );

    const publicFlag = form.getByRole('checkbox', { name: 'Visa projektet på kommunens webbplats' });
    await expect(publicFlag).toHaveAttribute('aria-disabled', 'true');
    await expect(publicFlag).toHaveAccessibleDescription(
      'Bara samordnare och administratörer ändrar det här.',
    );

    const granted = form.getByRole('spinbutton', { name: 'Beviljat bidrag' });
    await expect(granted).toHaveAttribute('aria-disabled', 'true');
    await expect(granted).toHaveAccessibleDescription(/Fylls i när finansiären har beviljat projektet/);
    // Still reachable from the keyboard, so a screen reader user hears why.
    await granted.focus();
    await expect(granted).toBeFocused();

    await expectNoAccessibilityViolations(page);

    // The rest of the form is the lead's; the read-only fields go along as they are.
    await form.getByRole('textbox', { name: 'Syfte' }).fill('Ett syfte skrivet av projektledaren.');
    await form.getByRole('button', { name: 'Spara projektet' }).click();
    await expect(page.getByText('Projektet är sparat.')).toBeVisible();
    const saved = await lead.get<{ purpose: string; version: number }>(`/api/projects/${idea.id}`);
    expect(saved).toMatchObject({ purpose: 'Ett syfte skrivet av projektledaren.', version: 2 });
  });

  test('a project lead who names someone else as lead is asked first; cancelled, nothing changes; confirmed, the project is handed over', async ({
    page,
    request,
  }) => {
    const lead = await DeskApi.signedIn(request, demo.projectLead.email);
    const departments = await lead.get<Array<{ id: string; name: string }>>('/api/departments');
    const idea = await lead.write<{ id: string; projectLeadId: string }>('post', '/api/projects', {
      title: `Överlämnas ${Date.now().toString(36)}`,
      departmentId: departments.find((d) => d.name === 'Utbildningsförvaltningen')?.id,
    });

    await signIn(page, demo.projectLead.email);
    await page.goto(`/projects/${idea.id}`);
    const form = page.getByTestId('project-form');
    await form.getByRole('combobox', { name: 'Projektledare' }).click();
    await page.getByRole('option', { name: 'Ingrid Nilsen' }).click();
    const save = form.getByRole('button', { name: 'Spara projektet' });
    await save.click();
    const asked = page.getByRole('dialog', { name: 'Lämna över projektet?' });
    await expect(asked).toContainText(
      'Med Ingrid Nilsen som projektledare kan du inte längre ändra eller flytta projektet.',
    );
    await expectNoAccessibilityViolations(page);
    await asked.getByRole('button', { name: 'Avbryt' }).click();
    await expect(asked).toBeHidden();
    await expect(save).toBeVisible();
    expect((await lead.get<{ projectLeadId: string }>(`/api/projects/${idea.id}`)).projectLeadId).toBe(
      idea.projectLeadId,
    );

    await save.click();
    await page
      .getByRole('dialog', { name: 'Lämna över projektet?' })
      .getByRole('button', { name: 'Lämna över och spara' })
      .click();
    await expect(page.getByText('Projektet är sparat.')).toBeVisible();
    await expect(save).toBeHidden();
    const coordinator = await DeskApi.signedIn(request, demo.coordinator.email);
    const people = await coordinator.get<Array<{ id: string; name: string }>>('/api/people');
    expect((await coordinator.get<{ projectLeadId: string }>(`/api/projects/${idea.id}`)).projectLeadId).toBe(
      people.find((person) => person.name === 'Ingrid Nilsen')?.id,
    );
  });

  test('the new-idea dialog offers a project lead their own department only', async ({ page }) => {
    await signIn(page, demo.projectLead.email);
    await page.goto('/board');
    const dialog = page.getByRole('dialog');
    await page.getByTestId('board-new-idea').click();
    await expect(dialog.getByRole('combobox', { name: 'Förvaltning' })).toHaveText(
      /Utbildningsförvaltningen/,
    );
    await dialog.getByRole('combobox', { name: 'Förvaltning' }).click();
    await expect(page.getByRole('option')).toHaveText(['Utbildningsförvaltningen']);
  });
});

/** libs/domain's projectDateProblems on the project page: the same rule the API refuses a save by. */
test.describe('dates that contradict each other', () => {
  test('dates in the wrong order are refused on the field, which takes the focus; corrected, the project saves', async ({
    page,
    request,
  }) => {
    const lead = await DeskApi.signedIn(request, demo.projectLead.email);
    const departments = await lead.get<Array<{ id: string; name: string }>>('/api/departments');
    const own = departments.find((d) => d.name === 'Utbildningsförvaltningen');
    const idea = await lead.write<{ id: string }>('post', '/api/projects', {
      title: `Datum i ordning ${Date.now().toString(36)}`,
      departmentId: own?.id,
    });

    await signIn(page, demo.projectLead.email);
    await page.goto(`/projects/${idea.id}`);
    const form = page.getByTestId('project-form');
    const end = form.getByLabel('Planerat slut');
    await form.getByLabel('Planerad start').fill('2029-06-01');
    await end.fill('2027-03-01');
    const save = form.getByRole('button', { name: 'Spara projektet' });
    await save.focus();
    await save.press('Enter');

    await expect(page.getByTestId('project-message')).toHaveText('Några fält behöver rättas.');
    // The focus leaves the save button for the field to fix, whose error is read out with it.
    await expect(end).toBeFocused();
    await expect(end).toHaveAccessibleDescription(/Planerat slut ligger före planerad start\./);
    expect((await lead.get<{ version: number }>(`/api/projects/${idea.id}`)).version).toBe(1);

    await end.fill('2030-12-31');
    await expect(form.getByText('Planerat slut ligger före planerad start.')).toBeHidden();
    await save.click();
    await expect(page.getByText('Projektet är sparat.')).toBeVisible();
    const saved = await lead.get<{ plannedStart: string; plannedEnd: string }>(`/api/projects/${idea.id}`);
    expect(saved).toMatchObject({ plannedStart: '2029-06-01', plannedEnd: '2030-12-31' });
  });
});
