import { ValidateBy } from 'class-validator';
import { isTimeZone } from '@gp/domain';

/** An IANA time zone the runtime knows, e.g. Europe/Brussels. */
export const IsTimeZone = () =>
  ValidateBy({
    name: 'isTimeZone',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isTimeZone(value),
      defaultMessage: () => 'deadlineTimeZone must be an IANA time zone such as Europe/Brussels',
    },
  });
