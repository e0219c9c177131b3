import { DestroyRef, inject, type Provider } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/**
 * Material's paginator speaks English out of the box; this gives its labels the active language.
 * For the routes that page tables, not the whole app: a factory rather than a subclass, so the
 * paginator (and the select and form field it brings) stays out of the first screen's bundle.
 */
export function provideTranslatedPaginator(): Provider {
  return { provide: MatPaginatorIntl, useFactory: translatedPaginatorIntl };
}

function translatedPaginatorIntl(): MatPaginatorIntl {
  const transloco = inject(TranslocoService);
  const intl = new MatPaginatorIntl();
  intl.getRangeLabel = (page: number, pageSize: number, length: number): string => {
    const start = length === 0 ? 0 : page * pageSize + 1;
    const end = Math.min((page + 1) * pageSize, length);
    return transloco.translate('paginator.range', { start, end, total: length });
  };
  transloco
    .selectTranslation()
    .pipe(takeUntilDestroyed(inject(DestroyRef)))
    .subscribe(() => {
      intl.itemsPerPageLabel = transloco.translate('paginator.itemsPerPage');
      intl.nextPageLabel = transloco.translate('paginator.nextPage');
      intl.previousPageLabel = transloco.translate('paginator.previousPage');
      intl.firstPageLabel = transloco.translate('paginator.firstPage');
      intl.lastPageLabel = transloco.translate('paginator.lastPage');
      intl.changes.next();
    });
  return intl;
}
