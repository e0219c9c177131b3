import { expect, test } from '@playwright/test';
import pg from 'pg';
import { demo, expectNoAccessibilityViolations, signIn } from './support/desk';
import { DeskApi } from './support/people';

const ADMIN_URL = process.env['TEST_POSTGRES_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Makes the email an outage the desk gave up on. The browser tests' database is made by their web
 * server (support/serve.mjs) under a name of its own: it is the e2e database holding this
 * Message-ID, which no other run can have.
 * @returns the mail log id of the email
 */
async function failEmail(messageId: string): Promise<string> {
  const server = new pg.Client({ connectionString: ADMIN_URL });
  await server.connect();
  const { rows: databases } = await server.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE 'gp\\_e2e\\_%' ORDER BY oid DESC`,
  );
  await server.end();
  for (const { datname } of databases) {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${datname}`;
    const database = new pg.Client({ connectionString: url.toString() });
    try {
      await database.connect();
      const { rows } = await database.query<{ id: string }>(
        `UPDATE mail_log SET status = 'failed', sent_at = NULL, attempts = 40,
                error = 'gave up after 24 h: connect ECONNREFUSED 10.0.0.25:25'
          WHERE message_id = $1 RETURNING id`,
        [messageId],
      );
      if (rows.length === 1) return rows[0].id;
    } catch {
      // Another run's database, being dropped or not yet migrated: not ours.
    } finally {
      await database.end().catch(() => undefined);
    }
  }
  throw new Error(`No e2e database holds the email ${messageId}`);
}

test('the mail log filters what needs action, and an admin resends a failed email after confirming', async ({
  page,
  request,
}) => {
  const api = await DeskApi.signedIn(request, demo.admin.email);
  const { messageId } = await api.write<{ messageId: string }>('post', '/api/mail-log/test', {});
  // The launcher's worker keeps emails (no SMTP server): wait until this one is kept, then fail it.
  await expect
    .poll(async () => {
      const log = await api.get<{ items: Array<{ messageId: string; status: string }> }>(
        '/api/mail-log?limit=200',
      );
      return log.items.find((entry) => entry.messageId === messageId)?.status;
    })
    .toBe('kept');
  const id = await failEmail(messageId);

  await signIn(page, demo.admin.email);
  await page.goto('/admin/mail');
  const filter = page.getByRole('radiogroup', { name: 'Visa mejl' });
  await filter.getByRole('radio', { name: /^Behöver åtgärd \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\/admin\/mail\?status=failed,flagged$/);
  const row = page.getByTestId(`mail-${id}`);
  await expect(row).toContainText('Misslyckades');
  await expect(page.getByRole('cell', { name: 'Skickat', exact: true })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // The filter is in the address: a reload shows the same.
  await page.reload();
  await expect(page.getByTestId(`mail-${id}`)).toContainText('Misslyckades');

  await page
    .getByTestId(`mail-${id}`)
    .getByRole('button', { name: /^Skicka igen: / })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Skicka mejlet igen?' });
  await expect(dialog).toContainText(`skickas igen till ${demo.admin.email}`);
  await expectNoAccessibilityViolations(page);
  await dialog.getByRole('button', { name: 'Skicka igen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('mat-snack-bar-container')).toContainText(
    `Mejlet till ${demo.admin.email} är köat igen.`,
  );
  // It left the list of what needs action; the focus stays on the filter, not lost to the page.
  await expect(page.getByTestId(`mail-${id}`)).toHaveCount(0);
  await expect(filter.getByRole('radio', { name: /^Behöver åtgärd/ })).toBeFocused();

  await filter.getByRole('radio', { name: /^Alla \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\/admin\/mail$/);
  await expect(async () => {
    await page.getByRole('button', { name: 'Uppdatera' }).click();
    await expect(page.getByTestId(`mail-${id}`)).toContainText('Sparat, ej skickat', { timeout: 1000 });
  }).toPass();
  await expect(page.getByTestId(`mail-${id}`)).toContainText(`Skickat igen av ${demo.admin.name}`);
});
