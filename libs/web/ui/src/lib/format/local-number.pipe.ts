import { Pipe, type PipeTransform } from '@angular/core';
import { formatLocalNumber } from './local-format';

/** `{{ total | localNumber: locale() }}`, pure for the same reason as `localDate`. */
@Pipe({ name: 'localNumber' })
export class LocalNumberPipe implements PipeTransform {
  transform(value: number | null | undefined, locale: string): string {
    return formatLocalNumber(value, locale);
  }
}
