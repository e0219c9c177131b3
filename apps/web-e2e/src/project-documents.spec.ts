import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { stockholmDay } from './support/co-funding-application';
import { demo, expectNoAccessibilityViolations, signIn } from './support/desk';
import { DeskApi } from './support/people';

/** A PDF as the server tells it from its bytes: the signature, then 600 kB of anything. */
function pdfLike(): Buffer {
  const bytes = randomBytes(600_000);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  return bytes;
}

/**
 * An application of Utbildningsförvaltningen to a programme of its own whose template says a
 * partner's declaration is ticked by its document, made over the API by the demo coordinator.
 */
async function applicationWithDeclaration(request: APIRequestContext, title: string): Promise<string> {
  const coordinator = await DeskApi.signedIn(request, demo.coordinator.email);
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const programme = await coordinator.write<{ id: string }>('post', '/api/programmes', {
    name: `Interreg test ${unique}`,
    funder: 'Interreg Europe',
    kind: 'interreg',
    coFinancingRatePercent: 80,
    link: null,
    descriptionSv: 'Ett program för webbläsartestet.',
    descriptionEn: 'A programme for the browser test.',
  });
  const call = await coordinator.write<{ id: string }>('post', `/api/programmes/${programme.id}/calls`, {
    title: 'Fjärde utlysningen',
    opensOn: null,
    deadlineLocal: `${stockholmDay(60)}T12:00`,
    deadlineTimeZone: 'Europe/Brussels',
    maxGrantMinor: null,
    maxGrantCurrency: null,
    coFinancingRatePercent: null,
    link: null,
  });
  await coordinator.write('post', `/api/programmes/${programme.id}/checklist-template`, {
    title: 'Partnerförklaring Modena',
    ticksOnDocument: true,
  });
  const departments = await coordinator.get<Array<{ id: string; name: string }>>('/api/departments');
  const idea = await coordinator.write<{ id: string; version: number }>('post', '/api/projects', {
    title,
    departmentId: departments.find((d) => d.name === 'Utbildningsförvaltningen')?.id,
  });
  const planned = await coordinator.write<{ version: number }>('patch', `/api/projects/${idea.id}`, {
    version: idea.version,
    programmeId: programme.id,
    callId: call.id,
  });
  await coordinator.write('post', `/api/projects/${idea.id}/moves`, { to: 'application', version: planned.version });
  return idea.id;
}

test.describe('documents on a project', () => {
  test('a declaration attached to its checklist item ticks it and downloads byte for byte; a project document is listed and deleted', async ({
    page,
    request,
  }) => {
    test.slow();
    const projectId = await applicationWithDeclaration(request, `Dokument Modena ${Date.now()}`);
    await signIn(page, demo.coordinator.email);
    await page.goto(`/projects/${projectId}`);

    const checklist = page.getByTestId('checklist');
    const declaration = checklist.getByRole('checkbox', { name: 'Partnerförklaring Modena' });
    await expect(declaration).not.toBeChecked();
    await expect(checklist).toContainText('Bockas av när ett dokument bifogas.');
    await expect(page.getByTestId('project-documents')).toContainText('Projektet har inga dokument än.');
    await expectNoAccessibilityViolations(page);

    // Attached through the item's own button and its file input: the item is ticked and says so.
    const file = pdfLike();
    const chooser = page.waitForEvent('filechooser');
    await checklist.getByRole('button', { name: 'Bifoga dokument till ”Partnerförklaring Modena”' }).click();
    await (await chooser).setFiles({ name: 'Partnerförklaring Modena.pdf', mimeType: 'application/pdf', buffer: file });
    await expect(declaration).toBeChecked();
    await expect(page.getByTestId('checklist-announcer')).toHaveText(
      'Partnerförklaring Modena.pdf bifogades och ”Partnerförklaring Modena” är klar.',
    );
    await expect(checklist.getByRole('button', { name: 'Bifoga dokument till ”Partnerförklaring Modena”' })).toBeFocused();

    // It downloads as it went up, byte for byte, under its name.
    const downloading = page.waitForEvent('download');
    await checklist.getByRole('link', { name: 'Hämta Partnerförklaring Modena.pdf' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Partnerförklaring Modena.pdf');
    expect((await readFile(await download.path())).equals(file)).toBe(true);

    // The documents section lists it too, with the item it belongs to.
    const documents = page.getByTestId('project-documents');
    await expect(documents).toContainText('Bifogat till checklistpunkten ”Partnerförklaring Modena”');

    // A document of the project itself: uploaded, listed, and deleted after a confirmation.
    const upload = page.waitForEvent('filechooser');
    await documents.getByRole('button', { name: 'Ladda upp dokument' }).click();
    await (await upload).setFiles({
      name: 'Mandat kommunstyrelsen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('beslut;datum\nKS 2027/14;2027-01-20\n'),
    });
    await expect(page.getByTestId('documents-announcer')).toHaveText('Mandat kommunstyrelsen.csv är uppladdat.');
    await expect(documents.getByRole('link', { name: 'Hämta Mandat kommunstyrelsen.csv' })).toBeVisible();

    // Replaced by a corrected file: the new one takes the old one's place.
    const replacing = page.waitForEvent('filechooser');
    await documents.getByRole('button', { name: 'Ersätt Mandat kommunstyrelsen.csv med en ny fil' }).click();
    await (await replacing).setFiles({
      name: 'Mandat kommunstyrelsen, justerat.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('beslut;datum\nKS 2027/14;2027-01-21\n'),
    });
    await expect(page.getByTestId('documents-announcer')).toHaveText(
      'Mandat kommunstyrelsen.csv är ersatt med Mandat kommunstyrelsen, justerat.csv.',
    );
    await expect(documents.getByRole('link', { name: 'Hämta Mandat kommunstyrelsen.csv' })).toHaveCount(0);
    const mandate = documents.getByRole('link', { name: 'Hämta Mandat kommunstyrelsen, justerat.csv' });
    await expect(mandate).toBeVisible();

    // A file whose bytes are a program is refused, whatever its name says, and the refusal stays.
    const refused = page.waitForEvent('filechooser');
    await documents.getByRole('button', { name: 'Ladda upp dokument' }).click();
    const program = randomBytes(4096);
    program.write('MZ', 0, 'latin1');
    await (await refused).setFiles({ name: 'intyg.pdf', mimeType: 'application/pdf', buffer: program });
    await expect(page.getByTestId('documents-refusal')).toContainText('intyg.pdf är inte en sorts fil som sparas här.');
    await expectNoAccessibilityViolations(page);

    await documents.getByRole('button', { name: 'Ta bort Mandat kommunstyrelsen, justerat.csv' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('Mandat kommunstyrelsen, justerat.csv tas bort från projektet.');
    await confirm.getByRole('button', { name: 'Ta bort' }).click();
    await expect(mandate).toHaveCount(0);
    await expect(page.getByTestId('documents-announcer')).toHaveText('Mandat kommunstyrelsen, justerat.csv togs bort.');
    await expect(documents.getByRole('button', { name: 'Ladda upp dokument' })).toBeFocused();
    await expect(documents.getByRole('link', { name: 'Hämta Partnerförklaring Modena.pdf' })).toBeVisible();
  });
});
