import { TestBed } from '@angular/core/testing';
import { LanguageStore, provideTranslations } from '@gp/web/core';
import { CallTimes } from './call-times';
import { CURRENT_TIME, USER_TIME_ZONE } from './time-zones';

// 12:00 Brussels time (CET, UTC+1) on 5 March 2027.
const BRUSSELS_NOON = '2027-03-05T11:00:00Z';
// 42 calendar days before it, in the morning.
const TODAY = new Date('2027-01-22T09:00:00Z');

/** Intl separates some parts with no-break spaces; compare the words. */
const plain = (text: string | null) => text?.replace(/\s/g, ' ') ?? null;

describe('CallTimes', () => {
  function timesFor(userZone: string, now = TODAY): CallTimes {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTranslations(),
        { provide: USER_TIME_ZONE, useValue: userZone },
        { provide: CURRENT_TIME, useValue: () => now },
      ],
    });
    return TestBed.inject(CallTimes);
  }

  it('shows a Brussels deadline in Stockholm at the same time, so without the funder’s clock', () => {
    const deadline = timesFor('Europe/Stockholm').deadline(BRUSSELS_NOON, 'Europe/Brussels');
    expect(plain(deadline.local)).toBe('5 mars 2027 kl. 12:00');
    expect(deadline.funder).toBeNull();
    expect(deadline.left).toBe('om 42 dagar');
    expect(deadline.urgency).toBe('later');
  });

  it('shows a Brussels deadline in Helsinki an hour later, with the funder’s time beside it', () => {
    const deadline = timesFor('Europe/Helsinki').deadline(BRUSSELS_NOON, 'Europe/Brussels');
    expect(plain(deadline.local)).toBe('5 mars 2027 kl. 13:00');
    expect(plain(deadline.funder)).toBe('(kl. 12:00 i Bryssel)');
  });

  it('speaks Norwegian and English too', async () => {
    const times = timesFor('Europe/Helsinki');
    await TestBed.inject(LanguageStore).use('nb');
    let deadline = times.deadline(BRUSSELS_NOON, 'Europe/Brussels');
    expect(plain(deadline.local)).toBe('5. mars 2027 kl. 13:00');
    expect(plain(deadline.funder)).toBe('(kl. 12:00 i Brussel)');
    expect(deadline.left).toBe('om 42 dager');
    await TestBed.inject(LanguageStore).use('en');
    deadline = times.deadline(BRUSSELS_NOON, 'Europe/Brussels');
    expect(plain(deadline.local)).toBe('5 March 2027 at 13:00');
    expect(plain(deadline.funder)).toBe('(12:00 Brussels time)');
    expect(deadline.left).toBe('in 42 days');
  });

  it('names the funder’s day too when it is another day than the reader’s', () => {
    // 00:30 in Helsinki is still the evening before in Brussels.
    const deadline = timesFor('Europe/Helsinki').deadline('2027-03-04T22:30:00Z', 'Europe/Brussels');
    expect(plain(deadline.local)).toBe('5 mars 2027 kl. 00:30');
    expect(plain(deadline.funder)).toBe('(4 mars 2027 kl. 23:30 i Bryssel)');
  });

  it('counts calendar days in the reader’s zone: today, tomorrow, soon, passed', () => {
    const evening = new Date('2027-03-04T21:00:00Z'); // 22:00 in Stockholm
    const times = timesFor('Europe/Stockholm', evening);
    expect(times.deadline(BRUSSELS_NOON, 'Europe/Brussels')).toMatchObject({
      left: 'i morgon',
      urgency: 'soon',
    });
    expect(times.deadline('2027-03-04T22:30:00Z', 'Europe/Brussels').left).toBe('i dag');
    expect(times.deadline('2027-03-04T20:00:00Z', 'Europe/Brussels')).toMatchObject({
      left: 'passerad',
      urgency: 'passed',
    });
  });

  it('writes an opening day as the same calendar day in every zone', () => {
    expect(timesFor('America/Los_Angeles').day('2027-01-10')).toBe('10 januari 2027');
  });

  it('names an unlisted zone by its city', () => {
    expect(timesFor('Europe/Stockholm').placeName('Europe/Isle_of_Man')).toBe('Isle of Man');
  });
});
