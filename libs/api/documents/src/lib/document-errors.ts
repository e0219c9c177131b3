import { HttpException, HttpStatus } from '@nestjs/common';
import { DOCUMENT_MAX_BYTES } from '@gp/domain';
import { DomainError } from '@gp/api/core';

const MAX_MB = DOCUMENT_MAX_BYTES / (1024 * 1024);

/** The answers an upload can get besides access: each names the field `file`. */
export const documentErrors = {
  tooLarge: () =>
    new HttpException(
      {
        code: 'payload_too_large',
        message: `The file is larger than ${MAX_MB} MB; nothing was stored.`,
        errors: { file: [`file must be at most ${MAX_MB} MB`] },
      },
      HttpStatus.PAYLOAD_TOO_LARGE,
    ),
  typeNotAllowed: () =>
    new HttpException(
      {
        code: 'file_type_not_allowed',
        message:
          'The file’s content is not a kind kept here (PDF, Word, Excel, PowerPoint, OpenDocument text or spreadsheet, PNG, JPEG, plain text or CSV), whatever its name says; nothing was stored.',
        errors: { file: ['file must be a PDF, Office, OpenDocument, PNG, JPEG, text or CSV file'] },
      },
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    ),
  notMultipart: () =>
    DomainError.invalid('file', 'The upload must be multipart/form-data with the file in the field "file".'),
  noFile: () => DomainError.invalid('file', 'file is missing: send the document in the multipart field "file".'),
  empty: () => DomainError.invalid('file', 'file is empty'),
  noName: () => DomainError.invalid('file', 'file must have a name'),
  tooMany: (max: number) =>
    DomainError.invalid('file', `A project keeps at most ${max} documents; remove one first.`, 'too_many'),
};
