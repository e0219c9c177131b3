import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  linkedSignal,
  signal,
  viewChildren,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioButton, MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  REMINDER_DELIVERIES,
  reminderDeliveryOf,
  type ApiError,
  type ReminderDelivery,
  type ReminderPreferences,
} from '@gp/domain';
import { LanguageStore, callApi } from '@gp/web/core';
import { NoticeService } from '@gp/web/ui';
import { sendTimeWords } from '../reminder-send-time.store';
import { ReminderPreferencesApi } from './reminder-preferences.api';

/**
 * How reminders reach the person: the last ones at once and the rest in a daily digest (the
 * default), each at once, or all in the digest; each choice explained with the configured send
 * time, saved on change. And how many projects they muted.
 */
@Component({
  selector: 'gp-reminder-preferences',
  imports: [MatButtonModule, MatRadioModule, TranslocoPipe],
  template: `
    <h2 id="reminders-heading">{{ 'account.remindersHeading' | transloco }}</h2>
    @if (preferences(); as prefs) {
      <mat-radio-group
        data-testid="reminder-delivery"
        aria-labelledby="reminders-heading"
        aria-describedby="reminder-delivery-hint"
        [value]="chosen()"
        (change)="choose($event.value)"
      >
        @for (option of deliveries; track option) {
          <div class="choice">
            <mat-radio-button
              [value]="option"
              [aria-describedby]="'reminder-delivery-' + option + '-explained'"
            >
              {{
                ('account.delivery.' + option | transloco) +
                  (option === defaultDelivery ? ' ' + ('account.deliveryDefaultMark' | transloco) : '')
              }}
            </mat-radio-button>
            <p class="explained" [id]="'reminder-delivery-' + option + '-explained'">
              {{ 'account.deliveryExplained.' + option | transloco: sendTime() }}
            </p>
          </div>
        }
      </mat-radio-group>
      <p class="hint" id="reminder-delivery-hint">
        @if (prefs.isDefault) {
          {{ 'account.deliveryIsDefault' | transloco }}
        } @else {
          {{
            'account.deliveryChosen'
              | transloco: { choice: ('account.delivery.' + defaultDelivery | transloco) }
          }}
        }
      </p>
      @if (!prefs.isDefault) {
        <button mat-stroked-button type="button" data-testid="reminder-delivery-reset" (click)="save(null)">
          {{ 'account.deliveryReset' | transloco }}
        </button>
      }
      <p data-testid="reminder-muted">
        @switch (prefs.mutedProjectIds.length) {
          @case (0) {
            {{ 'account.mutedNone' | transloco }}
          }
          @case (1) {
            {{ 'account.mutedOne' | transloco }}
          }
          @default {
            {{ 'account.mutedMany' | transloco: { count: prefs.mutedProjectIds.length } }}
          }
        }
      </p>
    }
    <p class="status" role="status" aria-live="polite" aria-atomic="true">
      @if (saved()) {
        {{ 'account.deliverySaved' | transloco }}
      }
    </p>
  `,
  styles: `
    h2 {
      margin: 0 0 1rem;
      font: var(--mat-sys-title-large);
    }
    mat-radio-group {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .explained {
      /* Lined up under the label, past the radio's circle. */
      margin: 0 0 0.25rem 2.5rem;
      max-width: 40rem;
    }
    .explained,
    .hint,
    .status {
      color: var(--mat-sys-on-surface-variant);
    }
    .hint,
    .status {
      margin: 0.5rem 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReminderPreferencesComponent {
  private readonly api = inject(ReminderPreferencesApi);
  private readonly language = inject(LanguageStore).language;
  private readonly notices = inject(NoticeService);
  private readonly injector = inject(Injector);
  private readonly radios = viewChildren(MatRadioButton);

  protected readonly deliveries = REMINDER_DELIVERIES;
  protected readonly preferences = signal<ReminderPreferences | null>(null);
  /** The radio shown as checked; put back when a change could not be saved. */
  protected readonly chosen = linkedSignal(() => this.preferences()?.delivery ?? null);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  /** What applies when the person has not chosen; the same for everyone. */
  protected readonly defaultDelivery = reminderDeliveryOf({ roles: [], reminderDelivery: null });
  /** The configured send time in the active language, for the explanations of the choices. */
  protected readonly sendTime = computed(() => {
    const prefs = this.preferences();
    const language = this.language();
    return prefs ? sendTimeWords(prefs, language) : {};
  });

  constructor() {
    void this.load();
  }

  protected choose(delivery: ReminderDelivery): void {
    this.chosen.set(delivery);
    void this.save(delivery);
  }

  /** Saves a choice, or with null returns to the default. */
  protected async save(delivery: ReminderDelivery | null): Promise<void> {
    if (this.busy()) {
      this.chosen.set(this.preferences()?.delivery ?? null);
      return;
    }
    this.busy.set(true);
    this.saved.set(false);
    try {
      this.preferences.set(await callApi(this.api.set({ delivery })));
      this.saved.set(true);
      // The reset button goes away once the default applies; keep the keyboard user in the section.
      if (delivery === null) {
        afterNextRender(
          () =>
            this.radios()
              .find((radio) => radio.checked)
              ?.focus(),
          {
            injector: this.injector,
          },
        );
      }
    } catch (error) {
      this.chosen.set(this.preferences()?.delivery ?? null);
      this.notices.problem(error as ApiError);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.preferences.set(await callApi(this.api.get()));
    } catch (error) {
      this.notices.problem(error as ApiError);
    }
  }
}
