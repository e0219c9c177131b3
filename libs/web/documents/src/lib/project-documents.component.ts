import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  HostListener,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DOCUMENT_ACCEPT,
  DOCUMENTS_CHANGED_EVENT,
  DOCUMENT_MAX_BYTES,
  documentSizeText,
  type ApiError,
  type Project,
  type ProjectDocument,
} from '@gp/domain';
import { LanguageStore, callApi, toApiError } from '@gp/web/core';
import { LocalDatePipe, NoticeService, confirmed } from '@gp/web/ui';
import { lastValueFrom, tap, type Observable } from 'rxjs';
import { DocumentsApi, documentContentUrl, type UploadProgress } from './documents.api';

/** What a refused upload says, by the API's code; anything else goes to the page's notices. */
const REFUSALS: Readonly<Record<string, string>> = {
  payload_too_large: 'documents.tooLarge',
  file_type_not_allowed: 'documents.typeNotAllowed',
  forbidden: 'documents.forbidden',
  role_not_allowed: 'documents.forbidden',
};

/**
 * The project's documents on its page: every file kept with it (those attached to checklist items
 * say which), each a download link; for those who edit the project an upload with its progress and
 * a delete that asks first. What happens is said in a live region; a refusal stays until the next try.
 */
@Component({
  selector: 'gp-project-documents',
  imports: [LocalDatePipe, MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoPipe],
  templateUrl: './project-documents.component.html',
  styleUrl: './project-documents.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectDocumentsComponent {
  private readonly api = inject(DocumentsApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly notices = inject(NoticeService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly languages = inject(LanguageStore);

  readonly project = input.required<Project>();
  /** Whether the person edits this project (the page decides, as for the project's fields). */
  readonly mayEdit = input(false);
  /** A document was uploaded or deleted, so the activity list has news. */
  readonly changed = output<void>();

  private readonly projectId = computed(() => this.project().id);
  protected readonly accept = DOCUMENT_ACCEPT;
  protected readonly locale = this.languages.locale;
  protected readonly documents = signal<ProjectDocument[]>([]);
  protected readonly loaded = signal(false);
  protected readonly uploading = signal<{ name: string; percent: number } | null>(null);
  protected readonly announcement = signal('');
  /** Why the last upload or delete was refused, in words; stays until the next try. */
  protected readonly refusal = signal<string | null>(null);
  /** The document whose "Replace" opened the file picker. */
  private replacing: ProjectDocument | null = null;
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('file');

  constructor() {
    // Read once per project: a saved project is a new object with the same id, and its documents stand.
    effect(() => {
      const id = this.projectId();
      untracked(() => void this.load(id));
    });
  }

  /** A checklist item got a document: the list reads it again. */
  @HostListener(`window:${DOCUMENTS_CHANGED_EVENT}`, ['$event'])
  protected documentsChanged(event: CustomEvent<string>): void {
    if (event.detail === this.projectId()) void this.load(event.detail);
  }

  protected contentUrl(document: ProjectDocument): string {
    return documentContentUrl(document);
  }

  protected size(document: ProjectDocument): string {
    return documentSizeText(document.size, this.languages.language());
  }

  /**
   * The file picked in the file input: uploaded at once (in place of the document whose "Replace"
   * opened the picker, if one did), the input emptied for the next one.
   */
  protected async picked(field: HTMLInputElement): Promise<void> {
    const file = field.files?.[0];
    field.value = '';
    const replacing = this.replacing;
    this.replacing = null;
    if (file) await (replacing ? this.replace(replacing, file) : this.upload(file));
  }

  /** "Replace": the same picker, for a file that takes this document's place. */
  protected chooseReplacement(document: ProjectDocument): void {
    this.replacing = document;
    this.fileInput()?.nativeElement.click();
  }

  async upload(file: File): Promise<void> {
    const stored = await this.send(file, this.api.upload(this.project().id, file));
    if (!stored) return;
    this.documents.update((list) => [...list, stored]);
    this.announce('documents.uploaded', { name: file.name });
  }

  async replace(document: ProjectDocument, file: File): Promise<void> {
    const stored = await this.send(file, this.api.replace(document, file));
    if (!stored) return;
    this.documents.update((list) => list.map((d) => (d.id === document.id ? stored : d)));
    this.announce('documents.replaced', { old: document.fileName, name: file.name });
    // The old entry and the button that had the focus are gone: the focus goes to the new one's.
    this.focusAfterRender(`[data-testid="document-replace-${stored.id}"]`);
  }

  /** Sends the file with its progress shown; the stored document, or null when refused. */
  private async send(file: File, sending: Observable<UploadProgress>): Promise<ProjectDocument | null> {
    this.refusal.set(null);
    const name = file.name;
    // Refused here already: 25 MB need not cross the network to be turned away.
    if (file.size > DOCUMENT_MAX_BYTES) {
      this.refuse(name, 'documents.tooLarge');
      return null;
    }
    this.uploading.set({ name, percent: 0 });
    try {
      const last = await lastValueFrom(sending.pipe(tap(({ percent }) => this.uploading.set({ name, percent }))));
      this.changed.emit();
      return last.document ?? null;
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'not_found') await this.load(this.project().id);
      this.refused(name, apiError);
      return null;
    } finally {
      this.uploading.set(null);
    }
  }

  protected async remove(document: ProjectDocument): Promise<void> {
    const t = (key: string) => this.transloco.translate(key, { name: document.fileName });
    const sure = await confirmed(this.dialog, {
      title: t('documents.removeTitle'),
      message: t('documents.removeText'),
      confirm: t('documents.remove'),
    });
    if (!sure) return;
    this.refusal.set(null);
    try {
      await callApi(this.api.remove(document));
      this.documents.update((list) => list.filter((d) => d.id !== document.id));
      this.announce('documents.removed', { name: document.fileName });
      this.changed.emit();
      this.focusUpload();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'not_found') await this.load(this.project().id);
      this.refused(document.fileName, apiError);
    }
  }

  private async load(projectId: string): Promise<void> {
    try {
      this.documents.set(await callApi(this.api.list(projectId)));
    } catch (error) {
      this.notices.problem(toApiError(error));
    } finally {
      this.loaded.set(true);
    }
  }

  private refused(name: string, error: ApiError): void {
    const key = REFUSALS[error.code];
    if (key) this.refuse(name, key);
    else this.notices.problem(error);
  }

  private refuse(name: string, key: string): void {
    this.refusal.set(this.transloco.translate(key, { name }));
  }

  private announce(key: string, params: Record<string, unknown>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

  /** After a delete the focus would fall to the page: it goes to the upload button instead. */
  private focusUpload(): void {
    this.focusAfterRender('[data-testid="documents-upload"]');
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
