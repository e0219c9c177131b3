import { Pipe, type PipeTransform } from '@angular/core';
import { formatLocalDay } from './local-format';

/** `{{ item.dueOn | localDay: locale() }}` → "15 jan. 2027", the same calendar day in every zone. */
@Pipe({ name: 'localDay' })
export class LocalDayPipe implements PipeTransform {
  transform(day: string | null | undefined, locale: string): string {
    return formatLocalDay(day, locale);
  }
}
