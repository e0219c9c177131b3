import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
  type OnInit,
} from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule, type MatSelectChange } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { FIELD_LIMITS, mentionToken, mentionedIn, type NoteInput, type NotePerson } from '@gp/domain';
import { FieldErrorComponent } from '@gp/web/core';

let nextId = 0;

/**
 * A note's text with a plain "mention a person" picker beside it (a labelled select, which keyboard
 * and screen-reader users work like any other field): choosing a person writes `@Name` where the
 * cursor is. On save, the people whose `@Name` is still in the text are the mentions.
 */
@Component({
  selector: 'gp-note-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    FieldErrorComponent,
  ],
  template: `
    <form (submit)="submit($event)" novalidate class="editor" [attr.aria-label]="label()">
      <mat-form-field appearance="outline" class="text">
        <mat-label>{{ label() }}</mat-label>
        <textarea
          #textArea
          matInput
          rows="3"
          [formControl]="text"
          [attr.maxlength]="maxLength"
          data-testid="note-text"
        ></textarea>
        <mat-hint>{{ 'notes.hint' | transloco }}</mat-hint>
        <mat-error [gpFieldError]="text" />
      </mat-form-field>
      <div class="actions">
        @if (people().length > 0) {
          <mat-form-field appearance="outline" class="mention" subscriptSizing="dynamic">
            <mat-label>{{ 'notes.mention' | transloco }}</mat-label>
            <mat-select
              [value]="null"
              (selectionChange)="mention($event)"
              (openedChange)="$event || backToText()"
              [attr.data-testid]="'note-mention'"
              [id]="mentionId"
            >
              @for (person of people(); track person.id) {
                <mat-option [value]="person">{{ person.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="note-save">
          {{ saveLabel() }}
        </button>
        @if (cancellable()) {
          <button mat-button type="button" (click)="cancelled.emit()" data-testid="note-cancel">
            {{ 'notes.cancel' | transloco }}
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    .editor {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .text {
      width: 100%;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
    .mention {
      min-width: 14rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteEditorComponent implements OnInit {
  private readonly announcer = inject(LiveAnnouncer);
  private readonly transloco = inject(TranslocoService);
  private readonly textArea = viewChild.required<ElementRef<HTMLTextAreaElement>>('textArea');

  /** The field's label: "New note", or "Edit your note". */
  readonly label = input.required<string>();
  readonly saveLabel = input.required<string>();
  /** Who may be mentioned: the people who read the project. */
  readonly people = input<readonly NotePerson[]>([]);
  /** The text and mentions of the note being edited. */
  readonly initial = input<{ text: string; mentions: readonly NotePerson[] } | null>(null);
  readonly busy = input(false);
  readonly cancellable = input(false);
  readonly saved = output<NoteInput>();
  readonly cancelled = output<void>();

  protected readonly maxLength = FIELD_LIMITS.note.text.max;
  protected readonly mentionId = `gp-note-mention-${++nextId}`;
  protected readonly text = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(FIELD_LIMITS.note.text.max)],
  });
  private readonly picked = signal<NotePerson[]>([]);
  /** Where the cursor goes once the picker closes, after a mention was written. */
  private caret: number | null = null;
  /** Everyone who could be a mention of this text: the picked and the note's own. */
  private readonly candidates = computed(() => [
    ...(this.initial()?.mentions ?? []),
    ...this.picked(),
    ...this.people(),
  ]);

  ngOnInit(): void {
    const initial = this.initial();
    if (initial) this.text.setValue(initial.text);
  }

  /** Writes `@Name ` at the cursor and puts the cursor after it, back in the text. */
  protected mention(change: MatSelectChange): void {
    const person = change.value as NotePerson | null;
    change.source.writeValue(null);
    if (!person) return;
    const area = this.textArea().nativeElement;
    const value = this.text.value;
    const start = area.selectionStart ?? value.length;
    const end = area.selectionEnd ?? value.length;
    const before = value.slice(0, start);
    const space = before === '' || /\s$/.test(before) ? '' : ' ';
    const token = `${space}${mentionToken(person.name)} `;
    this.text.setValue(before + token + value.slice(end));
    this.picked.update((picked) => [...picked, person]);
    this.caret = start + token.length;
    void this.announcer.announce(
      this.transloco.translate('notes.mentioned', { name: person.name }),
      'polite',
    );
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.text.markAsTouched();
    const text = this.text.value.trim();
    if (text === '') this.text.setErrors({ required: true });
    if (this.text.invalid) return this.textArea().nativeElement.focus();
    this.saved.emit({ text, mentionIds: mentionedIn(text, this.candidates()).map((person) => person.id) });
  }

  /**
   * Once the picker's panel has closed (the select takes the focus back as it closes), the focus
   * returns to the text, the cursor after the name just written, so typing goes on from there.
   */
  protected backToText(): void {
    if (this.caret === null) return;
    const area = this.textArea().nativeElement;
    area.focus();
    area.setSelectionRange(this.caret, this.caret);
    this.caret = null;
  }

  /** Empties the field after a new note is saved. */
  clear(): void {
    this.text.reset('');
    this.picked.set([]);
  }
}
