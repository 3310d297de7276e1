// GitHub's JSON answers, read whole and parsed once. Octokit parses every JSON body itself, with
// a reviver that keeps integers past 2^53 as BigInt (json-with-bigint): after the check below had
// parsed the same text already, that second parse allocated more than half of what a long history
// evaluation allocates. Here the check's parse is the one Octokit's callers get.
import type { Octokit } from '@octokit/core';

/** What is read of an answer's headers (fetch's `Headers` has it, and so has transport.ts's). */
export interface HeadersView {
  get(name: string): string | null;
  entries(): IterableIterator<[string, string]>;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}

/**
 * What is read of an answer: the part of fetch's `Response` that Octokit uses (status, final
 * URL, headers, the body whole or as a stream) and that this file uses. A Response has it, and so
 * has transport.ts's NodeResponse.
 */
export interface FetchResponse {
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly ok: boolean;
  readonly headers: HeadersView;
  readonly body: ReadableStream<Uint8Array> | null;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export type FetchLike = (url: string, init?: Record<string, unknown>) => Promise<FetchResponse>;

/** An answer as the client read it. */
export interface Answer {
  /**
   * What Octokit is handed: the answer itself, or, for a JSON answer read here, its status,
   * headers and URL without the body (already read, and parsed into `json`).
   */
  response: FetchResponse;
  /** The parsed body of a successful JSON answer (always an object or an array). */
  json?: object;
}

/** How a JSON answer is read: `omitKeys`, members left out of it (see answersParsedOnce). */
export interface ReadOptions {
  omitKeys?: ReadonlySet<string>;
}

export type AnswerFetch = (
  url: string,
  init?: Record<string, unknown>,
  read?: ReadOptions,
) => Promise<Answer>;

/**
 * A successful JSON answer, read to its end (within the request's timeout) and checked to
 * parse to an object or array. Octokit itself hands a JSON body it cannot parse, or one cut off
 * mid-transfer, to the caller as a string (or ''): gates would then read a list as empty or a
 * field as absent. Thrown here instead, it becomes a request error like a dropped connection:
 * retried, then reported as what it is. Other answers (errors, downloads, raw files) are left to
 * Octokit as they came, bodies unread.
 *
 * Integers past 2^53 parse to the nearest number, not to the BigInt Octokit's own parse made of
 * them: every integer a fact reads is checked to be a safe integer (src/facts/shape.ts), so such
 * a value is refused either way.
 */
export async function readWhole(
  response: FetchResponse,
  method: unknown,
  signal: AbortSignal,
  read: ReadOptions = {},
): Promise<Answer> {
  const { status } = response;
  if (status < 200 || status >= 300 || status === 204 || status === 205 || method === 'HEAD')
    return { response };
  if (!/[/+]json\b/i.test(response.headers.get('content-type') ?? '')) return { response };
  let text: string;
  let byteLength: number;
  try {
    ({ text, byteLength } = await readText(response));
  } catch (error) {
    if (signal.aborted) throw error; // a timeout stays a timeout
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new Error(`the answer was cut off mid-transfer (${cause})`);
  }
  let parsed: unknown;
  try {
    const omit = read.omitKeys;
    parsed = omit?.size
      ? JSON.parse(text, (key, value: unknown) => (omit.has(key) ? undefined : value))
      : JSON.parse(text);
  } catch {
    throw new Error(`the answer is not valid JSON (${byteLength} bytes, cut short or garbled)`);
  }
  // Every successful JSON answer of the REST and GraphQL APIs is an object or an array. Octokit
  // reads a `null` list as an empty one: an issues listing of `null` would mean "no blockers".
  if (parsed === null || typeof parsed !== 'object')
    throw new Error(`the answer is JSON but not an object or array (${JSON.stringify(parsed).slice(0, 40)})`);
  return { response: bodiless(response), json: parsed };
}

/** The answer with its body already read: Octokit reads it as empty (''). */
function bodiless(response: FetchResponse): FetchResponse {
  const { status, statusText, url, ok, headers } = response;
  return {
    status,
    statusText,
    url,
    ok,
    headers,
    body: null,
    arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)),
    text: () => Promise.resolve(''),
    json: () => Promise.reject(new SyntaxError('the body was already read and parsed')),
  };
}

/**
 * The body as text, decoded piece by piece as it arrives, so the decoding is done when the last
 * piece is (a 1,000-run history read about 10 % sooner than collecting the bytes and decoding
 * them at the end, for the same peak memory).
 */
async function readText(response: FetchResponse): Promise<{ text: string; byteLength: number }> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let byteLength = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      byteLength += read.value.byteLength;
      parts.push(decoder.decode(read.value, { stream: true }));
    }
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), byteLength };
}

/**
 * An Octokit plugin: each request is sent through `fetchAnswer`, and a JSON answer it parsed
 * becomes the response's `data` as it is. Octokit reads the bodiless response it is handed as
 * empty (''), and that is replaced before any other plugin sees it: put this plugin first, so
 * plugin-retry finds a GraphQL answer's `errors` where it looks for them.
 *
 * A request may name members its caller never reads, `request: { omitKeys: [...] }` (a request
 * option Octokit leaves to plugins): they are left out as the answer is parsed, at any depth. A
 * page of 100 workflow runs is 1.28 MB of JSON, most of it two repository objects per run;
 * parsed whole, the pages of a long history kept V8's young generation at its largest (a
 * 1,000-run history peaked at 120 MiB on Node 24, 92 MiB without them).
 */
export function answersParsedOnce(fetchAnswer: AnswerFetch) {
  return (octokit: Octokit): Record<string, never> => {
    octokit.hook.wrap('request', async (request, options) => {
      // Per request: the value of the answer this request's (last) fetch read.
      let json: object | undefined;
      const omitKeys = omitKeysOf(options.request?.omitKeys);
      const fetch: FetchLike = async (url, init) => {
        json = undefined;
        const answer = await fetchAnswer(url, init, { omitKeys });
        json = answer.json;
        return answer.response;
      };
      // In place: the hooks inside this one (Octokit's auth) are bound to this options object and
      // read it, not what is passed to `request`. A new `request` object, not a changed one: it can
      // be the one the client's defaults share with every request.
      options.request = { ...options.request, fetch };
      const response = await request(options);
      if (json !== undefined) response.data = json;
      return response;
    });
    return {};
  };
}

function omitKeysOf(given: unknown): ReadonlySet<string> | undefined {
  if (given === undefined) return undefined;
  if (!Array.isArray(given) || !given.every((key) => typeof key === 'string'))
    throw new TypeError('request.omitKeys must be a list of member names');
  return new Set(given);
}

/**
 * Octokit's own `request.fetch`, never called: answersParsedOnce gives every request its fetch.
 * Were one sent past it, Octokit would read its JSON answer as '': refused loudly instead.
 */
export const unreachableFetch: FetchLike = () =>
  Promise.reject(new Error("a request was sent without the client's answersParsedOnce plugin"));
