// Checks the emulator's answers against GitHub's published API description, so a wrong idea of
// GitHub cannot hide in our own emulator: each REST JSON answer against its operation's response
// schema in @octokit/openapi (api.github.com, OpenAPI 3.0), and each GraphQL answer for nulls
// where @octokit/graphql-schema says a field is non-null.
//
// The description is large (13 MB): it is read once per process, and each operation's response
// schema is compiled once (Ajv, cached by operation and status).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import {
  getNamedType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { githubSchema } from './graphql/route.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/** One way an answer differs from GitHub's description. */
export interface Violation {
  /** 'GET /repos/{owner}/{repo}/actions/runs' (the description's path), or 'graphql RunJobs'. */
  route: string;
  /** Where in the answer: '$.workflow_runs[0].head_branch'. */
  path: string;
  reason: string;
}

/** One answer of the emulator, as its onAnswer hook reports it. */
export interface CheckedAnswer {
  method: string;
  /** The request path, percent-decoded, without the query. */
  path: string;
  status: number;
  json?: unknown;
  /** The request body (for GraphQL: the query and its variables). */
  requestBody?: string;
}

type JsonObject = Record<string, unknown>;

interface Operation {
  /** The description's path template, '/repos/{owner}/{repo}/actions/runs/{run_id}'. */
  template: string;
  method: string;
  responses: JsonObject;
}

interface PathTemplate {
  template: string;
  regex: RegExp;
  /** Literal characters: among templates matching one path, the most literal one is GitHub's. */
  literal: number;
  methods: Record<string, JsonObject>;
}

/** Parameters whose values may hold slashes (a ref, a file path, a tag); every other one is one segment. */
const SLASH_PARAMETERS = new Set(['ref', 'path', 'basehead', 'tag', 'branch']);

const DESCRIPTION_ID = 'https://api.github.com/openapi.json';

function descriptionFile(): string {
  const require = createRequire(import.meta.url);
  return path.join(
    path.dirname(require.resolve('@octokit/openapi/package.json')),
    'generated',
    'api.github.com.json',
  );
}

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema: the schema, or null. Everything else of the
 * description is JSON Schema that Ajv reads as is (unknown keywords such as `example` ignored).
 */
export function withNullable(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withNullable);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema as JsonObject)) {
    // Examples and extensions hold data, not schemas: copying them as schemas would rewrite them.
    if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    if (key === 'nullable') continue;
    out[key] =
      key === 'properties' || key === 'patternProperties'
        ? mapValues(value, withNullable)
        : withNullable(value);
  }
  return (schema as JsonObject).nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

function mapValues(value: unknown, map: (v: unknown) => unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as JsonObject).map(([k, v]) => [k, map(v)]));
}

export class ApiDescriptionCheck {
  private readonly ajv: Ajv;
  private readonly components: JsonObject;
  private readonly templates: PathTemplate[];
  private readonly validators = new Map<string, ValidateFunction | null>();
  private readonly operations = new Map<string, Operation | null>();

  constructor(description: { paths: JsonObject; components: JsonObject }) {
    this.components = description.components;
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false });
    addFormats(this.ajv);
    this.ajv.addSchema(
      { $id: DESCRIPTION_ID, components: { schemas: mapValues(this.components.schemas, withNullable) } },
      DESCRIPTION_ID,
    );
    this.templates = Object.entries(description.paths).map(([template, item]) => {
      // A trailing slash parameter may be empty, slash included: the contents of a repository's
      // root are /contents/{path} with an empty path, and GitHub answers /contents as well.
      const trailing = /\/\{([a-z_]+)\}$/.exec(template);
      const optionalTail = trailing !== null && SLASH_PARAMETERS.has(trailing[1]!);
      const head = optionalTail ? template.slice(0, trailing.index) : template;
      const source =
        head
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const name = /^\{([^}]+)\}$/.exec(part)?.[1];
            if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            return SLASH_PARAMETERS.has(name) ? '(.+?)' : '([^/]+)';
          })
          .join('') + (optionalTail ? '(?:/(.*))?' : '');
      return {
        template,
        regex: new RegExp(`^${source}$`),
        literal: template.replace(/\{[^}]+\}/g, '').length,
        methods: item as Record<string, JsonObject>,
      };
    });
  }

  /** The operation GitHub describes for this method and concrete path, or null. */
  operation(method: string, requestPath: string): Operation | null {
    const key = `${method.toUpperCase()} ${requestPath}`;
    if (this.operations.has(key)) return this.operations.get(key)!;
    const lower = method.toLowerCase();
    let best: PathTemplate | undefined;
    for (const candidate of this.templates) {
      if (!candidate.methods[lower] || !candidate.regex.test(requestPath)) continue;
      if (!best || candidate.literal > best.literal) best = candidate;
    }
    const found = best
      ? {
          template: best.template,
          method: method.toUpperCase(),
          responses: (best.methods[lower]!.responses ?? {}) as JsonObject,
        }
      : null;
    this.operations.set(key, found);
    return found;
  }

  /** Violations of one REST answer; an answer without a JSON body has nothing to check. */
  checkRest(answer: CheckedAnswer): Violation[] {
    const operation = this.operation(answer.method, answer.path);
    if (!operation) {
      return [
        {
          route: `${answer.method} ${answer.path}`,
          path: '$',
          reason: "no operation in GitHub's description has this method and path",
        },
      ];
    }
    const route = `${operation.method} ${operation.template}`;
    if (answer.json === undefined) return [];
    const validate = this.validator(operation, answer.status);
    if (validate === null) {
      return [
        { route, path: '$', reason: `GitHub's description has no JSON answer with status ${answer.status}` },
      ];
    }
    if (validate(answer.json)) return [];
    return describeErrors(validate.errors ?? []).map((error) => ({ route, ...error }));
  }

  private validator(operation: Operation, status: number): ValidateFunction | null {
    const key = `${operation.method} ${operation.template} ${status}`;
    if (this.validators.has(key)) return this.validators.get(key)!;
    const schema = this.responseSchema(operation, status);
    const compiled = schema === null ? null : this.ajv.compile(withNullable(schema) as object);
    this.validators.set(key, compiled);
    return compiled;
  }

  /**
   * The JSON schema of the answer with this status. An error status the operation does not list
   * is checked as GitHub's `basic-error` (GitHub's error bodies all have that shape); a success
   * status it does not list has no schema.
   */
  private responseSchema(operation: Operation, status: number): unknown {
    const responses = operation.responses;
    let response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    if (response === undefined) return status >= 400 ? this.ref('schemas', 'basic-error') : null;
    response = this.resolve(response);
    const content = (response as JsonObject).content as Record<string, { schema?: unknown }> | undefined;
    if (!content) return status >= 400 ? this.ref('schemas', 'basic-error') : null;
    const type = Object.keys(content).find((name) => /json/.test(name));
    if (!type || !content[type]!.schema) return null;
    return this.anchor(content[type]!.schema);
  }

  private resolve(value: unknown): unknown {
    const ref = (value as JsonObject | null)?.$ref;
    if (typeof ref !== 'string') return value;
    const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? [];
    if (!section || !name) throw new Error(`unresolvable reference ${ref}`);
    return this.resolve((this.components[section] as JsonObject)[name]);
  }

  private ref(section: string, name: string): JsonObject {
    return { $ref: `${DESCRIPTION_ID}#/components/${section}/${name}` };
  }

  /** Points the schema's local references at the description added to Ajv. */
  private anchor(schema: unknown): unknown {
    if (Array.isArray(schema)) return schema.map((item) => this.anchor(item));
    if (schema === null || typeof schema !== 'object') return schema;
    return Object.fromEntries(
      Object.entries(schema as JsonObject).map(([key, value]) =>
        key === '$ref' && typeof value === 'string' && value.startsWith('#/')
          ? [key, `${DESCRIPTION_ID}${value}`]
          : [key, this.anchor(value)],
      ),
    );
  }

  /** Violations of one GraphQL answer: a null (or a missing field) where the schema says non-null. */
  checkGraphql(answer: CheckedAnswer, schema: GraphQLSchema = githubSchema()): Violation[] {
    let request: {
      query?: string;
      variables?: Record<string, unknown> | null;
      operationName?: string | null;
    };
    try {
      request = JSON.parse(answer.requestBody ?? '{}') as typeof request;
    } catch {
      return [];
    }
    if (typeof request.query !== 'string') return [];
    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch {
      return []; // GitHub answers a query it cannot parse with errors; nothing to walk.
    }
    const operation = document.definitions.find(
      (d) =>
        d.kind === Kind.OPERATION_DEFINITION &&
        (!request.operationName || d.name?.value === request.operationName),
    );
    if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
    const route = `graphql ${operation.name?.value ?? '(anonymous)'}`;
    const body = (answer.json ?? {}) as { data?: unknown; errors?: { message?: string; path?: unknown[] }[] };
    const violations: Violation[] = [];
    for (const error of body.errors ?? []) {
      // graphql-js's own words when a resolver gave null for a non-null field.
      if (/Cannot return null for non-nullable field/.test(error.message ?? '')) {
        violations.push({ route, path: jsonPath(error.path ?? []), reason: error.message! });
      }
    }
    const root = operation.operation === 'query' ? schema.getQueryType() : schema.getMutationType();
    if (!root || body.data === undefined || body.data === null) return violations;
    const walker = new SelectionWalker(schema, document, request.variables ?? {}, route, violations);
    walker.walkObject(root, operation.selectionSet, body.data, '$');
    return violations;
  }

  /** Every violation of a list of answers: REST and GraphQL ones, others (downloads) skipped. */
  check(answers: readonly (CheckedAnswer & { kind?: string })[]): Violation[] {
    return answers.flatMap((answer) => {
      if (answer.kind === 'graphql') return this.checkGraphql(answer);
      if (answer.kind === undefined || answer.kind === 'rest') return this.checkRest(answer);
      return [];
    });
  }
}

class SelectionWalker {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables: Record<string, unknown>,
    private readonly route: string,
    private readonly out: Violation[],
  ) {
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
  }

  walkValue(
    type: GraphQLOutputType,
    selections: SelectionSetNode | undefined,
    value: unknown,
    at: string,
  ): void {
    if (isNonNullType(type)) {
      if (value === null || value === undefined) {
        this.out.push({
          route: this.route,
          path: at,
          reason: `null where the schema says ${type.toString()}`,
        });
        return;
      }
      this.walkValue(type.ofType, selections, value, at);
      return;
    }
    if (value === null || value === undefined) return;
    if (isListType(type)) {
      if (!Array.isArray(value)) {
        this.out.push({
          route: this.route,
          path: at,
          reason: `not a list where the schema says ${type.toString()}`,
        });
        return;
      }
      value.forEach((item, index) => this.walkValue(type.ofType, selections, item, `${at}[${index}]`));
      return;
    }
    const named = getNamedType(type);
    if (selections && (isObjectType(named) || isAbstractType(named)))
      this.walkObject(named, selections, value, at);
  }

  walkObject(staticType: GraphQLNamedType, selections: SelectionSetNode, value: unknown, at: string): void {
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.out.push({
        route: this.route,
        path: at,
        reason: `not an object where the schema says ${staticType.name}`,
      });
      return;
    }
    const object = value as JsonObject;
    const typename = typeof object.__typename === 'string' ? object.__typename : undefined;
    const runtime = typename
      ? this.schema.getType(typename)
      : isObjectType(staticType)
        ? staticType
        : undefined;
    for (const field of this.fieldsOf(selections, runtime, staticType)) {
      const name = field.name.value;
      if (name.startsWith('__')) continue;
      const key = field.alias?.value ?? name;
      const owner = runtime && isObjectType(runtime) ? runtime : staticType;
      const definition =
        isObjectType(owner) || 'getFields' in owner
          ? (owner as { getFields(): Record<string, { type: GraphQLOutputType }> }).getFields()[name]
          : undefined;
      if (!definition) continue;
      if (!(key in object)) {
        this.out.push({
          route: this.route,
          path: `${at}.${key}`,
          reason: 'a selected field is missing from the answer',
        });
        continue;
      }
      this.walkValue(definition.type, field.selectionSet, object[key], `${at}.${key}`);
    }
  }

  /** The fields selected on an object of `runtime` type; under an unknown type only unconditional ones. */
  private fieldsOf(
    selections: SelectionSetNode,
    runtime: GraphQLNamedType | undefined,
    staticType: GraphQLNamedType,
  ): FieldNode[] {
    const fields: FieldNode[] = [];
    for (const selection of selections.selections) {
      if (!this.included(selection.directives ?? [])) continue;
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition?.name.value;
        if (condition && !this.applies(condition, runtime, staticType)) continue;
        fields.push(...this.fieldsOf(fragment.selectionSet, runtime, staticType));
      }
    }
    return fields;
  }

  private applies(
    condition: string,
    runtime: GraphQLNamedType | undefined,
    staticType: GraphQLNamedType,
  ): boolean {
    const type = runtime ?? staticType;
    if (type.name === condition) return true;
    const conditionType = this.schema.getType(condition);
    if (!runtime || !isObjectType(runtime) || !conditionType || !isAbstractType(conditionType)) return false;
    return this.schema.isSubType(conditionType, runtime);
  }

  private included(
    directives: readonly {
      name: { value: string };
      arguments?: readonly { name: { value: string }; value: ValueNode }[];
    }[],
  ): boolean {
    for (const directive of directives) {
      const argument = directive.arguments?.find((a) => a.name.value === 'if');
      if (!argument) continue;
      const value =
        argument.value.kind === Kind.VARIABLE
          ? this.variables[argument.value.name.value] === true
          : argument.value.kind === Kind.BOOLEAN && argument.value.value;
      if (directive.name.value === 'skip' && value) return false;
      if (directive.name.value === 'include' && !value) return false;
    }
    return true;
  }
}

/** Ajv's errors, one per place: the innermost reason, without the "or null" of a nullable field. */
function describeErrors(errors: ErrorObject[]): { path: string; reason: string }[] {
  const kept = errors.filter((error) => {
    if (error.keyword === 'type' && (error.params as { type?: string }).type === 'null') return false;
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'allOf') {
      // Only when nothing more precise was said inside it.
      return !errors.some(
        (other) =>
          other !== error &&
          other.instancePath.startsWith(error.instancePath) &&
          !['anyOf', 'oneOf', 'allOf'].includes(other.keyword) &&
          !(other.keyword === 'type' && (other.params as { type?: string }).type === 'null'),
      );
    }
    return true;
  });
  const seen = new Set<string>();
  const out: { path: string; reason: string }[] = [];
  for (const error of kept) {
    const path = jsonPath(error.instancePath.split('/').slice(1).map(unescapePointer));
    const reason = errorReason(error);
    const key = `${path} ${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, reason });
  }
  return out;
}

function errorReason(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `required property '${String(params.missingProperty)}' is missing`;
    case 'additionalProperties':
      return `property '${String(params.additionalProperty)}' is not in GitHub's description`;
    case 'enum':
      return `${error.message ?? 'not an allowed value'}: ${JSON.stringify(params.allowedValues)}`;
    default:
      return `${error.keyword}: ${error.message ?? 'invalid'}`;
  }
}

function unescapePointer(segment: string): string | number {
  const text = segment.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** ['workflow_runs', 0, 'head_branch'] → '$.workflow_runs[0].head_branch' */
export function jsonPath(segments: readonly unknown[]): string {
  return segments.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    const text = String(segment);
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) ? `${out}.${text}` : `${out}[${JSON.stringify(text)}]`;
  }, '$');
}

let shared: ApiDescriptionCheck | undefined;

/** One check per process: GitHub's description is read and parsed once. */
export function apiDescriptionCheck(): ApiDescriptionCheck {
  return (shared ??= new ApiDescriptionCheck(
    JSON.parse(readFileSync(descriptionFile(), 'utf8')) as { paths: JsonObject; components: JsonObject },
  ));
}
