import { expect, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, signIn } from './support/desk';
import { DeskApi } from './support/people';

test.describe('two people save the same project', () => {
  test('the second keeps their typed purpose, sees what the first changed and saves on top', async ({
    browser,
    request,
  }) => {
    const coordinator = await DeskApi.signedIn(request, demo.coordinator.email);
    const departments = await coordinator.get<Array<{ id: string }>>('/api/departments');
    const title = `Samma projekt ${Date.now().toString(36)}`;
    const idea = await coordinator.write<{ id: string }>('post', '/api/projects', {
      title,
      departmentId: departments[0].id,
    });

    const first = await (await browser.newContext()).newPage();
    const second = await (await browser.newContext()).newPage();
    await signIn(first, demo.coordinator.email);
    await signIn(second, demo.admin.email);
    for (const page of [first, second]) {
      await page.goto(`/projects/${idea.id}`);
      await expect(page.getByTestId('project-form').getByRole('textbox', { name: 'Titel' })).toHaveValue(title);
    }

    // The second person starts typing; meanwhile the first saves a new title.
    const form = second.getByTestId('project-form');
    await form.getByRole('textbox', { name: 'Syfte' }).fill('Syftet som den andra skrev.');

    const firstForm = first.getByTestId('project-form');
    await firstForm.getByRole('textbox', { name: 'Titel' }).fill(`${title} – ny titel`);
    await firstForm.getByRole('button', { name: 'Spara projektet' }).click();
    await expect(first.getByText('Projektet är sparat.')).toBeVisible();

    await form.getByRole('button', { name: 'Spara projektet' }).click();
    const conflict = second.getByTestId('project-conflict');
    await expect(conflict.getByRole('heading', { name: 'Någon annan sparade projektet före dig' })).toBeFocused();
    const titleRow = conflict.getByTestId('conflict-field').filter({ hasText: 'Titel' });
    await expect(titleRow.getByTestId('conflict-mine')).toHaveText(title);
    await expect(titleRow.getByTestId('conflict-saved')).toHaveText(`${title} – ny titel`);
    await expect(conflict.getByTestId('conflict-field')).toHaveCount(1);
    // The typed purpose is still there; the title the second person did not touch is the saved one.
    await expect(form.getByRole('textbox', { name: 'Syfte' })).toHaveValue('Syftet som den andra skrev.');
    await expect(form.getByRole('textbox', { name: 'Titel' })).toHaveValue(`${title} – ny titel`);
    await expectNoAccessibilityViolations(second);

    await form.getByRole('button', { name: 'Spara mina ändringar ovanpå' }).click();
    await expect(second.getByText('Projektet är sparat.')).toBeVisible();
    await expect(conflict).toHaveCount(0);

    const saved = await coordinator.get<{ title: string; purpose: string }>(`/api/projects/${idea.id}`);
    expect(saved).toMatchObject({ title: `${title} – ny titel`, purpose: 'Syftet som den andra skrev.' });
    await first.context().close();
    await second.context().close();
  });
});
