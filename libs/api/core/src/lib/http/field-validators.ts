import { applyDecorators } from '@nestjs/common';
import {
  isEmail,
  IsInt,
  IsNumber,
  IsString,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import {
  characterCode,
  FIELD_LIMITS,
  forbiddenCharacterIn,
  INTEGER_COLUMN_MAX,
  isCalendarDate,
  isLocalDateTime,
  isWellFormedText,
  type TextKind,
  type TextLimit,
} from '@gp/domain';

/**
 * A field that may be left out, but not sent as null. class-validator's IsOptional skips null
 * too, which let null through to NOT NULL columns; it is banned by lint in favour of this.
 */
export function Optional(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_, value) => value !== undefined),
    ValidateBy({
      name: 'isNotNull',
      validator: {
        validate: (value: unknown) => value !== null,
        defaultMessage: ({ property }: ValidationArguments) =>
          `${property} must not be null; leave it out to keep it as it is`,
      },
    }),
  );
}

/** A field that may be left out, or sent as null where the contract says null clears it. */
export function OptionalNullable(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined && value !== null);
}

/** A required field whose null the contract allows (e.g. a call that has no opening day). */
export function Nullable(): PropertyDecorator {
  return ValidateIf((_, value) => value !== null);
}

/** A text of that kind with no character the domain's text rules refuse; the message names it. */
export function HasNoControlCharacters(
  field: string,
  kind: TextKind,
  options: ValidationOptions = {},
): PropertyDecorator {
  const what = kind === 'single-line' ? 'control characters or line breaks' : 'control characters';
  return ValidateBy(
    {
      name: 'hasNoControlCharacters',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || forbiddenCharacterIn(value, kind) === null,
        defaultMessage: ({ value }: ValidationArguments) => {
          const found = typeof value === 'string' ? forbiddenCharacterIn(value, kind) : null;
          return `${field} must not contain ${what}${found ? ` (found ${characterCode(found)})` : ''}`;
        },
      },
    },
    options,
  );
}

/** A one-line text (a title, a name): a string within its limit and without line breaks. */
export function SingleLineText(field: string, limit: TextLimit): PropertyDecorator {
  return applyDecorators(
    IsString({ message: `${field} must be a text` }),
    TextLength(field, limit),
    HasNoControlCharacters(field, 'single-line'),
  );
}

/** A text with paragraphs (a purpose, a comment): tabs and line breaks allowed, other controls not. */
export function MultiLineText(field: string, limit: TextLimit): PropertyDecorator {
  return applyDecorators(
    IsString({ message: `${field} must be a text` }),
    TextLength(field, limit),
    HasNoControlCharacters(field, 'multi-line'),
  );
}

/** A day that exists on the calendar, written YYYY-MM-DD: 2027-02-30 is refused, not stored. */
export function IsCalendarDate(field: string, options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: () => `${field} must be a date that exists, written YYYY-MM-DD, such as 2027-03-01`,
      },
    },
    options,
  );
}

/** A wall-clock time on a day that exists, written YYYY-MM-DDTHH:mm. */
export function IsLocalDateTime(field: string): PropertyDecorator {
  return ValidateBy({
    name: 'isLocalDateTime',
    validator: {
      validate: (value: unknown) => isLocalDateTime(value),
      defaultMessage: () => `${field} must be a date and time that exist (YYYY-MM-DDTHH:mm)`,
    },
  });
}

/** A whole number that fits the PostgreSQL integer column it is stored in or compared with. */
export function IsColumnInteger(field: string, min: number, max = INTEGER_COLUMN_MAX): PropertyDecorator {
  const message = `${field} must be a whole number from ${min} to ${max}`;
  return applyDecorators(IsInt({ message }), Min(min, { message }), Max(max, { message }));
}

/** The version a write was based on: a whole number within the integer column's range. */
export function IsVersion(min = 1): PropertyDecorator {
  const message = `version must be a whole number from ${min} to ${INTEGER_COLUMN_MAX}: the version you read`;
  return applyDecorators(IsInt({ message }), Min(min, { message }), Max(INTEGER_COLUMN_MAX, { message }));
}

/**
 * A percentage from 0 to 100 with at most two decimals, or null (e.g. a co-financing rate).
 * The decimals are counted here: class-validator's maxDecimalPlaces throws on 1e-7.
 */
export function IsRatePercentOrNull(field: string) {
  const message = `${field} must be a number with at most two decimals`;
  return applyDecorators(
    ValidateIf((_, value) => value !== null),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message }),
    ValidateBy({
      name: 'hasAtMostTwoDecimals',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number(value.toFixed(2)) === value,
        defaultMessage: () => message,
      },
    }),
    Min(0, { message: `${field} must be from 0 to 100` }),
    Max(100, { message: `${field} must be from 0 to 100` }),
  );
}

/**
 * An email address of at most FIELD_LIMITS.person.email characters. A lone surrogate is refused
 * first: the email check underneath throws on one instead of answering no.
 */
export function IsEmailAddress(field: string): PropertyDecorator {
  return applyDecorators(
    ValidateBy({
      name: 'isEmailAddress',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isWellFormedText(value) && isEmail(value),
        defaultMessage: () => `${field} must be an email address`,
      },
    }),
    MaxLength(FIELD_LIMITS.person.email.max, {
      message: `${field} must be at most ${FIELD_LIMITS.person.email.max} characters`,
    }),
  );
}

/** An http(s) address of at most FIELD_LIMITS.webLink characters; never javascript: or data: links. */
export function IsWebLink(field: string) {
  return applyDecorators(
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: `${field} must be an http or https address` },
    ),
    MaxLength(FIELD_LIMITS.webLink.max),
  );
}

export function IsWebLinkOrNull(field: string) {
  return applyDecorators(
    ValidateIf((_, value) => value !== null),
    IsWebLink(field),
  );
}

/**
 * A text within its FIELD_LIMITS entry (libs/domain), which the web's forms read too; the message
 * names the field and the limits.
 */
export function TextLength(field: string, limit: TextLimit): PropertyDecorator {
  return limit.min === undefined
    ? MaxLength(limit.max, { message: `${field} must be at most ${limit.max} characters` })
    : Length(limit.min, limit.max, { message: `${field} must be ${limit.min} to ${limit.max} characters` });
}
