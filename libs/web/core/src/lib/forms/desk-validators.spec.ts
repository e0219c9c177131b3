import { FormControl } from '@angular/forms';
import {
  atLeastOne,
  emailAddress,
  lengthBetween,
  passwordPolicy,
  percentRate,
  sameAs,
  webLink,
  wholeNumber,
  withinLimit,
} from './desk-validators';
import { FIELD_LIMITS } from '@gp/domain';

const check = (value: unknown, validator: (c: FormControl) => unknown) => validator(new FormControl(value));

describe('desk validators', () => {
  it.each([
    ['anna@kommun.se', null],
    ['  anna@kommun.se ', null],
    ['', null],
    ['anna@kommun', { email: true }],
    ['anna kommun.se', { email: true }],
    ['anna@@kommun.se', { email: true }],
  ])('emailAddress(%j)', (value, expected) => {
    expect(check(value, emailAddress)).toEqual(expected);
  });

  it('applies the password policy of @gp/domain, including not the email address', () => {
    expect(check('short', passwordPolicy())).toEqual({ passwordProblem: 'too_short' });
    expect(
      check(
        'anna@kommun.se',
        passwordPolicy(() => 'Anna@Kommun.se'),
      ),
    ).toEqual({
      passwordProblem: 'same_as_email',
    });
    expect(check('a sensible long passphrase', passwordPolicy())).toBeNull();
  });

  it('counts a name’s length without surrounding space', () => {
    expect(check('  A ', lengthBetween(2, 200))).toEqual({ lengthBetween: { min: 2, max: 200 } });
    expect(check('Kultur', lengthBetween(2, 200))).toBeNull();
  });

  it('wants at least one role, and repeated passwords alike', () => {
    expect(check([], atLeastOne)).toEqual({ atLeastOne: true });
    expect(check(['viewer'], atLeastOne)).toBeNull();
    expect(
      check(
        'abc',
        sameAs(() => 'abd'),
      ),
    ).toEqual({ mismatch: true });
    expect(
      check(
        'abc',
        sameAs(() => 'abc'),
      ),
    ).toBeNull();
  });

  it.each([
    [null, null],
    ['', null],
    [0, null],
    [80, null],
    [66.67, null],
    [100, null],
    [-1, { percent: true }],
    [100.5, { percent: true }],
    [66.666, { percent: true }],
  ])('percentRate(%j)', (value, expected) => {
    expect(check(value, percentRate)).toEqual(expected);
  });

  it.each([
    [null, null],
    [0, null],
    [400000, null],
    [12.5, { wholeNumber: true }],
    [-5, { wholeNumber: true }],
    [Number.MAX_SAFE_INTEGER, { wholeNumber: true }],
  ])('wholeNumber(%j)', (value, expected) => {
    expect(check(value, wholeNumber)).toEqual(expected);
  });

  it.each([
    ['', null],
    ['https://erasmus-plus.ec.europa.eu/', null],
    [' http://www.interreg.eu/calls?id=1 ', null],
    ['www.interreg.eu', { webLink: true }],
    ['ftp://files.example.org', { webLink: true }],
    ['https://localhost', { webLink: true }],
  ])('webLink(%j)', (value, expected) => {
    expect(check(value, webLink)).toEqual(expected);
  });
});

describe('withinLimit (libs/domain FIELD_LIMITS, the numbers the API DTOs check)', () => {
  it('accepts the longest title the API accepts and refuses one more character', () => {
    const title = withinLimit(FIELD_LIMITS.project.title);
    expect(title(new FormControl('x'.repeat(FIELD_LIMITS.project.title.max)))).toBeNull();
    expect(title(new FormControl('x'.repeat(FIELD_LIMITS.project.title.max + 1)))).not.toBeNull();
  });

  it('refuses a title shorter than the API minimum, and leaves an empty one to `required`', () => {
    const title = withinLimit(FIELD_LIMITS.project.title);
    expect(title(new FormControl('x'))).not.toBeNull();
    expect(title(new FormControl(''))).toBeNull();
  });
});
