import { Pipe, type PipeTransform } from '@angular/core';
import { formatLocalDate, type DateStyle } from './local-format';

/**
 * `{{ entry.createdAt | localDate: locale() }}`. Pure: the locale is an argument, so a
 * language switch re-formats without the pipe running on every change detection.
 */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, locale: string, style: DateStyle = 'dateTime'): string {
    return formatLocalDate(value, locale, style);
  }
}
