import { randomUUID } from 'node:crypto';
import type { Schema } from './openapi-operations';

/** JSON text sent as it is: what JSON.stringify cannot write (1e400, -0, 5,000 levels, own __proto__). */
export class RawJson {
  constructor(readonly json: string) {}
}

/** One hostile value and how the report names it. */
export interface Hostile {
  what: string;
  value: unknown;
}

const hostile = (what: string, value: unknown): Hostile => ({ what, value });
const nested = (levels: number) => new RawJson('['.repeat(levels) + ']'.repeat(levels));
const nestedObjects = (levels: number) => new RawJson('{"a":'.repeat(levels) + '1' + '}'.repeat(levels));

/** What any field may be sent, whatever its type. */
const ANY: Hostile[] = [
  hostile('null', null),
  hostile('true', true),
  hostile('false', false),
  hostile('0', 0),
  hostile('-1', -1),
  hostile('1.5', 1.5),
  hostile('2^31', 2_147_483_648),
  hostile('-2^31-1', -2_147_483_649),
  hostile('2^53+1 literal', new RawJson('9007199254740993')),
  hostile('1e400 literal', new RawJson('1e400')),
  hostile('-0 literal', new RawJson('-0')),
  hostile('1e21', 1e21),
  hostile('empty text', ''),
  hostile('blank text', '   '),
  hostile('NUL', '\u0000'),
  hostile('NUL inside', 'Hållbar\u0000mobilitet'),
  hostile('line break', 'Titel\r\nBEGIN:VEVENT'),
  hostile('control characters', 'x\u0007\u001b\u007f\u0085'),
  hostile('Unicode separators', 'a\u2028b\u2029'),
  hostile('lone surrogate', 'a\ud800b'),
  hostile('bidi override', '\u202eevil'),
  hostile('100 kB text', 'x'.repeat(100_000)),
  hostile('emoji text', '😀'.repeat(2000)),
  hostile('markup', '<script>alert(1)</script>'),
  hostile('SQL', "' OR 1=1; DROP TABLE project; --"),
  hostile('impossible date', '2027-02-30'),
  hostile('zero date', '0000-00-00'),
  hostile('month 13', '2027-13-01'),
  hostile('not a uuid', 'not-a-uuid'),
  hostile('nil uuid', '00000000-0000-0000-0000-000000000000'),
  hostile('unknown uuid', randomUUID()),
  hostile('__proto__ text', '__proto__'),
  hostile('constructor text', 'constructor'),
  hostile('toString text', 'toString'),
  hostile('empty list', []),
  hostile('list of null', [null]),
  hostile('list of lists', [[]]),
  hostile('10,000 texts', Array(10_000).fill('x')),
  hostile('empty object', {}),
  hostile('own __proto__', new RawJson('{"__proto__":{"polluted":true}}')),
  hostile('constructor.prototype', new RawJson('{"constructor":{"prototype":{"polluted":true}}}')),
  hostile('20 levels of objects', nestedObjects(20)),
  hostile('40 levels of lists', nested(40)),
];

/** Sent to every field: one of each kind of trouble. */
const CORE = [
  'null',
  '1.5',
  '2^31',
  'empty text',
  'NUL inside',
  'line break',
  '100 kB text',
  'impossible date',
  'empty list',
];
const CORE_VALUES = ANY.filter((h) => CORE.includes(h.what));
const OTHER_VALUES = ANY.filter((h) => !CORE.includes(h.what));

/** Inside an object or a list item: fewer, the same kinds. */
const NESTED_VALUES = ANY.filter((h) =>
  ['null', '2^31', 'empty text', 'NUL', 'line break', '100 kB text', 'empty object'].includes(h.what),
);

function byType(schema: Schema, example: unknown): Hostile[] {
  if (schema.enum)
    return schema.enum.flatMap((value) =>
      typeof value === 'string'
        ? [
            hostile(`${value} in capitals`, value.toUpperCase()),
            hostile(`${value} with NUL`, `${value}\u0000`),
          ]
        : [],
    );
  if (schema.format === 'date')
    return [
      hostile('29 Feb of 2027', '2027-02-29'),
      hostile('31 April', '2027-04-31'),
      hostile('last day of 9999', '9999-12-31'),
      hostile('unpadded date', '2027-3-1'),
      hostile('date with time', '2027-03-01T00:00:00Z'),
      hostile('six-digit year', '+002027-03-01'),
    ];
  if (schema.format === 'uuid')
    return [
      hostile('uuid in capitals', String(example).toUpperCase()),
      hostile('uuid with braces', `{${example}}`),
    ];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return [
        hostile('2^31-1', 2_147_483_647),
        hostile('-2^31', -2_147_483_648),
        hostile('MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER),
        hostile('0.1', 0.1),
        hostile('1e-7', 1e-7),
        hostile('number as text', '1'),
        hostile('exponent literal', new RawJson('1E2')),
      ];
    case 'boolean':
      return [hostile('"true"', 'true'), hostile('"false"', 'false'), hostile('1', 1)];
    case 'array':
      return [
        hostile('1,000 copies', Array(1000).fill(example ?? 1)),
        hostile('the same item twice', [example, example]),
        hostile('a list inside the list', [[example]]),
      ];
    case 'string':
      return [
        hostile('301 letters', 'a'.repeat(301)),
        hostile('5,001 letters', 'a'.repeat(5001)),
        hostile('zero-width space', '\u200b'),
        hostile('padded', `  ${String(example ?? 'x')}  `),
      ];
    default:
      return [];
  }
}

/**
 * The hostile values for a top-level field of a body: the core kinds, those of its type, and two
 * of the others in turn (the `turn`-th field gets the next two), so every value is sent to some
 * field of each large route while a run stays within a minute.
 */
export function hostileValuesFor(schema: Schema, example: unknown, turn: number): Hostile[] {
  const others = [0, 1].map((i) => OTHER_VALUES[(turn * 2 + i) % OTHER_VALUES.length]);
  return [...CORE_VALUES, ...others, ...byType(schema, example).slice(0, 2)];
}

/** The hostile values for a field inside an object or a list item. */
export function hostileNestedValuesFor(schema: Schema, example: unknown): Hostile[] {
  return [...NESTED_VALUES, ...byType(schema, example).slice(0, 1)];
}

interface HostileBody {
  what: string;
  raw: string;
  contentType?: string;
}

/** A whole body that is not the object a write expects. */
const HOSTILE_BODIES: HostileBody[] = [
  { what: 'null body', raw: 'null' },
  { what: 'malformed JSON', raw: '{"title": ' },
  { what: 'own __proto__', raw: '{"__proto__":{"isAdmin":true,"roles":["admin"]}}' },
  { what: 'unknown field', raw: '{"unknownField":1}' },
  { what: '5,000 levels of lists', raw: '['.repeat(5000) + ']'.repeat(5000) },
  { what: '5,000 levels of objects', raw: '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) },
  { what: 'list body', raw: '[]' },
  { what: 'text body', raw: '"text"' },
  { what: 'number body', raw: '42' },
  { what: 'empty object', raw: '{}' },
  { what: 'JSON with a NUL key', raw: '{"\\u0000":1}' },
  { what: 'constructor.prototype', raw: '{"constructor":{"prototype":{"isAdmin":true}}}' },
  { what: '1.1 MB text', raw: JSON.stringify({ title: 'x'.repeat(1_100_000) }) },
  { what: 'form-encoded', raw: 'title=x&version=1', contentType: 'application/x-www-form-urlencoded' },
  { what: 'JSON as text/plain', raw: '{"title":"x"}', contentType: 'text/plain' },
  { what: 'unknown charset', raw: '{"title":"x"}', contentType: 'application/json; charset=ebcdic' },
];

/** Path parameters that are no id of anything, or not even text one can route. */
const MALFORMED_IDS: Array<{ what: string; segment: string }> = [
  { what: 'not a uuid', segment: 'not-a-uuid' },
  { what: 'unknown uuid', segment: randomUUID() },
  { what: 'NUL', segment: '%00' },
  { what: 'broken percent-encoding', segment: '%E0%A4%A' },
  { what: 'line break', segment: 'a%0D%0Ab' },
  { what: 'huge number', segment: '99999999999999999999999' },
  { what: 'zero', segment: '0' },
  { what: 'nil uuid', segment: '00000000-0000-0000-0000-000000000000' },
  { what: 'dot segments', segment: '..%2F..%2Fetc%2Fpasswd' },
  { what: 'SQL', segment: "'%20OR%201%3D1--" },
  { what: '__proto__', segment: '__proto__' },
  { what: '3,000 letters', segment: 'a'.repeat(3000) },
];

/** Query values, written as they appear in the address (already percent-encoded). */
const HOSTILE_QUERY_VALUES: Array<{ what: string; encoded: string }> = [
  { what: 'empty', encoded: '' },
  { what: 'NUL', encoded: 'a%00b' },
  { what: 'line break', encoded: 'a%0D%0Ab' },
  { what: 'broken percent-encoding', encoded: '%E0%A4%A' },
  { what: '10,000 letters', encoded: 'x'.repeat(10_000) },
  { what: 'impossible date', encoded: '2027-02-30' },
  { what: 'huge number', encoded: '99999999999999999999' },
  { what: 'not a uuid', encoded: 'not-a-uuid' },
  { what: 'control characters', encoded: '%07%1B%7F' },
  { what: 'zero date', encoded: '0000-00-00' },
  { what: 'month 13', encoded: '2027-13-01' },
  { what: 'negative', encoded: '-1' },
  { what: 'fraction', encoded: '1.5' },
  { what: '2^31', encoded: '2147483648' },
  { what: 'NaN', encoded: 'NaN' },
  { what: 'null', encoded: 'null' },
  { what: 'unknown uuid', encoded: randomUUID() },
  { what: 'SQL', encoded: "'%20OR%201%3D1--" },
  { what: '__proto__', encoded: '__proto__' },
  { what: 'constructor', encoded: 'constructor' },
  { what: 'JSON', encoded: '%7B%22a%22%3A1%7D' },
  {
    what: 'base64url JSON with an impossible date',
    encoded: Buffer.from(JSON.stringify(['2027-02-30', 'call', randomUUID()])).toString('base64url'),
  },
];

/** The first `always` of a list, and `more` of the rest in turn, so each is sent to some route. */
function inTurn<T>(list: readonly T[], always: number, more: number, turn: number): T[] {
  const rest = list.slice(always);
  return [
    ...list.slice(0, always),
    ...Array.from({ length: more }, (_, i) => rest[(turn * more + i) % rest.length]),
  ];
}

/** Whole bodies for the `turn`-th write route. */
export const hostileBodies = (turn: number): HostileBody[] => inTurn(HOSTILE_BODIES, 6, 2, turn);

/** Malformed path segments for the `turn`-th path parameter. */
export const malformedIds = (turn: number) => inTurn(MALFORMED_IDS, 6, 1, turn);

/** Query values for the `turn`-th query parameter. */
export const hostileQueryValues = (turn: number) => inTurn(HOSTILE_QUERY_VALUES, 8, 3, turn);
