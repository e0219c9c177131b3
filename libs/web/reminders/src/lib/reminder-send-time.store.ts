import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { settingTimeWords, zoneTimeWords, type Language, type ReminderSendTime } from '@gp/domain';
import { LanguageStore, callApi } from '@gp/web/core';

/** The send time in words for the texts: `{ time: '08.00', zone: 'svensk tid' }`. */
export interface SendTimeWords {
  time: string;
  zone: string;
}

/** The configured send time as the emails write it, in a language. */
export function sendTimeWords(sendTime: ReminderSendTime, language: Language): SendTimeWords {
  return {
    time: settingTimeWords(sendTime.sendTime, language),
    zone: zoneTimeWords(sendTime.timeZone, language),
  };
}

/**
 * When reminders go out (REMINDER_SEND_TIME in the organisation's zone), read once from
 * /api/reminders/send-time so the pages say the configured hour instead of a written-in 08.00.
 */
@Injectable({ providedIn: 'root' })
export class ReminderSendTimeStore {
  private readonly http = inject(HttpClient);
  private readonly language = inject(LanguageStore).language;
  private readonly sendTime = signal<ReminderSendTime | null>(null);
  private loading: Promise<void> | null = null;

  /** In the active language; null until loaded, so a text never shows a time that may be wrong. */
  readonly words = computed(() => {
    const sendTime = this.sendTime();
    return sendTime ? sendTimeWords(sendTime, this.language()) : null;
  });

  load(): Promise<void> {
    this.loading ??= callApi(this.http.get<ReminderSendTime>('/api/reminders/send-time')).then(
      (sendTime) => this.sendTime.set(sendTime),
      // The intro stays hidden; the page is usable without it, and the next visit asks again.
      () => {
        this.loading = null;
      },
    );
    return this.loading;
  }
}
