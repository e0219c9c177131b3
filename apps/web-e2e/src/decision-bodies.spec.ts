import { expect, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, openDialog, signIn } from './support/desk';
import { DeskApi } from './support/people';

interface Body {
  id: string;
  name: string;
  meetings: string[];
  version: number;
}
interface Limit {
  departmentId: string;
  departmentName: string;
  headLimitMinor: number | null;
  currency: string | null;
  boardAfterYears: number;
  version: number;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** A Thursday five to six weeks ahead: the demo board meets on Wednesdays, so it is not in the plan yet. */
function extraMeetingDay(): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 35);
  while (day.getUTCDay() !== 4) day.setUTCDate(day.getUTCDate() + 1);
  return iso(day);
}

test.describe('who decides co-funding', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demo.admin.email);
  });

  test('an admin adds a meeting to the municipal board’s plan', async ({ page, request }) => {
    const admin = await DeskApi.signedIn(request, demo.admin.email);
    const before = (await admin.get<Body[]>('/api/decision-bodies')).find(
      (b) => b.name === 'Kommunstyrelsen',
    );
    if (!before) throw new Error('The demo data has no Kommunstyrelsen');
    const day = extraMeetingDay();
    // The plan drives every co-funding request's dates: put it back for the tests after this one.
    try {
      await page.goto('/admin/decision-bodies');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Beslutsorgan och sammanträden' }),
      ).toBeVisible();
      const row = page.getByTestId('body-row-Kommunstyrelsen');
      await expect(row).toContainText('Kommunstyrelse');
      await expect(row).toContainText('Hela kommunen');
      await expect(row).toContainText('28 dagar före');
      await expectNoAccessibilityViolations(page);

      const dialog = await openDialog(
        page,
        page.getByRole('button', { name: 'Ändra Kommunstyrelsen', exact: true }),
        'Ändra Kommunstyrelsen',
      );
      await expect(dialog.getByLabel('Tjänsteskrivelsen registreras')).toHaveValue('28');
      await dialog.getByLabel('Sammanträdesdag', { exact: true }).fill(day);
      await dialog.getByRole('button', { name: 'Lägg till dagen' }).click();
      const days = dialog.getByTestId('meeting-days');
      await expect(days.locator(`time[datetime="${day}"]`)).toBeVisible();
      await expect(dialog.getByLabel('Sammanträdesdag', { exact: true })).toHaveValue('');
      await expectNoAccessibilityViolations(page);
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByText('Kommunstyrelsen är sparat.')).toBeVisible();

      // Saved on the server, in order among the board's meetings.
      const after = (await admin.get<Body[]>('/api/decision-bodies')).find((b) => b.id === before.id);
      expect(after?.meetings).toContain(day);
      expect(after?.meetings).toEqual([...(after?.meetings ?? [])].sort());
    } finally {
      const current = (await admin.get<Body[]>('/api/decision-bodies')).find((b) => b.id === before.id);
      if (current && current.meetings.includes(day))
        await admin.write('patch', `/api/decision-bodies/${before.id}`, {
          meetings: current.meetings.filter((d) => d !== day),
          version: current.version,
        });
    }
  });

  test('an admin sets a department’s delegation limit', async ({ page, request }) => {
    const admin = await DeskApi.signedIn(request, demo.admin.email);
    const name = 'Socialförvaltningen';
    const before = (await admin.get<Limit[]>('/api/delegation-limits')).find(
      (l) => l.departmentName === name,
    );
    if (!before) throw new Error(`The demo data has no ${name}`);
    try {
      await page.goto('/admin/delegation');
      await expect(page.getByRole('heading', { level: 1, name: 'Delegation' })).toBeVisible();
      await expect(
        page.getByText('Förvaltningschefen beslutar ensam om medfinansiering upp till beloppet.'),
      ).toBeVisible();
      const row = page.getByTestId(`delegation-row-${name}`);
      await expect(row).toContainText('100 000 kr');
      await expect(row).toContainText('över 3 budgetår');
      await expectNoAccessibilityViolations(page);

      const dialog = await openDialog(
        page,
        page.getByRole('button', { name: `Ändra delegationen för ${name}` }),
        `Delegation: ${name}`,
      );
      await dialog.getByLabel('Förvaltningschefens gräns').fill('250 000 kr');
      await dialog.getByLabel('Kommunstyrelsen beslutar när förfrågan gäller fler budgetår än').fill('2');
      await expectNoAccessibilityViolations(page);
      await dialog.getByRole('button', { name: 'Spara' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(row).toContainText('250 000 kr');
      await expect(row).toContainText('över 2 budgetår');

      await page.reload();
      await expect(row).toContainText('250 000 kr');
    } finally {
      const current = (await admin.get<Limit[]>('/api/delegation-limits')).find(
        (l) => l.departmentId === before.departmentId,
      );
      if (current)
        await admin.write('put', `/api/departments/${before.departmentId}/delegation`, {
          headLimitMinor: before.headLimitMinor,
          currency: before.currency,
          boardAfterYears: before.boardAfterYears,
          version: current.version,
        });
    }
  });
});
