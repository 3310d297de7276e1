// Every workflow we ship or show — .github/workflows/, examples/ and the README's usage
// snippets — is a workflow GitHub would accept (@actions/workflow-parser, the parser behind
// the Actions language service), passes this action only inputs action.yml declares, grants
// the action the read permissions it needs (SPEC §9) and writes only where a job says so, and
// pins third-party actions by major version.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse, parseDocument } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const ACTION = 'OWNER/release-gates@v1';

/** SPEC §9: what a job running the action grants it. */
const READS = ['contents', 'actions', 'checks', 'statuses', 'pull-requests', 'issues'] as const;

type Permissions = 'read-all' | 'write-all' | Record<string, 'read' | 'write' | 'none'>;
interface Step {
  name?: string;
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
}
interface Job {
  permissions?: Permissions;
  needs?: string | string[];
  steps?: Step[];
  uses?: string;
}
interface Workflow {
  permissions?: Permissions;
  jobs: Record<string, Job>;
}

interface Source {
  name: string;
  text: string;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.posix.join(dir, e.name))
    .sort();
}

function isWorkflow(text: string): boolean {
  const doc = parse(text) as Record<string, unknown> | null;
  return doc !== null && typeof doc === 'object' && 'jobs' in doc;
}

const read = (file: string): Source => ({ name: file, text: readFileSync(path.join(ROOT, file), 'utf8') });

/** Workflows in the repository and in examples/ (also the ones beside the example policies). */
const FILES: Source[] = [
  ...yamlFiles('.github/workflows'),
  ...yamlFiles('examples/workflows'),
  ...yamlFiles('examples').filter((f) => isWorkflow(readFileSync(path.join(ROOT, f), 'utf8'))),
].map(read);

/** The README's complete workflows (a ```yaml block with `jobs:`), by the line they start on. */
const README_SNIPPETS: Source[] = (() => {
  const lines = readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n');
  const blocks: Source[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```yaml') continue;
    const end = lines.indexOf('```', i + 1);
    const text = lines.slice(i + 1, end).join('\n') + '\n';
    if (/^jobs:/m.test(text)) blocks.push({ name: `README.md:${i + 2}`, text });
    i = end;
  }
  return blocks;
})();

const WORKFLOWS = [...FILES, ...README_SNIPPETS];

const DECLARED_INPUTS = new Set(
  Object.keys((parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs),
);

const usesAction = (step: Step): boolean => step.uses === ACTION || step.uses === './';

const undeclaredInputs = (step: Step): string[] =>
  Object.keys(step.with ?? {}).filter((name) => !DECLARED_INPUTS.has(name));

/** The SPEC §9 scopes a job's permissions do not grant (at least read); `read-all` and the like count as none. */
function missingReads(permissions: Permissions | undefined): string[] {
  const granted = typeof permissions === 'object' ? permissions : {};
  return READS.filter((scope) => granted[scope] !== 'read' && granted[scope] !== 'write');
}

/** Write permissions beyond `issues`, which only `file_blockers` needs. */
function unneededWrites(permissions: Permissions | undefined, step: Step): string[] {
  const granted = typeof permissions === 'object' ? permissions : {};
  const blockers = String(step.with?.file_blockers ?? 'false') !== 'false';
  return Object.keys(granted).filter(
    (scope) => granted[scope] === 'write' && !(blockers && scope === 'issues'),
  );
}

/** The steps that run this action, with the job they are in. */
function actionSteps(
  workflow: Workflow,
): { job: string; step: Step; permissions: Permissions | undefined }[] {
  return Object.entries(workflow.jobs).flatMap(([job, spec]) =>
    (spec.steps ?? [])
      .filter(usesAction)
      .map((step) => ({ job, step, permissions: spec.permissions ?? workflow.permissions })),
  );
}

/** Error messages of parsing and converting a workflow, as GitHub would report them. */
async function lint(source: Source): Promise<string[]> {
  const parsed = parseWorkflow({ name: source.name, content: source.text }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value) return errors.length ? errors : ['the parser returned no workflow'];
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return [...errors, ...(template.errors ?? []).map((e) => e.Message)].filter(
    (m, i, all) => all.indexOf(m) === i,
  );
}

test('the workflows are found: the repository, the examples and the README', () => {
  const names = FILES.map((f) => f.name);
  expect(names).toEqual(
    expect.arrayContaining([
      '.github/workflows/ci.yml',
      '.github/workflows/release.yml',
      'examples/workflows/release-publish.yml',
      'examples/workflows/windows-graduation.yml',
      'examples/workflows/release-ga.yml',
      'examples/workflows/tag-verification.yml',
    ]),
  );
  // "Use it": the release step, the graduation required check, the tag verification.
  expect(README_SNIPPETS.length).toBeGreaterThanOrEqual(3);
});

describe.each(WORKFLOWS.map((w) => [w.name, w] as const))('%s', (_name, source) => {
  const document = parseDocument(source.text);
  const workflow = (document.errors.length ? { jobs: {} } : document.toJS()) as Workflow;

  test('parses and converts without an error', async () => {
    expect(document.errors.map((e) => e.message)).toEqual([]);
    expect(await lint(source)).toEqual([]);
  });

  test('declares top-level permissions that write nothing (writes are granted per job)', () => {
    expect(workflow.permissions).toBeDefined();
    expect(typeof workflow.permissions).toBe('object');
    expect(Object.values(workflow.permissions as object)).not.toContain('write');
  });

  test('pins every third-party action by major version (or a full commit sha)', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => [
      ...(job.uses ? [job.uses] : []),
      ...(job.steps ?? []).map((s) => s.uses).filter((u): u is string => typeof u === 'string'),
    ]);
    for (const ref of uses) {
      if (ref === './' || ref === ACTION || ref.startsWith('./')) continue;
      expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+|[0-9a-f]{40})$/);
    }
  });

  const steps = actionSteps(workflow);
  if (steps.length === 0) return;

  test('passes the action only inputs action.yml declares', () => {
    for (const { job, step } of steps)
      expect({ job, undeclared: undeclaredInputs(step) }).toEqual({ job, undeclared: [] });
  });

  test('grants each job running the action the reads it needs, and no write but issues for file_blockers', () => {
    for (const { job, step, permissions } of steps) {
      expect({ job, missing: missingReads(permissions) }).toEqual({ job, missing: [] });
      expect({ job, writes: unneededWrites(permissions, step) }).toEqual({ job, writes: [] });
    }
  });

  if (source.name.startsWith('examples/') || source.name.startsWith('README.md')) {
    test(`runs the published action, ${ACTION}`, () => {
      for (const { step } of steps) expect(step.uses).toBe(ACTION);
    });
  }
});

describe('the checks above can fail', () => {
  const base = readFileSync(path.join(ROOT, 'examples/workflows/tag-verification.yml'), 'utf8');

  test('a misspelled key and an unknown expression context are parse errors', async () => {
    const broken = base.replace('runs-on: ubuntu-latest', 'run-on: ubuntu-latest');
    expect((await lint({ name: 'broken.yml', text: broken })).join('\n')).toMatch(/run-on/);
    const context = base.replace('policy_ref: main', 'policy_ref: ${{ githb.ref }}');
    expect((await lint({ name: 'context.yml', text: context })).join('\n')).toMatch(/githb/);
  });

  test('an undeclared input, a missing permission and a needless write are found', () => {
    const doc = parseDocument(base);
    doc.setIn(['jobs', 'verify-tag', 'steps', 0, 'with', 'polciy'], 'x.yml');
    doc.deleteIn(['permissions', 'checks']);
    doc.setIn(['permissions', 'issues'], 'write');
    doc.setIn(['permissions', 'contents'], 'write');
    const [found] = actionSteps(doc.toJS() as Workflow);
    expect(undeclaredInputs(found!.step)).toEqual(['polciy']);
    expect(missingReads(found!.permissions)).toEqual(['checks']);
    expect(unneededWrites(found!.permissions, found!.step)).toEqual(['contents', 'issues']);
    expect(unneededWrites(found!.permissions, { with: { file_blockers: true } })).toEqual(['contents']);
    expect(missingReads('read-all')).toEqual([...READS]);
  });
});

describe('.github/workflows/release.yml', () => {
  const workflow = parse(read('.github/workflows/release.yml').text) as Workflow & {
    on: { push: { tags: string[] } };
  };
  const runs = (job: string) => (workflow.jobs[job]!.steps ?? []).map((s) => s.run ?? '').join('\n');

  test('runs on vX.Y.Z tags only', () => {
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
  });

  test('checks dist/ against a fresh build, tests, then gates itself with uses: ./ and its own policy', () => {
    expect(runs('check-dist')).toMatch(/npm ci[\s\S]*npm run build[\s\S]*git diff --exit-code[^\n]*dist/);
    expect(runs('test')).toMatch(/npm test/);
    expect(workflow.jobs.gates!.needs).toEqual(['check-dist', 'test']);
    const gate = (workflow.jobs.gates!.steps ?? []).find(usesAction)!;
    expect(gate).toMatchObject({ uses: './', with: { policy: '.github/release-gates.yml' } });
  });

  test('only the release job, after the gates, may write: contents, to release and move the major tag', () => {
    const writers = Object.entries(workflow.jobs)
      .filter(([, job]) => Object.values(job.permissions ?? {}).includes('write'))
      .map(([id, job]) => [id, job.permissions]);
    expect(writers).toEqual([['release', { contents: 'write' }]]);
    expect(workflow.jobs.release!.needs).toBe('gates');
    expect(runs('release')).toMatch(/gh release create/);
    expect(runs('release')).toMatch(/git push -f origin "refs\/tags\/\$major"/);
  });
});

/** A `run:` script as the runner runs it: `bash --noprofile --norc -eo pipefail`. */
function runScript(script: string, cwd: string, env: Record<string, string>) {
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('.github/workflows/release.yml: its shell steps, run', () => {
  const workflow = parse(read('.github/workflows/release.yml').text) as Workflow;
  const script = (job: string, name: string): string => {
    const step = workflow.jobs[job]?.steps?.find((s) => s.name === name);
    if (!step?.run) throw new Error(`release.yml: no step '${name}' with a script in job ${job}`);
    return step.run;
  };
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;

  let temp: string;
  beforeEach(() => {
    temp = mkdtempSync(path.join(tmpdir(), 'release-workflow-'));
  });
  afterEach(() => rmSync(temp, { recursive: true, force: true }));

  test("the tag must be package.json's version, with a CHANGELOG.md section", () => {
    const check = script('check-dist', "The tag is package.json's version and has a CHANGELOG.md section");
    expect(runScript(check, ROOT, { GITHUB_REF_NAME: `v${version}` }).code).toBe(0);
    const wrong = runScript(check, ROOT, { GITHUB_REF_NAME: 'v0.0.1' });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain(`::error::Tag v0.0.1, but package.json's version is ${version}.`);
  });

  test("the release notes are CHANGELOG.md's section for the version, and only it", () => {
    const notes = script('release', 'Release notes from CHANGELOG.md');
    expect(runScript(notes, ROOT, { GITHUB_REF_NAME: `v${version}`, RUNNER_TEMP: temp }).code).toBe(0);
    const text = readFileSync(path.join(temp, 'notes.md'), 'utf8');
    expect(text).toContain('### Added');
    expect(text).not.toMatch(/^## \[|^\[[^\]]+\]: /m);
    expect(runScript(notes, ROOT, { GITHUB_REF_NAME: 'v0.0.1', RUNNER_TEMP: temp }).code).not.toBe(0);
  });

  test('the major tag moves to the newest release of its major version, never back', () => {
    const move = script('release', 'Move the major tag');
    const git = (cwd: string, ...args: string[]) => {
      const run = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd,
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
      return run.stdout.trim();
    };
    const origin = path.join(temp, 'origin.git');
    const work = path.join(temp, 'work');
    git(temp, 'init', '-q', '--bare', origin);
    git(temp, 'clone', '-q', origin, work);
    const commits: string[] = [];
    for (const tag of ['v1.0.0', 'v1.1.0', 'v1.10.0']) {
      git(work, 'commit', '-q', '--allow-empty', '-m', tag);
      git(work, 'tag', '-a', '-m', tag, tag);
      commits.push(git(work, 'rev-parse', 'HEAD'));
    }
    git(work, 'tag', 'v1.2.0-rc.1');
    git(work, 'push', '-q', 'origin', '--tags');
    const v1 = () => git(origin, 'rev-parse', 'refs/tags/v1^{commit}');

    const newest = runScript(move, work, { GITHUB_REF_NAME: 'v1.10.0' });
    expect(newest).toMatchObject({ code: 0 });
    expect(v1()).toBe(commits[2]);

    // A patch of an older minor, pushed afterwards: v1 stays on v1.10.0.
    git(work, 'tag', '-a', '-m', 'v1.1.1', 'v1.1.1', commits[1]!);
    const patch = runScript(move, work, { GITHUB_REF_NAME: 'v1.1.1' });
    expect(patch.code).toBe(0);
    expect(patch.stdout).toContain('::notice::v1 stays at v1.10.0');
    expect(v1()).toBe(commits[2]);
  });
});
