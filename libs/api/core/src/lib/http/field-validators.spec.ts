import { IsString, validate } from 'class-validator';
import {
  IsCalendarDate,
  IsRatePercentOrNull,
  IsVersion,
  Optional,
  OptionalNullable,
  SingleLineText,
} from './field-validators';

class Edit {
  @Optional() @IsString() title?: string;
  @OptionalNullable() @IsCalendarDate('plannedStart') plannedStart?: string | null;
  @IsVersion() version = 1;
}

class Named {
  @SingleLineText('name', { min: 1, max: 20 }) name = '';
  @IsRatePercentOrNull('rate') rate: number | null = null;
}

const errorsOf = async (object: object) =>
  Object.fromEntries((await validate(object)).map((e) => [e.property, Object.values(e.constraints ?? {})]));

describe('field validators', () => {
  it('lets a field be left out but not sent as null, unless the contract says null', async () => {
    expect(await errorsOf(Object.assign(new Edit(), {}))).toEqual({});
    expect(await errorsOf(Object.assign(new Edit(), { plannedStart: null }))).toEqual({});
    expect((await errorsOf(Object.assign(new Edit(), { title: null }))).title).toContain(
      'title must not be null; leave it out to keep it as it is',
    );
  });

  it('refuses a day that does not exist and a version past the integer column', async () => {
    const errors = await errorsOf(
      Object.assign(new Edit(), { plannedStart: '2027-02-30', version: 2 ** 31 }),
    );
    expect(Object.keys(errors).sort()).toEqual(['plannedStart', 'version']);
  });

  it('refuses a line break in a one-line text, naming the character', async () => {
    expect(await errorsOf(Object.assign(new Named(), { name: 'Anna\nBerg' }))).toEqual({
      name: ['name must not contain control characters or line breaks (found U+000A)'],
    });
  });

  it('counts a rate’s decimals without throwing on an exponent', async () => {
    expect(await errorsOf(Object.assign(new Named(), { name: 'x', rate: 1e-7 }))).toEqual({
      rate: ['rate must be a number with at most two decimals'],
    });
    expect(await errorsOf(Object.assign(new Named(), { name: 'x', rate: 12.5 }))).toEqual({});
  });
});
