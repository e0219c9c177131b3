import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DOCUMENT_MAX_BYTES, DOCUMENTS_CHANGED_EVENT, isOverdue, type ApiError, type ChecklistItem, type PersonSummary, type Project, type ProjectFacts } from '@gp/domain';
import { TODAY, toApiError } from '@gp/web/core';
import { NoticeService, confirmed, SectionMessagesComponent } from '@gp/web/ui';
import { lastValueFrom, tap } from 'rxjs';
import { ChecklistDocumentsApi } from './checklist-documents.api';
import { ChecklistItemDialog, type ChecklistItemDialogData } from './checklist-item.dialog';
import { ChecklistRowComponent } from './checklist-row.component';
import { ChecklistStore, listChanged } from './checklist.store';

/** What a refused attachment says, by the API's code; anything else is handled as other writes are. */
const ATTACH_REFUSALS: Readonly<Record<string, string>> = {
  payload_too_large: 'documents.tooLarge',
  file_type_not_allowed: 'documents.typeNotAllowed',
};

const DIALOG_SIZE = { width: '36rem', maxWidth: '95vw', autoFocus: 'first-tabbable' } as const;

/**
 * The application checklist on the project page: progress, the items in order, and for those
 * who edit the project ticking, adding, editing, removing and moving items. Shown while the
 * project applies or awaits a decision, and afterwards when it has items.
 */
@Component({
  selector: 'gp-project-checklist',
  imports: [SectionMessagesComponent, ChecklistRowComponent, MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoPipe],
  providers: [ChecklistStore],
  templateUrl: './checklist.component.html',
  styleUrl: './checklist.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChecklistComponent {
  protected readonly store = inject(ChecklistStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly transloco = inject(TranslocoService);
  private readonly notices = inject(NoticeService);
  private readonly today = inject(TODAY);
  private readonly documents = inject(ChecklistDocumentsApi);

  readonly project = input.required<Project>();
  /** Whether the person edits this project (the page decides, as for the project's fields). */
  readonly mayEdit = input(false);
  /** Who an item may be assigned to. */
  readonly people = input<readonly PersonSummary[]>([]);
  /** An item was ticked, added or changed, so the activity list has news. */
  readonly changed = output<void>();
  /**
   * The required items and how many are done, as libs/domain's stage rules judge a submission,
   * each time the loaded list changes: the page's move menu refuses Beslut in advance, as the board does.
   */
  readonly stageFacts = output<Required<Pick<ProjectFacts, 'checklist'>>>();

  /** What the live region says after each change. */
  protected readonly announcement = signal('');
  /** Why the list was just reloaded or refused, as a translation key. */
  protected readonly message = signal<string | null>(null);
  /** Why the last attachment was refused, in words (with the file's name); stays until the next try. */
  protected readonly attachRefusal = signal<string | null>(null);
  /** The item a document is being attached to, and how far it has come. */
  protected readonly attaching = signal<{ itemId: string; percent: number } | null>(null);

  protected readonly applying = computed(() => ['application', 'decision'].includes(this.project().stage));
  protected readonly shown = computed(() => this.applying() || this.store.items().length > 0);
  protected readonly progress = this.store.progress;
  protected readonly rows = computed(() => {
    const today = this.today();
    return this.store.items().map((item) => ({ item, overdue: isOverdue(item, today) }));
  });

  // The API creates the checklist when the project enters Ansökan or gets its programme there.
  private readonly source = computed(() => {
    const { id, stage, programmeId } = this.project();
    return `${id}|${stage}|${programmeId ?? ''}`;
  });

  constructor() {
    effect(() => {
      this.source();
      const id = untracked(() => this.project().id);
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      if (!this.store.loaded()) return;
      const { required, requiredDone } = this.store.progress();
      this.stageFacts.emit({ checklist: { required, requiredDone } });
    });
  }

  async tick(item: ChecklistItem, done: boolean): Promise<void> {
    this.message.set(null);
    try {
      await this.store.tick(item, done);
      this.announce(done ? 'checklist.ticked' : 'checklist.unticked', { title: item.title });
      this.changed.emit();
    } catch (error) {
      this.refused(error as ApiError);
    }
  }

  /**
   * Attaches a document to an item; the list is read again, since the server may have ticked it
   * (its template line says so). The focus stays on the item's attach button.
   */
  async attach(item: ChecklistItem, file: File): Promise<void> {
    this.message.set(null);
    this.attachRefusal.set(null);
    const name = file.name;
    if (file.size > DOCUMENT_MAX_BYTES) return this.refuseAttachment('documents.tooLarge', name);
    this.attaching.set({ itemId: item.id, percent: 0 });
    try {
      const last = await lastValueFrom(
        this.documents
          .attach(item.id, file)
          .pipe(tap(({ percent }) => this.attaching.set({ itemId: item.id, percent }))),
      );
      await this.store.load(this.project().id);
      // The project's documents section lists this one too.
      window.dispatchEvent(new CustomEvent(DOCUMENTS_CHANGED_EVENT, { detail: this.project().id }));
      const ticked = last.attached?.ticked ?? false;
      this.announce(ticked ? 'checklist.attachedTicked' : 'checklist.attached', { name, title: item.title });
      this.changed.emit();
    } catch (error) {
      const apiError = toApiError(error);
      const key = ATTACH_REFUSALS[apiError.code];
      if (key) this.refuseAttachment(key, name);
      else this.refused(apiError);
    } finally {
      this.attaching.set(null);
      this.focus(`[data-testid="checklist-item-${item.id}"] [data-testid="checklist-attach"]`);
    }
  }

  async move(item: ChecklistItem, offset: -1 | 1): Promise<void> {
    this.message.set(null);
    const saving = this.store.move(item, offset);
    // The row's node moved, and a moved node loses focus: give it back to the same button.
    this.refocus(item.id, offset);
    const items = this.store.items();
    const position = items.findIndex((i) => i.id === item.id) + 1;
    this.announce('checklist.moved', { title: item.title, position, count: items.length });
    try {
      await saving;
    } catch (error) {
      this.refused(error as ApiError);
    }
  }

  protected add(): void {
    this.openDialog(null, 'checklist.added');
  }

  protected edit(item: ChecklistItem): void {
    this.openDialog(item, 'checklist.saved');
  }

  protected async remove(item: ChecklistItem): Promise<void> {
    const t = (key: string) => this.transloco.translate(key, { title: item.title });
    const sure = await confirmed(this.dialog, {
      title: t('checklist.removeTitle'),
      message: t('checklist.removeText'),
      confirm: t('checklist.remove'),
    });
    if (!sure) return;
    this.message.set(null);
    try {
      await this.store.remove(item);
      this.announce('checklist.removed', { title: item.title });
      this.focus('[data-testid="checklist-add"]');
    } catch (error) {
      this.refused(error as ApiError);
    }
  }

  private openDialog(item: ChecklistItem | null, confirmation: string): void {
    this.message.set(null);
    this.dialog
      .open<ChecklistItemDialog, ChecklistItemDialogData, ChecklistItem>(ChecklistItemDialog, {
        ...DIALOG_SIZE,
        data: { item, people: this.people() },
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.announce(confirmation, { title: saved.title });
        this.changed.emit();
      });
  }

  private refused(error: ApiError): void {
    if (listChanged(error)) this.message.set('checklist.stale');
    else if (error.code === 'forbidden' || error.code === 'role_not_allowed')
      this.message.set('checklist.forbidden');
    else this.notices.problem(error);
  }

  private refuseAttachment(key: string, name: string): void {
    this.attachRefusal.set(this.transloco.translate(key, { name }));
  }

  private announce(key: string, params: Record<string, unknown>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

  private refocus(itemId: string, offset: -1 | 1): void {
    const row = `[data-testid="checklist-item-${itemId}"]`;
    this.focus(
      `${row} [data-move="${offset < 0 ? 'up' : 'down'}"]:not([disabled])`,
      `${row} [data-move]:not([disabled])`,
    );
  }

  /** Focuses the first selector that finds something, once the view shows the change. */
  private focus(...selectors: string[]): void {
    afterNextRender(
      () => {
        for (const selector of selectors) {
          const element = this.host.nativeElement.querySelector<HTMLElement>(selector);
          if (element) return element.focus();
        }
      },
      { injector: this.injector },
    );
  }
}
