import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ApiError, ChecklistTemplateItem, Programme } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { LocalDayPipe, NoticeService, confirmed, SectionMessagesComponent } from '@gp/web/ui';
import { ChecklistTemplateStore, templateChanged } from './checklist-template.store';
import { TemplateItemDialog, type TemplateItemDialogData } from './template-item.dialog';

const DIALOG_SIZE = { width: '36rem', maxWidth: '95vw', autoFocus: 'first-tabbable' } as const;

/**
 * A programme's checklist template, folded away until asked for: the lines every application to
 * the programme starts with. Admins and coordinators add, change, remove and reorder them.
 */
@Component({
  selector: 'gp-checklist-template',
  imports: [SectionMessagesComponent, LocalDayPipe, MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoPipe],
  providers: [ChecklistTemplateStore],
  templateUrl: './checklist-template.component.html',
  styleUrl: './checklist-template.component.scss',
  host: { '[attr.data-testid]': '"template-" + programme().id' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChecklistTemplateComponent {
  protected readonly store = inject(ChecklistTemplateStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly transloco = inject(TranslocoService);
  private readonly notices = inject(NoticeService);
  protected readonly locale = inject(LanguageStore).locale;

  readonly programme = input.required<Programme>();
  /** Admins and coordinators keep templates; the page decides, the API checks again. */
  readonly mayEdit = input(false);

  protected readonly open = signal(false);
  protected readonly announcement = signal('');
  protected readonly message = signal<string | null>(null);
  protected readonly regionId = computed(() => `template-region-${this.programme().id}`);
  protected readonly headingId = computed(() => `template-heading-${this.programme().id}`);

  protected toggle(): void {
    this.open.update((open) => !open);
    if (this.open() && !this.store.loaded()) void this.store.load(this.programme().id);
  }

  protected add(): void {
    this.openDialog(null, 'checklist.added');
  }

  protected edit(item: ChecklistTemplateItem): void {
    this.openDialog(item, 'checklist.saved');
  }

  protected async remove(item: ChecklistTemplateItem): Promise<void> {
    const t = (key: string) => this.transloco.translate(key, { title: item.title });
    const sure = await confirmed(this.dialog, {
      title: t('checklist.removeTitle'),
      message: t('checklistTemplate.removeText'),
      confirm: t('checklist.remove'),
    });
    if (!sure) return;
    this.message.set(null);
    try {
      await this.store.remove(item);
      this.announce('checklist.removed', { title: item.title });
      this.focus(`[data-testid="template-add-${this.programme().id}"]`);
    } catch (error) {
      this.refused(error as ApiError);
    }
  }

  protected async move(item: ChecklistTemplateItem, offset: -1 | 1): Promise<void> {
    this.message.set(null);
    const saving = this.store.move(item, offset);
    const row = `[data-testid="template-item-${item.id}"]`;
    // The moved row's node loses focus: give it back to the same button, or its sibling at an end.
    this.focus(
      `${row} [data-move="${offset < 0 ? 'up' : 'down'}"]:not([disabled])`,
      `${row} [data-move]:not([disabled])`,
    );
    const items = this.store.items();
    const position = items.findIndex((i) => i.id === item.id) + 1;
    this.announce('checklist.moved', { title: item.title, position, count: items.length });
    try {
      await saving;
    } catch (error) {
      this.refused(error as ApiError);
    }
  }

  private openDialog(item: ChecklistTemplateItem | null, confirmation: string): void {
    this.message.set(null);
    this.dialog
      .open<TemplateItemDialog, TemplateItemDialogData, ChecklistTemplateItem>(TemplateItemDialog, {
        ...DIALOG_SIZE,
        data: { programme: this.programme(), item },
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.announce(confirmation, { title: saved.title });
      });
  }

  private refused(error: ApiError): void {
    if (templateChanged(error)) this.message.set('checklistTemplate.stale');
    else this.notices.problem(error);
  }

  private announce(key: string, params: Record<string, unknown>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

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
