// GraphQL failures → gate errors: the `type` of GitHub's errors decides the code, the permission
// named is the one the query's objects need, and an HTTP failure goes the REST way.
import { GateError } from '../../src/model/types.js';
import { isRateLimitError, toGateError } from '../../src/github/errors.js';
import { graphqlGateError } from '../../src/github/graphql-errors.js';

const repo = { owner: 'acme', repo: 'widget' };
const graphqlFailure = (type: string | undefined, message: string) => ({ errors: [{ type, message }] });

describe('graphqlGateError', () => {
  it.each([
    ['NOT_FOUND', "Could not resolve to a Repository with the name 'acme/widget'.", 'NOT_FOUND'],
    ['FORBIDDEN', 'Resource not accessible by integration', 'PERMISSION_DENIED'],
    [undefined, 'Resource not accessible by integration', 'PERMISSION_DENIED'],
    ['RATE_LIMITED', 'API rate limit exceeded for installation.', 'RATE_LIMITED'],
    ['SERVICE_UNAVAILABLE', 'Something went wrong\nwhile executing', 'API_ERROR'],
  ])('type %s (%s) is %s', (type, message, code) => {
    const error = graphqlGateError(graphqlFailure(type, message), repo, 'files at abc1234');
    expect(error).toBeInstanceOf(GateError);
    expect(error.code).toBe(code);
    expect(error.message).not.toContain('\n');
  });

  it('names contents: read by default and the permission given otherwise', () => {
    const denied = graphqlFailure('FORBIDDEN', 'Resource not accessible by integration');
    expect(graphqlGateError(denied, repo, 'files').message).toBe(
      'The token lacks `contents: read` to read files (Resource not accessible by integration). Grant `permissions: contents: read` in the workflow.',
    );
    const reviews = graphqlGateError(
      denied,
      repo,
      'pull request #3 of acme/widget and its reviews',
      'pull-requests: read',
    );
    expect(reviews.message).toContain('`pull-requests: read`');
    expect(reviews.details).toEqual({ permission: 'pull-requests: read' });
    const missing = graphqlGateError(
      graphqlFailure('NOT_FOUND', 'Could not resolve'),
      repo,
      'files',
      'pull-requests: read',
    );
    expect(missing.message).toBe(
      'Repository acme/widget not found reading files (Could not resolve). Check the name, or that the token can see it (`pull-requests: read`).',
    );
  });

  it('maps an HTTP failure as REST does, with the permission swapped in for 403 and 404 only', () => {
    const http = {
      status: 403,
      message: 'Forbidden',
      request: { method: 'POST', url: 'https://api.github.com/graphql' },
    };
    expect(graphqlGateError(http, repo, 'files')).toMatchObject({ code: 'PERMISSION_DENIED' });
    expect(graphqlGateError(http, repo, 'files').message).toContain('contents: read');
    const pulls = graphqlGateError(http, repo, 'reviews', 'pull-requests: read');
    expect(pulls.message).toContain('pull-requests: read');
    expect(pulls.message).not.toContain('contents: read');
    expect(pulls.details.permission).toBe('pull-requests: read');
    const broken = {
      status: 502,
      message: 'Bad Gateway',
      request: { method: 'POST', url: 'https://api.github.com/graphql' },
    };
    expect(graphqlGateError(broken, repo, 'reviews', 'pull-requests: read')).toMatchObject({
      code: 'API_ERROR',
    });
  });

  it('passes a GateError through unchanged', () => {
    const own = new GateError('API_ERROR', 'damaged answer');
    expect(graphqlGateError(own, repo, 'files')).toBe(own);
  });
});

describe('isRateLimitError', () => {
  it.each([
    [{ status: 429, message: 'Too Many Requests' }, true],
    [{ status: 403, message: 'API rate limit exceeded for installation ID 1.' }, true],
    [{ status: 403, message: 'Forbidden', response: { headers: { 'x-ratelimit-remaining': '0' } } }, true],
    [{ message: 'Request failed due to following response errors:\n - API rate limit exceeded' }, true],
    [{ status: 403, message: 'Resource not accessible by integration' }, false],
    [{ status: 500, message: 'Server Error' }, false],
    [null, false],
  ])('%j → %s', (error, expected) => {
    expect(isRateLimitError(error)).toBe(expected);
  });
});

describe('toGateError with a meaning for 404', () => {
  const notFound = {
    code: 'WORKFLOW_NOT_FOUND',
    message: "No workflow 'x.yml'.",
    details: { workflow: 'x.yml' },
  };
  const at = { method: 'GET', url: 'https://api.github.com/repos/acme/widget/actions/workflows/x.yml/runs' };

  it('says what the caller knows a 404 means', () => {
    expect(toGateError({ status: 404, message: 'Not Found', request: at }, 'runs', notFound)).toMatchObject({
      code: 'WORKFLOW_NOT_FOUND',
      message: "No workflow 'x.yml'.",
      details: { status: 404, workflow: 'x.yml' },
    });
  });

  it('maps every other failure as without it', () => {
    expect(toGateError({ status: 403, message: 'Forbidden', request: at }, 'runs', notFound).code).toBe(
      'PERMISSION_DENIED',
    );
    expect(toGateError({ status: 500, message: 'Oops', request: at }, 'runs', notFound).code).toBe(
      'API_ERROR',
    );
  });
});
