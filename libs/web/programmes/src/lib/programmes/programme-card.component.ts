import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Call, Programme } from '@gp/domain';
import { LanguageStore } from '@gp/web/core';
import { LocalMoneyPipe, LocalPercentPipe, StatusChipComponent, type StatusTone } from '@gp/web/ui';
import { ChecklistTemplateComponent } from '@gp/web/checklists';
import { CallTimes, type DeadlineUrgency } from '../shared/call-times';

const URGENCY_LOOK: Readonly<Record<DeadlineUrgency, { tone: StatusTone; icon: string }>> = {
  passed: { tone: 'neutral', icon: 'event_busy' },
  soon: { tone: 'warning', icon: 'hourglass_bottom' },
  later: { tone: 'info', icon: 'schedule' },
};

/**
 * One programme: its facts, its description in the reader's language, and its calls with their
 * deadlines in the reader's time zone, and its application checklist template. Edit buttons only
 * when the page says the person may edit.
 */
@Component({
  selector: 'gp-programme-card',
  imports: [
    ChecklistTemplateComponent,
    LocalMoneyPipe,
    LocalPercentPipe,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    StatusChipComponent,
    TranslocoPipe,
  ],
  templateUrl: './programme-card.component.html',
  styleUrl: './programme-card.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeCardComponent {
  private readonly times = inject(CallTimes);
  protected readonly languages = inject(LanguageStore);

  readonly programme = input.required<Programme>();
  readonly mayEdit = input(false);
  readonly edit = output<Programme>();
  readonly createCall = output<Programme>();
  readonly editCall = output<Call>();

  protected readonly headingId = computed(() => `programme-${this.programme().id}`);

  /** Swedish text for Swedish and Norwegian readers, English for English ones; the other when one is empty. */
  protected readonly description = computed(() => {
    const { descriptionSv, descriptionEn } = this.programme();
    const wantsEnglish = this.languages.language() === 'en';
    const [first, second] = wantsEnglish
      ? [
          { text: descriptionEn, lang: 'en' },
          { text: descriptionSv, lang: 'sv' },
        ]
      : [
          { text: descriptionSv, lang: 'sv' },
          { text: descriptionEn, lang: 'en' },
        ];
    return first.text.trim() ? first : second.text.trim() ? second : null;
  });

  protected readonly calls = computed(() =>
    this.programme().calls.map((call) => {
      const deadline = this.times.deadline(call.deadline, call.deadlineTimeZone);
      return {
        call,
        deadline,
        look: URGENCY_LOOK[deadline.urgency],
        opensOn: call.opensOn ? this.times.day(call.opensOn) : null,
      };
    }),
  );
}
