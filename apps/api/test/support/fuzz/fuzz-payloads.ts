import {
  hostileBodies,
  hostileNestedValuesFor,
  hostileQueryValues,
  hostileValuesFor,
  malformedIds,
  RawJson,
} from './hostile-values';
import type { FuzzOperation } from './openapi-operations';
import type { FuzzTargets } from './fuzz-targets';

/** One request of the fuzzer: what it tries, where, and the body's JSON text made from the route's base body. */
export interface FuzzPayload {
  what: string;
  /** The address, path parameters filled in; the query already encoded. */
  url: string;
  body?: (base: Record<string, unknown>) => string;
  contentType?: string;
}

/** JSON text of a value that may hold RawJson parts, which are written as they are. */
export function jsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) {
      raws.push(v.json);
      return `@@raw${raws.length - 1}@@`;
    }
    return v;
  });
  return text.replace(/"@@raw(\d+)@@"/g, (_m, i: string) => raws[Number(i)]);
}

/** The route's address with every path parameter a real id, or one replaced by a malformed segment. */
export function addressOf(
  operation: FuzzOperation,
  targets: FuzzTargets,
  replaced?: [string, string],
): string {
  return operation.pathParams.reduce(
    (path, param) =>
      path.replace(
        `{${param}}`,
        replaced?.[0] === param ? replaced[1] : targets.segmentFor(operation.path, param),
      ),
    operation.path,
  );
}

/** Every hostile request for one route, the `turn`-th of the document. */
export function payloadsFor(operation: FuzzOperation, targets: FuzzTargets, turn: number): FuzzPayload[] {
  const url = addressOf(operation, targets);
  const withBase = operation.method !== 'get';
  const plain = (base: Record<string, unknown>) => jsonText(base);
  const payloads: FuzzPayload[] = [];

  for (const param of operation.pathParams)
    for (const id of malformedIds(turn))
      payloads.push({
        what: `{${param}} ${id.what}`,
        url: addressOf(operation, targets, [param, id.segment]),
        body: withBase ? plain : undefined,
      });

  if (withBase)
    for (const body of hostileBodies(turn))
      payloads.push({ what: body.what, url, body: () => body.raw, contentType: body.contentType });

  for (const [turn, [name, schema]] of Object.entries(operation.body?.properties ?? {}).entries()) {
    const example = targets.exampleFor(name, schema);
    for (const value of hostileValuesFor(schema, example, turn))
      payloads.push({
        what: `${name}: ${value.what}`,
        url,
        body: (base) => jsonText({ ...base, [name]: value.value }),
      });
    const item = schema.type === 'array' ? schema.items : schema.type === 'object' ? schema : undefined;
    for (const [inner, innerSchema] of Object.entries(item?.properties ?? {})) {
      const innerExample = targets.exampleFor(inner, innerSchema);
      for (const value of hostileNestedValuesFor(innerSchema, innerExample)) {
        const wrap = (object: Record<string, unknown>) => (schema.type === 'array' ? [object] : object);
        payloads.push({
          what: `${name}.${inner}: ${value.what}`,
          url,
          body: (base) =>
            jsonText({
              ...base,
              [name]: wrap({ ...targets.objectExample(item ?? {}), [inner]: value.value }),
            }),
        });
      }
    }
  }
  if (operation.body) {
    payloads.push({ what: 'unknown field', url, body: (base) => jsonText({ ...base, isAdmin: true }) });
    payloads.push({
      what: 'own __proto__ beside the fields',
      url,
      body: (base) => jsonText(base).replace(/^\{/, '{"__proto__":{"isAdmin":true},'),
    });
  }

  for (const [index, { name }] of operation.queryParams.entries()) {
    for (const value of hostileQueryValues(turn + index))
      payloads.push({ what: `?${name}=${value.what}`, url: `${url}?${name}=${value.encoded}` });
    payloads.push({ what: `?${name} twice`, url: `${url}?${name}=a&${name}=b` });
    payloads.push({ what: `?${name}[]`, url: `${url}?${name}[]=a` });
    payloads.push({ what: `?${name}[key]`, url: `${url}?${name}[key]=a` });
  }
  if (operation.method === 'get') {
    payloads.push({ what: 'unknown query parameter', url: `${url}?unknownParameter=1` });
    payloads.push({
      what: '__proto__ query parameter',
      url: `${url}?__proto__[polluted]=1&constructor[prototype][x]=1`,
    });
    payloads.push({ what: 'NUL query parameter name', url: `${url}?a%00b=1` });
  }
  return payloads;
}
