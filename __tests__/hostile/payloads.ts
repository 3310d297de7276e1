// GitHub's own answers, hostile: the emulator's real payloads with a field removed, nulled, given
// another type, blown up or emptied, on their way to the real client (a proxy between them).
// Every gate must still end in a verdict from its own logic: a GATE_CRASHED or
// EVALUATION_CRASHED means a payload reached code that did not expect it, and fails the property.
//
// This module starts servers and reads GITHUB_API_URL (which @actions/github fixes at import
// time): import it with `await import()` before anything else loads @actions/github.
import fc from 'fast-check';
import { propertyParameters } from '../setup/fast-check-seed.js';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { startEmulator, type Emulator } from '../../test/emulator/index.js';
import { STORIES, STORY_SECRETS } from '../../test/faults/stories.js';
import type { HostileProperty } from './properties.js';
import { RequestCounter } from '../../src/github/counter.js';

/** How one JSON answer is damaged: a walk to a node (choices), then what is done to it. */
export interface Mutation {
  /** Which JSON answer of the evaluation, in arrival order (0–7). */
  answer: number;
  walk: number[];
  kind: 'delete' | 'null' | 'string' | 'number' | 'negative' | 'bool' | 'array' | 'object' | 'huge' | 'empty';
}

const KINDS: Mutation['kind'][] = [
  'delete',
  'null',
  'string',
  'number',
  'negative',
  'bool',
  'array',
  'object',
  'huge',
  'empty',
];

/** Mutations that keep each value's JSON type: what a well-formed answer could still say. */
export const SAME_TYPE_KINDS: Mutation['kind'][] = ['string', 'huge', 'empty', 'negative'];

export function mutationsOf(kinds: readonly Mutation['kind'][] = KINDS): fc.Arbitrary<Mutation[]> {
  return fc.array(
    fc.record({
      answer: fc.nat(7),
      walk: fc.array(fc.nat(), { minLength: 0, maxLength: 6 }),
      kind: fc.constantFrom(...kinds),
    }),
    { minLength: 1, maxLength: 3 },
  );
}

export const mutationArb = mutationsOf();

function replacement(kind: Mutation['kind'], old: unknown): unknown {
  switch (kind) {
    case 'null':
      return null;
    case 'string':
      return typeof old === 'string' ? `${old}\u0000|<x>` : 'x';
    case 'number':
      return 0;
    case 'negative':
      return -1;
    case 'bool':
      return true;
    case 'array':
      return [];
    case 'object':
      return {};
    case 'huge':
      return typeof old === 'number' ? Number.MAX_SAFE_INTEGER + 2 : 'x'.repeat(100_000);
    case 'empty':
      return Array.isArray(old) ? [] : typeof old === 'string' ? '' : {};
    default:
      return old;
  }
}

/** Applies one mutation to a JSON value (in place where it can); returns the new root. */
export function mutate(root: unknown, mutation: Mutation): unknown {
  if (mutation.walk.length === 0 || root === null || typeof root !== 'object')
    return replacement(mutation.kind, root);
  let parent = root as Record<string, unknown> | unknown[];
  for (let depth = 0; depth < mutation.walk.length; depth++) {
    const keys = Array.isArray(parent) ? parent.map((_, i) => i) : Object.keys(parent);
    if (keys.length === 0) break;
    const key = keys[mutation.walk[depth]! % keys.length]!;
    const child = (parent as Record<string | number, unknown>)[key];
    const last = depth === mutation.walk.length - 1 || child === null || typeof child !== 'object';
    if (last) {
      if (mutation.kind === 'delete') {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, unknown>)[key as string];
      } else (parent as Record<string | number, unknown>)[key] = replacement(mutation.kind, child);
      break;
    }
    parent = child as Record<string, unknown> | unknown[];
  }
  return root;
}

/** Forwards to the emulator; damages the JSON answers the current case names. */
class MutatingProxy {
  private server: Server;
  private plan: Mutation[] = [];
  /** Every JSON answer replaced whole by this (the `garbage` property); undefined: off. */
  private garbage: unknown = undefined;
  private answers = 0;
  /** JSON answers served since the last arm(). */
  get served(): number {
    return this.answers;
  }
  url = '';

  constructor(private readonly target: () => string) {
    this.server = createServer((req, res) => void this.forward(req, res));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address() as { port: number };
    this.url = `http://127.0.0.1:${address.port}`;
  }

  arm(plan: Mutation[], garbage?: unknown): void {
    this.plan = plan;
    this.garbage = garbage;
    this.answers = 0;
  }

  private async forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k)),
      ) as Record<string, string>;
      const upstream = await fetch(`${this.target()}${req.url}`, {
        method: req.method,
        headers,
        redirect: 'manual',
        ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      });
      let body = Buffer.from(await upstream.arrayBuffer());
      const type = upstream.headers.get('content-type') ?? '';
      if (/json/.test(type) && upstream.status < 300 && body.length > 0) {
        const index = this.answers++;
        // A single-gate evaluation reads a handful of JSON answers: damage among the first eight.
        const own = this.plan.filter((m) => m.answer % 8 === index);
        if (this.garbage !== undefined) body = Buffer.from(JSON.stringify(this.garbage));
        else if (own.length) {
          let value: unknown = JSON.parse(body.toString());
          for (const m of own) value = mutate(value, m);
          body = Buffer.from(JSON.stringify(value) ?? 'null');
        }
      }
      const out: Record<string, string> = {};
      upstream.headers.forEach((value, key) => {
        if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(key))
          out[key] = value;
      });
      out['content-length'] = String(body.length);
      res.writeHead(upstream.status, out);
      res.end(body);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `proxy: ${(error as Error).message}` }));
    }
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

type StoryOf = (typeof STORIES)[number];

/** The tag a story evaluates (short name). */
function tagOf(story: StoryOf): string {
  return (story.inputs.ref ?? '').replace(/^refs\/tags\//, '') || 'v1.0.0';
}

/** The commit of the story's tag, from its scenario. */
function tagShaOf(story: StoryOf): string {
  const tag = story.scenario.tags?.[tagOf(story)];
  const sha = typeof tag === 'string' ? tag : tag?.sha;
  if (!sha) throw new Error(`story ${story.id} has no tag ${tagOf(story)}`);
  return sha;
}

export interface PayloadHarness {
  properties: HostileProperty[];
  /** GATE_CRASHED sites seen by the `damaged` property, with how often. */
  caught: Map<string, number>;
  /** One case: the crashes it caused (empty when every gate ended in its own verdict). */
  runCase(which: number, plan: Mutation[]): Promise<string[]>;
  cases: number;
  close(): Promise<void>;
}

/**
 * Starts the emulator (the `release` and `graduation` stories, which between them read every
 * kind of GitHub payload the gates judge) and the proxy, and points GITHUB_API_URL at the proxy.
 */
export async function startPayloadHarness(): Promise<PayloadHarness> {
  const stories = STORIES.filter((s) => s.id === 'release' || s.id === 'graduation' || s.id === 'ga');
  const emulators = new Map<string, Emulator>();
  for (const story of stories) emulators.set(story.id, await startEmulator(story.scenario));
  let current = stories[0]!.id;
  const proxy = new MutatingProxy(() => emulators.get(current)!.url);
  await proxy.listen();
  process.env.GITHUB_API_URL = proxy.url;

  const { evaluate } = await import('../../src/engine/evaluate.js');
  const { createGitHub } = await import('../../src/github/client.js');

  // One single-gate policy per gate of each story, in its own workspace.
  const root = mkdtempSync(path.join(tmpdir(), 'release-gates-payloads-'));
  const cases: { story: (typeof stories)[number]; gate: string; workspace: string; readsGitHub: boolean }[] =
    [];
  for (const story of stories) {
    const policy = parse(story.files['.github/release-gates.yml']!) as {
      stages: Record<string, { match?: string[]; gates: Record<string, string> }>;
      gates: Record<string, unknown>;
    };
    const stageName =
      story.inputs.stage ?? Object.keys(policy.stages).find((s) => s === 'GA' || s === 'RELEASE')!;
    for (const [gate, mode] of Object.entries(policy.stages[stageName]!.gates)) {
      if (mode === 'off') continue;
      const workspace = path.join(root, `${story.id}-${gate}`);
      mkdirSync(path.join(workspace, '.github'), { recursive: true });
      for (const [file, text] of Object.entries(story.files)) {
        mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
        writeFileSync(path.join(workspace, file), text);
      }
      const single = {
        ...policy,
        stages: { [stageName]: { ...policy.stages[stageName]!, gates: { [gate]: 'required' } } },
      };
      writeFileSync(path.join(workspace, '.github', 'release-gates.yml'), stringify(single));
      cases.push({ story, gate, workspace, readsGitHub: true });
    }
  }

  /** The request counter of the latest evaluation runCase started. */
  let lastCounter = new RequestCounter();

  async function runCase(
    which: number,
    plan: Mutation[],
    garbage?: unknown,
    explicit = garbage !== undefined,
  ): Promise<string[]> {
    const { story, gate, workspace, readsGitHub } = cases[which % cases.length]!;
    current = story.id;
    proxy.arm(plan, garbage);
    const counter = new RequestCounter();
    lastCounter = counter;
    const github = createGitHub({
      token: 'ghs_payloads',
      baseUrl: proxy.url,
      counter,
      retryBaseMs: 1,
      timeoutMs: 10_000,
    });
    // @actions/artifact logs each download to stdout (workflow commands): not for this output.
    const write = process.stdout.write;
    // A damaged check run can read as still pending: a required_checks wait then polls until its
    // deadline. Virtual time: each pause advances the clock at once, so a case never sleeps.
    let virtualMs = 0;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    const { report } = await evaluate(
      {
        policy: '.github/release-gates.yml',
        policyRef: null,
        stage: story.inputs.stage ?? 'auto',
        // With garbage, the tag and its commit are given (else nothing gets past the ref).
        ref: explicit ? `refs/tags/${tagOf(story)}` : (story.inputs.ref ?? 'main'),
        sha: explicit ? tagShaOf(story) : null,
        buildRunId: null,
        baseTag: null,
        rehearsal: false,
        overrideFreeze: false,
        overrideReason: null,
        token: 'ghs_payloads',
        externalToken: null,
        reportDir: 'dist/maturity',
        uploadReport: false,
        summary: false,
        failOnBlocking: true,
        fileBlockers: false,
      },
      {
        repository: { owner: 'acme', repo: 'plasmite' },
        workspace,
        env: { ...STORY_SECRETS, RUNNER_TEMP: root },
        serverUrl: 'https://github.com',
        runId: 999000,
        actor: 'fuzzer',
        eventPullRequest:
          (story.event as { pull_request?: { number?: number } } | undefined)?.pull_request?.number ?? null,
        now: new Date(story.env.RELEASE_GATES_NOW ?? '2026-11-18T17:00:00Z'),
        github,
        externalGithub: github,
        counter,
        sleep: async (ms) => {
          virtualMs += ms;
        },
        monotonicNow: () => virtualMs,
      },
    ).finally(() => {
      process.stdout.write = write;
    });
    const problems = [
      ...(report.error?.code === 'EVALUATION_CRASHED'
        ? [`${story.id}/${gate} evaluation: ${report.error.message}`]
        : []),
      ...report.gates
        .filter((g) => ['GATE_CRASHED', 'INVALID_VERDICT'].includes(g.code))
        .map((g) => `${story.id}/${g.id}: ${g.code} ${g.message}`),
      ...report.gates
        .filter((g) => !['pass', 'fail', 'error'].includes(g.status) || !g.message)
        .map((g) => `${story.id}/${g.id}: malformed ${JSON.stringify(g)}`),
    ];
    // Answers that are garbage through and through: a gate that reads GitHub cannot pass.
    if (garbage !== undefined && readsGitHub)
      for (const g of report.gates)
        if (g.status === 'pass')
          problems.push(
            `${story.id}/${g.id}: FAIL-OPEN, passed on answers that were all ${JSON.stringify(garbage)}`,
          );
    return problems;
  }

  // Fault-free, every case passes (the stories do), and shows whether its gate reads GitHub.
  for (const [i, c] of cases.entries()) {
    const problems = await runCase(i, []);
    if (problems.length) throw new Error(`fault-free ${c.story.id}/${c.gate}: ${problems.join('; ')}`);
    await runCase(i, [], undefined, true);
    // This evaluation's own requests, not the proxy's count: an answer to an earlier case that
    // arrives late must not make a gate that reads nothing look like one that reads GitHub.
    c.readsGitHub = lastCounter.count > 0;
  }

  /** Crashes caught by the engine (GATE_CRASHED), by site, across every run of `damaged`. */
  const caught = new Map<string, number>();

  const damaged: HostileProperty = {
    name: "GitHub's payloads, damaged",
    what: `the emulator's real answers for ${cases.length} gates, with fields removed, nulled, retyped, emptied or blown up (100 kB strings, numbers past 2^53), through the real client: the evaluation never dies, every gate ends in a verdict of its own, never GATE_CRASHED (a damaged answer is refused as API_ERROR naming the request and the field)`,
    suiteWeight: 0.1,
    async run(numRuns, seed) {
      await fc.assert(
        fc.asyncProperty(fc.nat(cases.length - 1), mutationArb, async (which, plan) => {
          const problems = await runCase(which, plan);
          // A crash the engine caught still fails the property (it fails closed, but says nothing
          // a person can act on); its site is counted for `npm run hostile`'s report.
          for (const p of problems) {
            const crash = / GATE_CRASHED (.*)$/.exec(p);
            if (!crash) continue;
            const site = `${p.slice(0, p.indexOf(':'))}: ${crash[1]!.replace(/^Gate '[^']+' could not be evaluated: /, '')}`;
            caught.set(site, (caught.get(site) ?? 0) + 1);
          }
          if (problems.length) throw new Error(problems.join('; '));
        }),
        propertyParameters(numRuns, seed),
      );
    },
  };

  // Not `[]`: an empty list is a true answer for a list (no open issues), not garbage.
  const GARBAGE: unknown[] = [null, {}, 'x', 0, true, { message: 'ok' }, [null], [{}], [{ id: 1 }]];
  const garbage: HostileProperty = {
    name: "GitHub's payloads, garbage",
    what: `every JSON answer replaced whole by each of ${GARBAGE.map((g) => JSON.stringify(g)).join(', ')}, for each of ${cases.length} gates (all combinations, whatever the case count): no gate that reads GitHub passes or crashes (GATE_CRASHED), the evaluation never dies`,
    exhaustive: GARBAGE.length * cases.length,
    async run() {
      const failures: string[] = [];
      for (let which = 0; which < cases.length; which++)
        for (const value of GARBAGE) failures.push(...(await runCase(which, [], value)));
      if (failures.length) throw new Error(failures.join('\n'));
    },
  };

  return {
    properties: [damaged, garbage],
    caught,
    runCase,
    cases: cases.length,
    async close() {
      await proxy.close();
      for (const emulator of emulators.values()) await emulator.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
