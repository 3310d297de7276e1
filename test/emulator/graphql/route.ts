// POST /graphql, executed against GitHub's published schema (@octokit/graphql-schema), so a query
// GitHub would reject is rejected here with the same kind of `errors` array and HTTP 200.
import { schema as publishedSchema } from '@octokit/graphql-schema';
import {
  buildClientSchema,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLScalarType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { githubError, parseJsonBody, type RateLimitSnapshot, type Reply, type Route } from '../http.js';
import { isoAt, parseNodeId } from '../state/ids.js';
import { checkSuiteObject, workflowRunObject } from './check-objects.js';
import { GitHubGraphqlError } from './connection.js';
import { commitObject, findRepository, repositoryObject, type GraphqlContext } from './git-objects.js';
import { pullRequestObject } from './pull-objects.js';

type GraphqlObject = Record<string, unknown>;

const MAX_NODE_IDS = 100;

let cachedSchema: GraphQLSchema | undefined;

/** Built once per process: the schema is large (about 75 ms to build). */
export function githubSchema(): GraphQLSchema {
  return (cachedSchema ??= withWideIntegers(
    buildClientSchema(publishedSchema.json as unknown as IntrospectionQuery),
  ));
}

/**
 * GitHub answers database ids past 2^31 in `Int` fields (workflow run and job ids passed that
 * long ago: github/rest-api-description#4511), where graphql-js would refuse to serialize them
 * and null the field with an error. The emulator answers as GitHub does: any safe integer.
 * (graphql-js shares one Int type per process, so this holds for every schema in it: tests only.)
 */
function withWideIntegers(schema: GraphQLSchema): GraphQLSchema {
  const int = schema.getType('Int') as GraphQLScalarType;
  const serialize = int.serialize.bind(int);
  Object.defineProperty(int, 'serialize', {
    configurable: true,
    value: (value: unknown) => (Number.isSafeInteger(value) ? value : serialize(value)),
  });
  return schema;
}

interface GraphqlRequest {
  query?: unknown;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

export const graphqlRoute: Route = {
  method: 'POST',
  pattern: '/graphql',
  kind: 'graphql',
  needsToken: true,
  async handle(ctx): Promise<Reply> {
    const request = parseJsonBody<GraphqlRequest>(ctx);
    if (!request || typeof request.query !== 'string') return githubError(400, 'Problems parsing JSON');
    const context: GraphqlContext = { state: ctx.state, urls: ctx.urls, token: ctx.token };

    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch (error) {
      return errorsReply(error instanceof GraphQLError ? [error] : [new GraphQLError(String(error))]);
    }
    const operation = getOperationAST(document, request.operationName)?.name?.value;
    const validationErrors = validate(githubSchema(), document);
    if (validationErrors.length > 0) return { ...errorsReply(validationErrors), operation };

    const result = await execute({
      schema: githubSchema(),
      document,
      rootValue: rootValue(context, ctx.rateLimit),
      contextValue: context,
      variableValues: request.variables ?? undefined,
      operationName: request.operationName ?? undefined,
    });
    const json: Record<string, unknown> = { data: result.data ?? null };
    if (result.errors) json.errors = result.errors.map(formatError);
    return { status: 200, json, operation };
  },
};

function errorsReply(errors: readonly GraphQLError[]): Reply {
  return { status: 200, json: { errors: errors.map(formatError) } };
}

/** graphql-js's error JSON, plus GitHub's `type` for errors that carry one. */
function formatError(error: GraphQLError): Record<string, unknown> {
  const original = error.originalError;
  return original instanceof GitHubGraphqlError
    ? { type: original.type, ...error.toJSON() }
    : { ...error.toJSON() };
}

function rootValue(context: GraphqlContext, rateLimit: RateLimitSnapshot): GraphqlObject {
  return {
    rateLimit: () => ({
      limit: rateLimit.limit,
      cost: 1,
      remaining: rateLimit.remaining,
      used: rateLimit.used,
      resetAt: isoAt(rateLimit.resetEpochSeconds * 1000),
      nodeCount: 0,
    }),
    repository: ({ owner, name }: { owner: string; name: string }) =>
      repositoryObject(context, findRepository(context, owner, name)),
    node: ({ id }: { id: string }) => {
      const node = findNode(context, id);
      if (!node) throw notFoundNode(id);
      return node;
    },
    // A missing id is null in the list with its own error at its index, as GitHub answers.
    nodes: ({ ids }: { ids: string[] }) => {
      if (ids.length > MAX_NODE_IDS) {
        throw new GitHubGraphqlError(
          'ARGUMENT_LIMIT',
          `You may not provide more than ${MAX_NODE_IDS} node ids; you provided ${ids.length}.`,
        );
      }
      return ids.map((id) => findNode(context, id) ?? notFoundNode(id));
    },
  };
}

function notFoundNode(id: string): GitHubGraphqlError {
  return new GitHubGraphqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
}

/** The node types a client of this action looks up by id. */
function findNode(context: GraphqlContext, id: string): GraphqlObject | null {
  for (const repo of context.state.repositories.values()) {
    if (repo.token !== undefined && repo.token !== context.token) continue;
    if (repo.nodeId === id) return repositoryObject(context, repo);
    for (const run of repo.runs) {
      if (run.checkSuiteNodeId === id) return checkSuiteObject(context, repo, run);
      if (run.nodeId === id) return workflowRunObject(context, repo, run);
    }
    const pull = repo.pulls.find((candidate) => candidate.nodeId === id);
    if (pull) return pullRequestObject(context, repo, pull);
    const parsed = parseNodeId(id);
    if (parsed?.prefix === 'C' && repo.git.commit(parsed.key)) return commitObject(context, repo, parsed.key);
  }
  return null;
}
