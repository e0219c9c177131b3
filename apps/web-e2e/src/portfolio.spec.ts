import { readFile } from 'node:fs/promises';
import { expect, type Download, type Page, test } from '@playwright/test';
import { demo, expectNoAccessibilityViolations, signIn } from './support/desk';
import { DeskApi } from './support/people';

/** The downloaded file's bytes, once the browser has it all. */
async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Follows a download link and returns what came. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: await bytesOf(file) };
}

/**
 * Issue 14 in the browser: a viewer (a manager, a politician) lands on the reports, filters them
 * and takes a table away as Excel; a coordinator works the table of projects one click from the
 * board: sorts, pages, hides a column that stays hidden, searches a partner and exports CSV.
 */
test.describe('the portfolio: reports and the table of projects', () => {
  test('the viewer lands on the reports, filters them by department and downloads a table as Excel', async ({
    page,
  }) => {
    // The demo viewer reads the desk in English.
    await signIn(page, demo.viewer.email);
    await expect(page).toHaveURL(/\/reports$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
    const byDepartment = page.getByTestId('report-granted-by-department');
    const applications = page.getByTestId('report-applications');
    await expect(applications.getByRole('row').first()).toBeVisible();
    await expect(applications.getByRole('img')).toHaveAttribute('aria-label', /applications submitted/);
    await expectNoAccessibilityViolations(page);

    // One department: its figures alone, in the address so the view can be bookmarked.
    const before = await byDepartment.innerText();
    await page.getByTestId('reports-filter-department').click();
    await page.getByRole('option', { name: 'Utbildningsförvaltningen' }).click();
    await expect(page).toHaveURL(/departmentId=/);
    await expect.poll(() => byDepartment.innerText()).not.toBe(before);
    await expect(byDepartment.getByRole('rowheader').filter({ hasText: 'Socialförvaltningen' })).toHaveCount(0);

    // The annual report of the year, printable, without buttons on paper.
    await page.getByTestId('reports-annual').click();
    const year = new Date().getFullYear();
    await expect(page.getByRole('heading', { level: 1, name: `International work ${year}` })).toBeVisible();
    await expect(page.getByTestId('annual-projects').getByRole('row').nth(1)).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('annual-print')).toBeHidden();
    await expect(page.getByRole('navigation').first()).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // A report table as a spreadsheet (GET /api/reports/tables/:table): an XLSX is a zip, which starts with PK.
    await page.goBack();
    const xlsx = await download(page, 'report-export-xlsx-applications');
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsx.name).toMatch(/\.xlsx$/);
  });

  test('a coordinator opens the table from the board, sorts, pages, hides a column, searches a partner and exports CSV', async ({
    page,
    request,
  }) => {
    test.slow();
    const coordinator = await DeskApi.signedIn(request, demo.coordinator.email);
    const { columns } = await coordinator.get<{ columns: string[] }>('/api/projects/table/columns');
    try {
      await signIn(page, demo.coordinator.email);
      await page.goto('/board');
      await page.getByTestId('board-to-table').click();
      await expect(page).toHaveURL(/\/projects$/);
      const table = page.getByTestId('project-table');
      await expect(table.getByRole('row').nth(1)).toBeVisible();
      await expectNoAccessibilityViolations(page);

      // Sorted on the server; the header says how.
      const titleHeader = page.getByTestId('table-header-title');
      await titleHeader.getByRole('button').click();
      await expect(page).toHaveURL(/sort=title&direction=asc/);
      await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
      const firstTitle = await table.getByRole('row').nth(1).getByRole('link').innerText();

      // The next page continues in the same order.
      await page.getByRole('button', { name: 'Nästa sida' }).click();
      await expect(page).toHaveURL(/offset=25/);
      await expect(table.getByRole('row').nth(1).getByRole('link')).not.toHaveText(firstTitle);
      await page.getByRole('button', { name: 'Föregående sida' }).click();
      await expect(page).not.toHaveURL(/offset=/);

      // A hidden column stays hidden on the next visit.
      await page.getByTestId('table-columns').click();
      await page.getByRole('menuitemcheckbox', { name: 'Program' }).click();
      await expect(page.getByRole('menuitemcheckbox', { name: 'Program' })).toHaveAttribute('aria-checked', 'false');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('table-header-programme')).toHaveCount(0);
      await expect
        .poll(async () => (await coordinator.get<{ columns: string[] }>('/api/projects/table/columns')).columns)
        .not.toContain('programme');
      await page.reload();
      await expect(table.getByRole('row').nth(1)).toBeVisible();
      await expect(page.getByTestId('table-header-department')).toBeVisible();
      await expect(page.getByTestId('table-header-programme')).toHaveCount(0);

      // A partner's name finds the project it works in (not in the title).
      await page.getByTestId('table-filter-q').fill('Halden');
      await expect(page).toHaveURL(/q=Halden/);
      await expect(table.getByRole('link', { name: 'Kulturarv i gränsland – Sverige–Norge' })).toBeVisible();
      await expect(table.getByRole('row')).toHaveCount(2);

      // Every matching row as CSV, in the filters on screen.
      await expect(page.getByTestId('table-export-csv')).toHaveAttribute('href', /q=Halden/);
      const csv = await download(page, 'table-export-csv');
      expect(csv.name).toMatch(/\.csv$/);
      expect(csv.bytes.toString('utf8')).toContain('Kulturarv i gränsland');

      // And back to the board, the search kept.
      await page.getByTestId('table-to-board').click();
      await expect(page).toHaveURL(/\/board\?q=Halden/);
    } finally {
      await coordinator.write('put', '/api/projects/table/columns', { columns });
    }
  });
});
