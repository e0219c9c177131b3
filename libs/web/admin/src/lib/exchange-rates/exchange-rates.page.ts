import { ChangeDetectionStrategy, Component, ElementRef, inject, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CURRENCIES, type ApiError, type Currency, type ExchangeRate } from '@gp/domain';
import { FieldErrorComponent, FormSave, LanguageStore } from '@gp/web/core';
import {
  EmptyStateComponent,
  FormProblemComponent,
  NoticeService,
  PageHeaderComponent,
  ProblemAlertComponent,
  confirmed,
} from '@gp/web/ui';
import { monthValue, parseRate, rateValue } from './exchange-rate-form';
import { ExchangeRatesStore } from './exchange-rates.store';

/**
 * The monthly exchange rates the reports convert with: listed by month and currency, added or
 * replaced through one form (a month has one rate per currency), deleted after a question. Demo
 * rates are marked, so nobody reports with them by mistake.
 */
@Component({
  selector: 'gp-exchange-rates-page',
  imports: [
    EmptyStateComponent,
    FieldErrorComponent,
    FormProblemComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    PageHeaderComponent,
    ProblemAlertComponent,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './exchange-rates.page.html',
  styleUrls: ['../shared/admin-page.scss', './exchange-rates.page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExchangeRatesPage {
  protected readonly store = inject(ExchangeRatesStore);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);
  private readonly transloco = inject(TranslocoService);
  protected readonly locale = inject(LanguageStore).locale;
  private readonly rateField = viewChild<ElementRef<HTMLInputElement>>('rateField');

  protected readonly currencies = CURRENCIES;
  protected readonly columns = ['month', 'currency', 'rate', 'source', 'actions'];
  protected readonly form = inject(NonNullableFormBuilder).group({
    currency: ['EUR' as Currency | '', Validators.required],
    month: ['', [Validators.required, monthValue]],
    rate: ['', [Validators.required, rateValue]],
    source: ['InforEuro', [Validators.required, Validators.maxLength(200)]],
  });
  protected readonly saving = new FormSave();

  constructor() {
    void this.store.load();
  }

  protected readonly isDemo = (rate: ExchangeRate): boolean => rate.demo;

  protected rateText(rate: number): string {
    return new Intl.NumberFormat(this.locale(), { maximumFractionDigits: 6 }).format(rate);
  }

  protected save(): Promise<void> {
    return this.saving.submit(this.form, async () => {
      const value = this.form.getRawValue();
      const saved = await this.store.save({
        currency: value.currency as Currency,
        month: value.month.trim(),
        rate: parseRate(value.rate) as number,
        source: value.source.trim(),
      });
      this.form.reset({ currency: saved.currency, month: '', rate: '', source: saved.source });
      this.notices.confirm('exchangeRates.saved', { currency: saved.currency, month: saved.month });
    });
  }

  /** The rate into the form, to change it; focus goes to the rate, the one thing usually changed. */
  protected edit(rate: ExchangeRate): void {
    this.form.setValue({
      currency: rate.currency,
      month: rate.month,
      rate: String(rate.rate),
      source: rate.source,
    });
    this.rateField()?.nativeElement.focus();
  }

  protected async remove(rate: ExchangeRate): Promise<void> {
    const params = { currency: rate.currency, month: rate.month };
    const sure = await confirmed(this.dialog, {
      title: this.transloco.translate('exchangeRates.removeTitle'),
      message: this.transloco.translate('exchangeRates.removeMessage', params),
      confirm: this.transloco.translate('exchangeRates.removeConfirm'),
    });
    if (!sure) return;
    try {
      await this.store.remove(rate);
      this.notices.confirm('exchangeRates.removed', params);
    } catch (error) {
      this.notices.problem(error as ApiError);
    }
  }
}
