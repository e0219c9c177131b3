import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { reminderOffset } from '@gp/web/ui';

/** A rule's days in words: "30 dagar före, 7 dagar före, dagen efter", or "Inga påminnelser". */
@Component({
  selector: 'gp-reminder-days',
  template: `{{ text() }}`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderDaysComponent {
  private readonly transloco = inject(TranslocoService);
  // The active language's texts once loaded (Norwegian and English arrive as chunks of their own).
  private readonly texts = toSignal(this.transloco.selectTranslation(), { initialValue: {} });
  readonly days = input.required<readonly number[]>();

  // Joined in code: a template loop puts its line breaks between the words and the commas.
  protected readonly text = computed(() => {
    const texts: Readonly<Record<string, string>> = this.texts();
    if (this.days().length === 0) return texts['reminderRules.none'] ?? '';
    return this.days()
      .map((day) => {
        const { key, params } = reminderOffset(day);
        return (texts[key] ?? '').replace('{{days}}', String(params.days));
      })
      .join(', ');
  });
}
