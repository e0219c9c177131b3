import { LiveAnnouncer } from '@angular/cdk/a11y';
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
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  mayDeleteNote,
  mayEditNote,
  noteSegments,
  type ApiError,
  type NoteInput,
  type ProjectNote,
  type Project,
} from '@gp/domain';
import { ERROR_PARAMS, LanguageStore, errorKey } from '@gp/web/core';
import { SessionStore } from '@gp/web/session';
import { LocalDatePipe, NoticeService, confirmed } from '@gp/web/ui';
import { NoteEditorComponent } from './note-editor.component';
import { NotesStore } from './notes.store';

/**
 * The project's notes: a thread of who wrote what and when, oldest first. Whoever reads the project
 * reads it; those who work on it write, mentioning people who then get an email with a link here.
 * Authors edit and delete their own notes; a coordinator or admin may delete any.
 */
@Component({
  selector: 'gp-project-notes',
  imports: [NoteEditorComponent, LocalDatePipe, MatButtonModule, MatIconModule, TranslocoPipe],
  providers: [NotesStore],
  templateUrl: './project-notes.component.html',
  styleUrl: './project-notes.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectNotesComponent {
  protected readonly store = inject(NotesStore);
  private readonly session = inject(SessionStore);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly notices = inject(NoticeService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly locale = inject(LanguageStore).locale;
  private readonly composer = viewChild<NoteEditorComponent>('composer');

  readonly project = input.required<Project>();

  /** The note whose text is being edited, if any. */
  protected readonly editing = signal<string | null>(null);
  /** The note being edited that was saved elsewhere (the author's other tab) since it was opened. */
  protected readonly overtaken = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly errorKey = errorKey;
  protected readonly errorParams = ERROR_PARAMS;

  // The id alone: a saved project is a new object, and its thread has not changed.
  private readonly projectId = computed(() => this.project().id);

  constructor() {
    effect(() => {
      const id = this.projectId();
      untracked(() => void this.store.load(id));
    });
  }

  protected segments(note: ProjectNote) {
    return noteSegments(note.text, note.mentions);
  }

  protected mayEdit(note: ProjectNote): boolean {
    const user = this.session.user();
    return user !== null && this.store.mayWrite() && mayEditNote(user, note);
  }

  protected mayDelete(note: ProjectNote): boolean {
    const user = this.session.user();
    return user !== null && this.store.mayWrite() && mayDeleteNote(user, note);
  }

  protected async add(input: NoteInput): Promise<void> {
    await this.saving(async () => {
      const note = await this.store.add(input);
      this.composer()?.clear();
      this.announceSaved(note, 'notes.added');
    });
  }

  protected async update(note: ProjectNote, input: NoteInput): Promise<void> {
    await this.saving(async () => {
      try {
        const saved = await this.store.update(note, input);
        this.overtaken.set(null);
        this.editing.set(null);
        this.announceSaved(saved, 'notes.saved');
        this.focus(`[data-testid="note-${note.id}"] [data-action="edit"]`);
      } catch (error) {
        // The editor keeps what they wrote; above it, the text saved meanwhile, for them to choose.
        if ((error as ApiError).code !== 'stale_version') throw error;
        this.overtaken.set(note.id);
      }
    });
  }

  protected edit(note: ProjectNote): void {
    this.overtaken.set(null);
    this.editing.set(note.id);
    this.focus(`[data-testid="note-${note.id}"] textarea`);
  }

  protected cancelEdit(note: ProjectNote): void {
    this.overtaken.set(null);
    this.editing.set(null);
    this.focus(`[data-testid="note-${note.id}"] [data-action="edit"]`);
  }

  protected async remove(note: ProjectNote): Promise<void> {
    const params = { author: note.authorName ?? this.transloco.translate('project.unknownPerson') };
    const sure = await confirmed(this.dialog, {
      title: this.transloco.translate('notes.deleteTitle'),
      message: this.transloco.translate('notes.deleteText', params),
      confirm: this.transloco.translate('notes.delete'),
    });
    if (!sure) return;
    await this.saving(async () => {
      await this.store.remove(note);
      void this.announcer.announce(this.transloco.translate('notes.deleted'), 'polite');
      this.focus('[data-testid="note-text"]', '#notes-heading');
    });
  }

  private async saving(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    try {
      await work();
    } catch (error) {
      this.notices.problem(error as ApiError);
    } finally {
      this.busy.set(false);
    }
  }

  private announceSaved(note: ProjectNote, key: string): void {
    const names = note.mentions.map((person) => person.name).join(', ');
    const message = this.transloco.translate(key);
    const told = names ? ` ${this.transloco.translate('notes.told', { names })}` : '';
    void this.announcer.announce(message + told, 'polite');
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
