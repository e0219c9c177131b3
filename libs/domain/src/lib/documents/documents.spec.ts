import {
  DOCUMENT_ACCEPT,
  DOCUMENT_FILE_NAME_MAX,
  documentFileName,
  documentSizeText,
  isDocumentMime,
  mayAttachToChecklistItem,
  mayChangeDocuments,
  servedContentType,
  textDocumentMime,
} from './index';

describe('document file names', () => {
  it('keeps the last part of a path a browser sent, without control characters', () => {
    expect(documentFileName('C:\\Users\\anna\\Partnerintyg Modena.pdf')).toBe('Partnerintyg Modena.pdf');
    expect(documentFileName('../../etc/passwd')).toBe('passwd');
    expect(documentFileName(' mandat\u0000\u001f.pdf ')).toBe('mandat.pdf');
  });

  it('has no name for nothing, a dot or a folder', () => {
    expect(documentFileName('')).toBeNull();
    expect(documentFileName('   ')).toBeNull();
    expect(documentFileName('..')).toBeNull();
    expect(documentFileName('mapp/')).toBeNull();
  });

  it('shortens a long name in the middle and keeps its extension', () => {
    const name = documentFileName(`${'å'.repeat(300)}.docx`) as string;
    expect(name).toHaveLength(DOCUMENT_FILE_NAME_MAX);
    expect(name.endsWith('å.docx')).toBe(true);
  });
});

describe('document types', () => {
  it('keeps office files, PDF, images and text; refuses executables and archives', () => {
    for (const mime of [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.oasis.opendocument.spreadsheet',
      'image/png',
      'image/jpeg',
    ])
      expect(isDocumentMime(mime)).toBe(true);
    for (const mime of ['application/x-msdownload', 'application/zip', 'image/svg+xml', 'text/html', undefined])
      expect(isDocumentMime(mime)).toBe(false);
  });

  it('calls text CSV by its name, and serves text with its charset', () => {
    expect(textDocumentMime('budget.CSV')).toBe('text/csv');
    expect(textDocumentMime('anteckningar.txt')).toBe('text/plain');
    expect(textDocumentMime('utan-ändelse')).toBe('text/plain');
    expect(servedContentType('text/csv')).toBe('text/csv; charset=utf-8');
    expect(servedContentType('application/pdf')).toBe('application/pdf');
  });

  it('offers the file picker the kept extensions', () => {
    expect(DOCUMENT_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.pdf', '.docx', '.xlsx', '.odt', '.jpg', '.jpeg', '.csv']));
    expect(DOCUMENT_ACCEPT).not.toContain('.exe');
  });
});

describe('who changes documents', () => {
  const project = { projectLeadId: 'lead' };

  it('is whoever edits the project: coordinators, admins and its own project lead', () => {
    expect(mayChangeDocuments({ id: 'c', roles: ['coordinator'] }, project)).toBe(true);
    expect(mayChangeDocuments({ id: 'a', roles: ['admin'] }, project)).toBe(true);
    expect(mayChangeDocuments({ id: 'lead', roles: ['project_lead'] }, project)).toBe(true);
    expect(mayChangeDocuments({ id: 'other', roles: ['project_lead'] }, project)).toBe(false);
    expect(mayChangeDocuments({ id: 'v', roles: ['viewer'] }, project)).toBe(false);
    expect(mayChangeDocuments({ id: 'h', roles: ['department_head'] }, project)).toBe(false);
  });

  it('lets the person a checklist item is assigned to attach to it, unless they only read', () => {
    const item = { assigneeId: 'h' };
    expect(mayAttachToChecklistItem({ id: 'h', roles: ['department_head'] }, project, item)).toBe(true);
    expect(mayAttachToChecklistItem({ id: 'h', roles: ['department_head'] }, project, { assigneeId: 'x' })).toBe(false);
    expect(mayAttachToChecklistItem({ id: 'h', roles: ['viewer'] }, project, item)).toBe(false);
    expect(mayAttachToChecklistItem({ id: null, roles: ['department_head'] }, project, { assigneeId: null })).toBe(false);
    expect(mayAttachToChecklistItem({ id: 'c', roles: ['coordinator'] }, project, item)).toBe(true);
  });
});

describe('document sizes in words', () => {
  it('says bytes, kilobytes and megabytes in each language’s number style', () => {
    expect(documentSizeText(512, 'sv')).toBe('512 byte');
    expect(documentSizeText(512, 'en')).toBe('512 bytes');
    expect(documentSizeText(340 * 1024, 'sv')).toBe('340 kB');
    expect(documentSizeText(Math.round(1.25 * 1024 * 1024), 'sv')).toBe('1,3 MB');
    expect(documentSizeText(Math.round(1.25 * 1024 * 1024), 'nb')).toBe('1,3 MB');
    expect(documentSizeText(Math.round(1.25 * 1024 * 1024), 'en')).toBe('1.3 MB');
  });
});
