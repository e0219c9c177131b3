import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  mayEditProgrammes,
  PROGRAMME_KINDS,
  type Call,
  type Programme,
  type ProgrammeKind,
} from '@gp/domain';
import { EmptyStateComponent, NoticeService, PageHeaderComponent, ProblemAlertComponent } from '@gp/web/ui';
import { CallDialog, type CallDialogData } from '../calls/call.dialog';
import { ProgrammeCardComponent } from './programme-card.component';
import { ProgrammeDialog, type ProgrammeDialogData } from './programme.dialog';
import { ProgrammesStore } from './programmes.store';
import { SessionStore } from '@gp/web/session';

const DIALOG_SIZE = { width: '40rem', maxWidth: '95vw', autoFocus: 'first-tabbable' } as const;

/** Funding programmes and their open calls; coordinators and admins keep them current here. */
/** Who keeps the programme catalogue current; the API allows the same roles. */

@Component({
  selector: 'gp-programmes-page',
  imports: [
    ProblemAlertComponent,
    EmptyStateComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    PageHeaderComponent,
    ProgrammeCardComponent,
    TranslocoPipe,
  ],
  templateUrl: './programmes.page.html',
  styleUrl: './programmes.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammesPage {
  protected readonly store = inject(ProgrammesStore);
  private readonly dialog = inject(MatDialog);
  private readonly notices = inject(NoticeService);

  private readonly session = inject(SessionStore);

  /**
   * Whether the person may add and edit programmes and calls (admins and coordinators), read from
   * the session; the API checks the role again.
   */
  protected readonly mayEdit = computed(() => mayEditProgrammes(this.session.roles()));

  protected readonly query = signal('');
  protected readonly kind = signal<ProgrammeKind | ''>('');
  protected readonly kinds = PROGRAMME_KINDS;

  protected readonly filtering = computed(() => this.query().trim() !== '' || this.kind() !== '');
  protected readonly visible = computed(() => {
    const words = this.query().trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const kind = this.kind();
    return this.store.programmes().filter((programme) => {
      if (kind && programme.kind !== kind) return false;
      const text = `${programme.name} ${programme.funder}`.toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    });
  });

  constructor() {
    void this.store.load();
  }

  protected clearFilter(): void {
    this.query.set('');
    this.kind.set('');
  }

  protected createProgramme(): void {
    this.openProgrammeDialog({ programme: null }, 'programmes.created');
  }

  protected editProgramme(programme: Programme): void {
    this.openProgrammeDialog({ programme }, 'programmes.saved');
  }

  protected createCall(programme: Programme): void {
    this.openCallDialog({ programme, call: null }, 'programmes.calls.created');
  }

  protected editCall(call: Call): void {
    const programme = this.store.programmes().find((p) => p.id === call.programmeId);
    if (programme) this.openCallDialog({ programme, call }, 'programmes.calls.saved');
  }

  private openProgrammeDialog(data: ProgrammeDialogData, confirmation: string): void {
    this.dialog
      .open<ProgrammeDialog, ProgrammeDialogData, Programme>(ProgrammeDialog, { ...DIALOG_SIZE, data })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notices.confirm(confirmation, { name: saved.name });
      });
  }

  private openCallDialog(data: CallDialogData, confirmation: string): void {
    this.dialog
      .open<CallDialog, CallDialogData, Call>(CallDialog, { ...DIALOG_SIZE, data })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.notices.confirm(confirmation, { title: saved.title });
      });
  }
}
