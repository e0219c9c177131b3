import { Pipe, type PipeTransform } from '@angular/core';
import { formatLocalPercent } from './local-format';

/** `{{ programme.coFinancingRatePercent | localPercent: locale() }}` → "80 %" in Swedish. */
@Pipe({ name: 'localPercent' })
export class LocalPercentPipe implements PipeTransform {
  transform(percent: number | null | undefined, locale: string): string {
    return formatLocalPercent(percent, locale);
  }
}
