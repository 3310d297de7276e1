// The emulator's attestations API against GitHub's description of it: the payload shape, cursor
// pages in both directions, 404 for a digest without attestations, 422 for a malformed digest,
// the permission scope, and bundle_url blobs that need their signature and decode with Snappy.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import snappy from 'snappyjs';
import { startEmulator, type Emulator } from '../../test/emulator/index.js';
import type { AttestationSpec } from '../../test/emulator/scenario.js';
import { authorized, fixtureScenario } from './fixtures.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;
const bundle = (n: number) => ({ mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', n });
const attestations: AttestationSpec[] = [
  ...Array.from({ length: 5 }, (_, n) => ({ subject_digest: DIGEST, bundle: bundle(n) })),
  { subject_digest: OTHER, bundle: bundle(99), delivery: 'url' },
];

/** GitHub's published description of the endpoint (@octokit/openapi). */
const description = (() => {
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  const api = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<
      string,
      {
        get: {
          parameters: { name?: string; $ref?: string }[];
          responses: Record<string, { content: Record<string, { schema: object }> }>;
        };
      }
    >;
  };
  return api.paths['/repos/{owner}/{repo}/attestations/{subject_digest}']!.get;
})();

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator(fixtureScenario({ attestations }));
});
afterAll(() => emulator.close());

async function get(path: string) {
  const response = await fetch(path.startsWith('http') ? path : `${emulator.url}${path}`, {
    headers: authorized(),
  });
  const body = (response.headers.get('content-type')?.includes('json') ? await response.json() : null) as {
    attestations: { bundle?: { n: number }; bundle_url?: string; repository_id?: number }[];
  };
  return { response, body };
}

const nextLink = (link: string | null, rel: string) =>
  new RegExp(`<([^>]+)>; rel="${rel}"`).exec(link ?? '')?.[1] ?? null;

describe('GET /repos/{owner}/{repo}/attestations/{subject_digest}', () => {
  it("answers in the shape of GitHub's OpenAPI description, with the pagination it documents", async () => {
    const validate = new Ajv({ strict: false }).compile(
      description.responses['200']!.content['application/json']!.schema,
    );
    for (const digest of [DIGEST, OTHER]) {
      const { body } = await get(`/repos/acme/widgets/attestations/${digest}?per_page=2`);
      expect(validate(body) ? [] : validate.errors).toEqual([]);
    }
    const parameters = description.parameters.map((p) => p.name ?? p.$ref!.split('/').pop());
    expect(parameters).toEqual(expect.arrayContaining(['per-page', 'pagination-before', 'pagination-after']));
  });

  it('pages with cursors forward and back, in the shape GitHub documents', async () => {
    const first = await get(`/repos/acme/widgets/attestations/${DIGEST}?per_page=2`);
    expect(first.response.status).toBe(200);
    expect(first.body.attestations).toEqual([
      { bundle: bundle(0), repository_id: expect.any(Number) },
      { bundle: bundle(1), repository_id: expect.any(Number) },
    ]);
    const next = nextLink(first.response.headers.get('link'), 'next');
    expect(next).toMatch(/[?&]after=/);
    expect(nextLink(first.response.headers.get('link'), 'prev')).toBeNull();
    const second = await get(next!);
    expect(second.body.attestations.map((a) => a.bundle?.n)).toEqual([2, 3]);
    const back = await get(nextLink(second.response.headers.get('link'), 'prev')!);
    expect(back.body.attestations.map((a) => a.bundle?.n)).toEqual([0, 1]);
    const third = await get(nextLink(second.response.headers.get('link'), 'next')!);
    expect(third.body.attestations.map((a) => a.bundle?.n)).toEqual([4]);
    expect(nextLink(third.response.headers.get('link'), 'next')).toBeNull();
  });

  it('answers 404 for a digest without attestations and 422 for a malformed one', async () => {
    expect((await get(`/repos/acme/widgets/attestations/sha256:${'c'.repeat(64)}`)).response.status).toBe(
      404,
    );
    expect((await get('/repos/acme/widgets/attestations/sha256:xyz')).response.status).toBe(422);
  });

  it('gives a bundle_url whose blob needs its signature and holds the bundle Snappy-compressed', async () => {
    const { body } = await get(`/repos/acme/widgets/attestations/${OTHER}`);
    const [entry] = body.attestations;
    expect(entry!.bundle).toBeUndefined();
    const blob = await fetch(entry!.bundle_url!);
    expect(blob.status).toBe(200);
    const json = Buffer.from(snappy.uncompress(Buffer.from(await blob.arrayBuffer()))).toString('utf8');
    expect(JSON.parse(json)).toEqual(bundle(99));
    expect((await fetch(entry!.bundle_url!.split('?')[0]!)).status).toBe(403);
  });

  it('is 403 naming attestations=read when the token lacks it', async () => {
    const denied = await startEmulator(
      fixtureScenario({ attestations, permissions: { attestations: 'none' } }),
    );
    try {
      const response = await fetch(`${denied.url}/repos/acme/widgets/attestations/${DIGEST}`, {
        headers: authorized(),
      });
      expect(response.status).toBe(403);
      expect(response.headers.get('x-accepted-github-permissions')).toBe('attestations=read');
    } finally {
      await denied.close();
    }
  });
});
