import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import type { ApiError } from '@gp/domain';
import { ERROR_PARAMS, errorKey } from '@gp/web/core';

/**
 * Short messages at the bottom of the screen, read out by screen readers. Confirmations go
 * away by themselves; problems stay until the person closes them, so nobody misses one.
 */
@Injectable({ providedIn: 'root' })
export class NoticeService {
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  confirm(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(this.transloco.translate(key, params), this.transloco.translate('common.close'), {
      duration: 6000,
      politeness: 'polite',
    });
  }

  problem(error: ApiError): void {
    this.snackBar.open(
      this.transloco.translate(errorKey(error.code), ERROR_PARAMS),
      this.transloco.translate('common.close'),
      { politeness: 'assertive' },
    );
  }
}
