/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  example?: unknown;
  default?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, Schema> };
}

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header' | 'cookie'; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
}

/** One route as the fuzzer calls it. */
export interface FuzzOperation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The template, e.g. `/api/projects/{id}/moves`. */
  path: string;
  pathParams: string[];
  queryParams: Array<{ name: string; schema: Schema }>;
  /** The request body's schema, resolved; undefined when the route takes none. */
  body?: Schema;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of the document, its body schema and parameters resolved. */
export function operationsOf(document: OpenApiDocument): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(document.paths))
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = operation.parameters ?? [];
      const bodySchema = operation.requestBody?.content['application/json']?.schema;
      operations.push({
        method,
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: deeplyResolved(document, p.schema ?? {}) })),
        body: bodySchema ? deeplyResolved(document, bodySchema) : undefined,
      });
    }
  return operations;
}

/** A schema with its $ref and allOf followed, so properties are at hand. */
export function resolved(document: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolved(document, { ...document.components.schemas[name], nullable: schema.nullable });
  }
  if (schema.allOf) {
    const parts = schema.allOf.map((part) => resolved(document, part));
    return {
      ...schema,
      allOf: undefined,
      type: 'object',
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), schema.properties),
      required: [...parts.flatMap((p) => p.required ?? []), ...(schema.required ?? [])],
    };
  }
  return schema;
}

/** A schema resolved at every level: its properties and list items too. */
export function deeplyResolved(document: OpenApiDocument, schema: Schema, depth = 0): Schema {
  const top = resolved(document, schema);
  if (depth > 4) return top;
  return {
    ...top,
    properties: top.properties
      ? Object.fromEntries(
          Object.entries(top.properties).map(([name, p]) => [name, deeplyResolved(document, p, depth + 1)]),
        )
      : undefined,
    items: top.items ? deeplyResolved(document, top.items, depth + 1) : undefined,
  };
}
