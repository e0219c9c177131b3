import { applyDecorators } from '@nestjs/common';
import { IsNumber, IsUrl, Max, MaxLength, Min, ValidateIf } from 'class-validator';

/** A percentage from 0 to 100 with at most two decimals, or null (e.g. a co-financing rate). */
export function IsRatePercentOrNull(field: string) {
  return applyDecorators(
    ValidateIf((_, value) => value !== null),
    IsNumber({ maxDecimalPlaces: 2 }, { message: `${field} must be a number with at most two decimals` }),
    Min(0, { message: `${field} must be from 0 to 100` }),
    Max(100, { message: `${field} must be from 0 to 100` }),
  );
}

/** An http(s) address of at most 500 characters; never javascript: or data: links. */
export function IsWebLink(field: string) {
  return applyDecorators(
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: `${field} must be an http or https address` },
    ),
    MaxLength(500),
  );
}

export function IsWebLinkOrNull(field: string) {
  return applyDecorators(
    ValidateIf((_, value) => value !== null),
    IsWebLink(field),
  );
}
