import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DOCUMENT_ACCEPT, documentSizeText, type ChecklistItem, type ChecklistItemDocument } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { LocalDatePipe, LocalDayPipe } from '@gp/web/ui';
import { checklistDocumentUrl } from './checklist-documents.api';

/**
 * One checklist item: a real checkbox named by its title, what it needs and by when, who did it,
 * and for editors buttons to move, edit and remove it. Late items say so in words and an icon.
 */
@Component({
  selector: 'gp-checklist-row',
  imports: [LocalDatePipe, LocalDayPipe, MatButtonModule, MatCheckboxModule, MatIconModule, MatProgressBarModule, TranslocoPipe],
  templateUrl: './checklist-row.component.html',
  styleUrl: './checklist-row.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChecklistRowComponent {
  private readonly languages = inject(LanguageStore);
  protected readonly locale = this.languages.locale;
  protected readonly accept = DOCUMENT_ACCEPT;

  readonly item = input.required<ChecklistItem>();
  readonly overdue = input(false);
  readonly mayEdit = input(false);
  /** A write for this item is on its way. */
  readonly busy = input(false);
  readonly first = input(false);
  readonly last = input(false);
  /** How far a document being attached has come (0–100); null when none is. */
  readonly attaching = input<number | null>(null);

  readonly tick = output<boolean>();
  readonly move = output<-1 | 1>();
  readonly edit = output<void>();
  readonly remove = output<void>();
  /** A file was picked to attach to the item. */
  readonly attach = output<File>();

  protected documentUrl(document: ChecklistItemDocument): string {
    return checklistDocumentUrl(this.item(), document);
  }

  protected size(document: ChecklistItemDocument): string {
    return documentSizeText(document.size, this.languages.language());
  }

  /** The file picked in the file input, passed on; the input emptied for the next one. */
  protected picked(field: HTMLInputElement): void {
    const file = field.files?.[0];
    field.value = '';
    if (file) this.attach.emit(file);
  }
}
