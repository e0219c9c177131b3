import { ChangeDetectionStrategy, Component, Injector, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { maySetCoFundingFrame, type Department, type LedgerYear } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { SessionStore } from '@gp/web/session';
import { EmptyStateComponent, LocalMoneyPipe, PageHeaderComponent, ProblemAlertComponent } from '@gp/web/ui';
import { FrameDialog, type FrameDialogData } from './frame.dialog';
import { LedgerStore } from './ledger.store';

/**
 * "Co-funding per budget year": for each department and year its frame, what is pending,
 * approved, committed and released, and what remains, with an overdrawn frame marked in words as
 * well as colour. An admin or the department's head sets a frame.
 */
@Component({
  selector: 'gp-ledger-page',
  imports: [
    EmptyStateComponent,
    LocalMoneyPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeaderComponent,
    ProblemAlertComponent,
    TranslocoPipe,
  ],
  providers: [LedgerStore],
  templateUrl: './ledger.page.html',
  styleUrl: './ledger.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LedgerPage {
  protected readonly store = inject(LedgerStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);
  private readonly user = inject(SessionStore).user;
  protected readonly language = inject(LanguageStore).language;

  /** The budget year shown, or every year. */
  protected readonly year = signal<number | 'all'>('all');
  /** The ledger as shown (the year chosen), as a file: the session cookie goes along with the link. */
  protected exportUrl(format: 'xlsx' | 'csv'): string {
    const year = this.year();
    return `/api/co-funding/ledger/export?format=${format}${year === 'all' ? '' : `&year=${year}`}`;
  }
  protected readonly announcement = signal('');

  protected readonly years = computed(() => [...new Set(this.store.rows().map((r) => r.year))].sort());
  protected readonly rows = computed(() => {
    const year = this.year();
    return this.store.rows().filter((r) => year === 'all' || r.year === year);
  });
  /** The departments whose frames this person may set. */
  protected readonly frameDepartments = computed(() => {
    const user = this.user();
    return user ? this.store.departments().filter((d) => maySetCoFundingFrame(user, d.id)) : [];
  });

  constructor() {
    void this.store.load();
  }

  private filteredYear(): number | null {
    const year = this.year();
    return year === 'all' ? null : year;
  }

  protected maySetFrame(row: LedgerYear): boolean {
    return this.frameDepartments().some((d) => d.id === row.departmentId);
  }

  protected setFrame(row: LedgerYear | null): void {
    const departments: readonly Department[] = this.frameDepartments();
    this.dialog
      .open<FrameDialog, FrameDialogData, { departmentName: string; year: number }>(FrameDialog, {
        width: '32rem',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
        // The dialog saves through this page's store.
        injector: this.injector,
        data: {
          departments,
          departmentId: row?.departmentId ?? departments[0]?.id ?? null,
          year: row?.year ?? this.filteredYear() ?? new Date().getFullYear() + 1,
          amountMinor: row?.frameMinor ?? null,
          currency: row?.currency ?? 'SEK',
        },
      })
      .afterClosed()
      .subscribe((set) => {
        if (!set) return;
        this.announcement.set(this.transloco.translate('coFundingDecisions.ledger.frameSet', set));
      });
  }
}
