import { expect, test } from '@playwright/test';
import { applicationClosingIn, stockholmDay, swedishDay } from './support/co-funding-application';
import { demo, expectNoAccessibilityViolations, openDialog, signIn } from './support/desk';
import { DeskApi } from './support/people';

/**
 * Issue 13 in the browser: a request above the head's delegation (four budget years) goes to the
 * municipal board; the head sees who decides and by when, opens the project, follows its link
 * back to the request, and recommends (then may only change it); the
 * coordinator records the board's decision from the minutes; the project, the ledger and the
 * delegated decisions show it.
 */
test.describe('co-funding decided by delegation and by the bodies that meet', () => {
  test('the municipal board decides 1 200 000 kr over four years: the head recommends, the coordinator records the minutes', async ({
    page,
    browser,
    request,
  }) => {
    test.slow();
    const title = `Kompetenslyft förskolan ${Date.now()}`;
    const { projectId } = await applicationClosingIn(request, 60, title);
    const first = Number(stockholmDay().slice(0, 4)) + 1;
    const years = [first, first + 1, first + 2, first + 3];

    // The coordinator asks Utbildningsförvaltningen for 300 000 kr a year over four years.
    await signIn(page, demo.coordinator.email);
    await page.goto(`/projects/${projectId}`);
    const ask = await openDialog(page, page.getByTestId('co-funding-new'));
    await ask.getByRole('combobox', { name: 'Förvaltning' }).click();
    await page.getByRole('option', { name: 'Utbildningsförvaltningen' }).click();
    for (let i = 1; i < years.length; i++) await ask.getByRole('button', { name: 'Lägg till budgetår' }).click();
    for (const [i, year] of years.entries()) {
      const group = ask.getByRole('group', { name: `Budgetår ${i + 1}` });
      await group.getByLabel('Budgetår', { exact: true }).fill(String(year));
      await group.getByLabel('Kontant').fill('300 000');
      await group.getByLabel('I tid och resurser').fill('');
    }
    await ask.getByLabel('Motivering').fill('Förskolornas kompetensplan 2027–2030.');
    await ask.getByRole('button', { name: 'Skicka förfrågan' }).click();
    await expect(ask).toHaveCount(0);
    const section = page.getByTestId('co-funding');
    await expect(section).toContainText('Kommunstyrelsen beslutar.');

    // The dates the API planned back from the deadline, as the pages should show them.
    const coordinatorApi = await DeskApi.signedIn(request, demo.coordinator.email);
    const [asked] = await coordinatorApi.get<
      Array<{ plan: { decisionNeededBy: string; meeting: { meetsOn: string; reportDueOn: string } | null } }>
    >(`/api/projects/${projectId}/co-funding-requests`);
    expect(asked.plan.meeting).not.toBeNull();
    const meeting = asked.plan.meeting as { meetsOn: string; reportDueOn: string };

    // Karin Holm sees in her inbox who decides, why, and by when; she cannot approve.
    const headContext = await browser.newContext();
    const head = await headContext.newPage();
    await signIn(head, demo.departmentHead.email);
    await head.goto('/approvals');
    const card = head.getByRole('article', { name: title });
    await expect(card).toContainText('Kommunstyrelsen beslutar.');
    await expect(card).toContainText('Förfrågan gäller fler än 3 budgetår.');
    await expect(card).toContainText(`Beslut behövs senast${swedishDay(asked.plan.decisionNeededBy)}`);
    await expect(card).toContainText(`SammanträdeKommunstyrelsen, ${swedishDay(meeting.meetsOn)}`);
    await expect(card).toContainText(`Tjänsteskrivelsen registrerad senast${swedishDay(meeting.reportDueOn)}`);
    await expect(card).toContainText('Förfrågan ligger över din delegation, så Kommunstyrelsen beslutar.');
    await expect(card.getByRole('button', { name: /^Godkänn/ })).toHaveCount(0);
    await expect(card.getByRole('table', { name: /Återstående ram per budgetår/ })).toBeVisible();
    await expectNoAccessibilityViolations(head);

    // The project behind the request opens, read-only.
    await card.getByRole('link', { name: title }).click();
    await expect(head.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(head.getByText('finns inte längre')).toHaveCount(0);
    // Its back link returns her to the approvals, not to a board she does not work on.
    await expect(head.getByRole('link', { name: 'Till godkännanden' })).toHaveAttribute('href', '/approvals');
    // The request waits for her recommendation: a link takes her to it on the approvals page.
    const toApprovals = head.getByTestId('co-funding').getByRole('link', {
      name: 'Tillstyrk eller avstyrk i godkännanden: förfrågan till Utbildningsförvaltningen',
    });
    await expect(toApprovals).toHaveText('Tillstyrk eller avstyrk i godkännanden');
    await toApprovals.click();
    await expect(head).toHaveURL(/\/approvals\?request=[0-9a-f-]+$/);
    await expect(head.getByRole('article', { name: title })).toBeFocused();
    await expect(head.getByRole('article', { name: title })).toContainText(
      'Länken du följde leder till den här förfrågan.',
    );

    // She recommends the board to approve it.
    const recommend = await openDialog(
      head,
      head.getByRole('button', { name: `Tillstyrk medfinansiering till ${title} från Utbildningsförvaltningen` }),
    );
    await recommend.getByLabel('Kommentar').fill('Stärker förskolornas kompetensförsörjning.');
    await recommend.getByRole('button', { name: 'Tillstyrk' }).click();
    await expect(recommend).toHaveCount(0);
    const recommended = head.getByRole('article', { name: title });
    await expect(recommended).toContainText('Förvaltningschefen tillstyrker.');
    // Pressing again changes her recommendation, and the one button left says so.
    await expect(recommended.getByRole('button', { name: /^Tillstyrk/ })).toHaveCount(0);
    await expect(
      recommended.getByRole('button', {
        name: `Ändra till avstyrkan av medfinansiering till ${title} från Utbildningsförvaltningen`,
      }),
    ).toBeVisible();
    // Recommended: on the project page nothing waits for her any more.
    await head.goto(`/projects/${projectId}`);
    await expect(head.getByTestId('co-funding')).toContainText('Förvaltningschefen tillstyrker.');
    await expect(head.getByTestId('co-funding').getByRole('link', { name: /i godkännanden/ })).toHaveCount(0);
    await headContext.close();

    // The coordinator reads every request in the inbox and records the board's decision.
    await page.goto('/approvals');
    const coordinatorCard = page.getByRole('article', { name: title });
    await expect(coordinatorCard).toContainText('Förvaltningschefen tillstyrker.');
    const record = await openDialog(
      page,
      coordinatorCard.getByRole('button', { name: /^Registrera beslut/ }),
      'Registrera beslutet ur protokollet',
    );
    await expect(record.getByLabel('Sammanträdesdag')).toHaveValue(stockholmDay());
    await expectNoAccessibilityViolations(page);
    await record.getByLabel('Paragraf (§)').fill('§ 45');
    await record.getByLabel('Diarienummer').fill('KS 2026/123');
    await record.getByRole('button', { name: 'Registrera beslut' }).click();
    await expect(record).toHaveCount(0);
    await expect(page.getByTestId('approvals-announcer')).toContainText(
      `Beslutet är registrerat: medfinansieringen till ”${title}” från Utbildningsförvaltningen är godkänd.`,
    );

    // The project shows it approved, with where the minutes record it, beside the budget.
    await page.goto(`/projects/${projectId}`);
    await expect(section).toContainText('Godkänd');
    await expect(section).toContainText(
      `Beslutat av Kommunstyrelsen ${swedishDay(stockholmDay())}, § 45, diarienummer KS 2026/123.`,
    );
    await expect(section.getByTestId('own-contribution')).toContainText('1 200 000');
    // The budget gives no own contribution yet: the page says so beside what was approved.
    await expect(section.getByTestId('own-difference-cash')).toContainText(
      'Budgeten anger ingen egen insats kontant; 1 200 000 kr är godkänt.',
    );
    await expect(section).toContainText('Registrerat av Maja Lindqvist');

    // The ledger shows each year of it.
    await page.goto('/co-funding/ledger');
    await expect(page.getByRole('heading', { level: 1, name: 'Medfinansiering per budgetår' })).toBeVisible();
    const ledger = page.getByRole('table', { name: 'Ram och medfinansiering per förvaltning och budgetår' });
    for (const year of years)
      await expect(ledger.getByTestId(`ledger-Utbildningsförvaltningen-${year}-SEK`)).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // The list of delegated decisions, for the committee's next meeting.
    await page.goto('/co-funding/delegated');
    await page.getByRole('combobox', { name: 'Förvaltning' }).click();
    await page.getByRole('option', { name: 'Utbildningsförvaltningen' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Anmälan till Barn- och utbildningsnämnden' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
