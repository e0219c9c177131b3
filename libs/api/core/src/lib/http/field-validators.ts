import { applyDecorators } from '@nestjs/common';
import { IsNumber, IsUrl, Length, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { FIELD_LIMITS, type TextLimit } from '@gp/domain';

/** A percentage from 0 to 100 with at most two decimals, or null (e.g. a co-financing rate). */
export function IsRatePercentOrNull(field: string) {
  return applyDecorators(
    ValidateIf((_, value) => value !== null),
    IsNumber({ maxDecimalPlaces: 2 }, { message: `${field} must be a number with at most two decimals` }),
    Min(0, { message: `${field} must be from 0 to 100` }),
    Max(100, { message: `${field} must be from 0 to 100` }),
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
