import { BadRequestException, Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';

/**
 * A path parameter that must be an id (a UUID). Nest's ParseUUIDPipe answers "Validation failed
 * (uuid is expected)" without saying which part of the address is wrong; this 400 names the
 * parameter, as every other bad input's answer does. 400, not the 422 of a form's fields: the
 * address itself is malformed.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value)) return value;
    const name = metadata.data ?? 'id';
    const message = `${name} must be an id (a UUID), not "${String(value).slice(0, 40)}"`;
    throw new BadRequestException({
      statusCode: 400,
      code: 'validation_failed',
      message,
      errors: { [name]: [message] },
    });
  }
}
