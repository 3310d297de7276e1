// GraphQL failures as gate errors. GitHub answers a GraphQL query with HTTP 200 and an `errors`
// list whose entries carry a `type` (NOT_FOUND, FORBIDDEN, RATE_LIMITED); a failure before the
// query ran is an HTTP status like any REST request, mapped by toGateError.
import { GateError, type Repository } from '../model/types.js';
import { toGateError } from './errors.js';

interface GraphqlErrorLike {
  errors?: { type?: string; message?: string }[];
}

/** The permission every GraphQL read needs at least; toGateError names it for `/graphql`. */
const GRAPHQL_PERMISSION = 'contents: read';

/**
 * A GraphQL failure reading `what` in `repo` as a gate error naming `permission`: the scope the
 * query's objects need (`pull-requests: read` for pull requests and reviews).
 */
export function graphqlGateError(
  error: unknown,
  repo: Repository,
  what: string,
  permission: string = GRAPHQL_PERMISSION,
): GateError {
  const errors = (error as GraphqlErrorLike | null)?.errors;
  if (!Array.isArray(errors)) {
    const mapped = toGateError(error, what);
    if (
      permission === GRAPHQL_PERMISSION ||
      (mapped.code !== 'PERMISSION_DENIED' && mapped.code !== 'NOT_FOUND')
    )
      return mapped;
    return new GateError(mapped.code, mapped.message.replaceAll(GRAPHQL_PERMISSION, permission), {
      ...mapped.details,
      permission,
    });
  }
  const first = errors[0] ?? {};
  const message = (first.message ?? 'unknown error').split('\n')[0] ?? '';
  if (first.type === 'NOT_FOUND') {
    return new GateError(
      'NOT_FOUND',
      `Repository ${repo.owner}/${repo.repo} not found reading ${what} (${message}). Check the name, or that the token can see it (\`${permission}\`).`,
      { permission },
    );
  }
  // "Resource not accessible by integration": an app token without the scope, said without a type.
  if (first.type === 'FORBIDDEN' || /not accessible by integration/i.test(message)) {
    return new GateError(
      'PERMISSION_DENIED',
      `The token lacks \`${permission}\` to read ${what} (${message}). Grant \`permissions: ${permission}\` in the workflow.`,
      { permission },
    );
  }
  if (first.type === 'RATE_LIMITED') {
    return new GateError(
      'RATE_LIMITED',
      `GitHub's GraphQL rate limit was reached reading ${what}; retry later.`,
    );
  }
  return new GateError('API_ERROR', `GitHub's GraphQL API refused the query for ${what}: ${message}`, {
    errors: errors.slice(0, 5),
  });
}
