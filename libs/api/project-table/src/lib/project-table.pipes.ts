import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import {
  parseColumnChoice,
  parseProjectTableExportQuery,
  parseProjectTableQuery,
  type ParameterErrors,
  type Parsed,
  type ProjectTableColumnsPreference,
  type ProjectTableExportQuery,
  type ProjectTableQuery,
  type QueryParameters,
} from '@gp/domain';

/**
 * 400 naming each parameter and what is wrong with it. An address the table cannot read is a bad
 * request, not a form to correct, as the mail log's filter answers; nothing is read or changed.
 */
function refused(errors: ParameterErrors): BadRequestException {
  const first = Object.entries(errors)[0];
  return new BadRequestException({
    code: 'bad_request',
    message: first ? first[1][0] : 'The request is not valid.',
    errors,
  });
}

function valueOf<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw refused(parsed.errors);
  return parsed.value;
}

/** The table's address by libs/domain's one rule (parseProjectTableQuery). */
@Injectable()
export class ProjectTableQueryPipe implements PipeTransform<QueryParameters, ProjectTableQuery> {
  transform(value: QueryParameters): ProjectTableQuery {
    return valueOf(parseProjectTableQuery(value ?? {}));
  }
}

/** An export's address: the table's, with format and columns. */
@Injectable()
export class ProjectTableExportQueryPipe implements PipeTransform<QueryParameters, ProjectTableExportQuery> {
  transform(value: QueryParameters): ProjectTableExportQuery {
    return valueOf(parseProjectTableExportQuery(value ?? {}));
  }
}

/** A body of `{ columns }` and nothing else. */
@Injectable()
export class ColumnChoicePipe implements PipeTransform<unknown, ProjectTableColumnsPreference> {
  transform(value: unknown): ProjectTableColumnsPreference {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw refused({ columns: ['The body must be { "columns": [ … ] }'] });
    const unknown = Object.keys(value).filter((key) => key !== 'columns');
    if (unknown.length > 0)
      throw refused(Object.fromEntries(unknown.map((key) => [key, [`${key} is not a field of the column choice`]])));
    return { columns: valueOf(parseColumnChoice((value as { columns?: unknown }).columns)) };
  }
}
