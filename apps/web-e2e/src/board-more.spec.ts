import { expect, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, signIn } from './support/desk';
import { DeskApi } from './support/people';

/** The board pages per column: the first 30 cards, the true count, and "Visa fler" for the rest. */
test.describe('a long column', () => {
  test('shows its first page and its true count, and the rest on "Visa fler" by keyboard, announced, focus on the first that came', async ({
    page,
    request,
  }) => {
    const coordinator = await DeskApi.signedIn(request, demo.coordinator.email);
    const departments = await coordinator.get<Array<{ id: string }>>('/api/departments');
    const tag = `Långa kolumnen ${Date.now().toString(36)}`;
    for (let i = 0; i < 33; i++)
      await coordinator.write('post', '/api/projects', {
        title: `${tag} ${i}`,
        departmentId: departments[0].id,
      });

    await signIn(page, demo.coordinator.email);
    await page.goto(`/board?q=${encodeURIComponent(tag)}`);
    const ideas = page.getByTestId('board-column-idea');
    await expect(ideas.getByRole('heading', { name: /Idé \(33 projekt\)/ })).toBeVisible();
    // Most recently registered first; only the first page is in the page.
    await expect(ideas.getByRole('link', { name: `${tag} 32` })).toBeVisible();
    await expect(ideas.locator('li.card')).toHaveCount(30);
    await expect(ideas.getByRole('link', { name: `${tag} 2`, exact: true })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    const more = ideas.getByRole('button', { name: 'Visa fler i Idé (30 av 33 visas)' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(ideas.locator('li.card')).toHaveCount(33);
    await expect(ideas.getByRole('link', { name: `${tag} 0`, exact: true })).toBeVisible();
    await expect(page.getByTestId('board-announcer')).toHaveText('3 fler projekt i Idé. 33 av 33 visas.');
    // Nothing more to show: the button goes, and focus is on the first card that came, so Tab
    // goes on from there, not from the column's first card.
    await expect(ideas.getByRole('button', { name: /Visa fler/ })).toHaveCount(0);
    await expect(ideas.getByRole('link', { name: `${tag} 2`, exact: true })).toBeFocused();
    await expect(page.getByTestId('board-more-application')).toHaveCount(0);
  });
});
