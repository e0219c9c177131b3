import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LanguageStore, TRANSLATIONS } from '@gp/web/core';
import { reminderOffset } from '@gp/web/ui';

/** A rule's days in words: "30 dagar före, 7 dagar före, dagen efter", or "Inga påminnelser". */
@Component({
  selector: 'gp-reminder-days',
  template: `{{ text() }}`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderDaysComponent {
  private readonly language = inject(LanguageStore).language;
  readonly days = input.required<readonly number[]>();

  // Joined in code: a template loop puts its line breaks between the words and the commas.
  protected readonly text = computed(() => {
    const texts = TRANSLATIONS[this.language()];
    if (this.days().length === 0) return texts.reminderRules.none;
    return this.days()
      .map((day) => {
        const { key, params } = reminderOffset(day);
        const name = key.slice('reminders.offsets.'.length) as keyof typeof texts.reminders.offsets;
        return texts.reminders.offsets[name].replace('{{days}}', String(params.days));
      })
      .join(', ');
  });
}
