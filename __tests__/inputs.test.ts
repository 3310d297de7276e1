// Action inputs (SPEC §2): defaults, every input's valid and invalid values; an invalid value
// fails before any gate runs with a message that quotes it and names what is accepted.
import { InputError, parseSettings, type Settings } from '../src/inputs.js';

const SHA1 = '3f786850e387550fdab836ed7e6dc881de23001b';
const SHA256 = 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c';

/** Parses settings from inputs; `ref` is set unless given. */
function parse(inputs: Record<string, string> = {}): Settings {
  const all: Record<string, string> = { ref: 'refs/tags/v1.2.0', ...inputs };
  return parseSettings((name) => all[name] ?? '');
}

function inputError(inputs: Record<string, string>): InputError {
  try {
    parse(inputs);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw new Error(`expected an InputError, got ${String(error)}`);
  }
  throw new Error('expected an InputError, got settings');
}

describe('parseSettings: defaults', () => {
  test('only ref given: every default of action.yml', () => {
    expect(parse()).toEqual({
      policy: '.github/release-gates.yml',
      policyRef: null,
      stage: 'auto',
      ref: 'refs/tags/v1.2.0',
      sha: null,
      buildRunId: null,
      baseTag: null,
      rehearsal: false,
      overrideFreeze: false,
      overrideReason: null,
      token: null,
      externalToken: null,
      reportDir: 'dist/maturity',
      uploadReport: true,
      summary: true,
      failOnBlocking: true,
      fileBlockers: false,
    });
  });

  test('whitespace-only inputs count as unset', () => {
    const settings = parse({
      policy: '  ',
      stage: ' ',
      sha: ' ',
      build_run_id: '\t',
      report_dir: ' ',
      rehearsal: ' ',
    });
    expect(settings.policy).toBe('.github/release-gates.yml');
    expect(settings.stage).toBe('auto');
    expect(settings.sha).toBeNull();
    expect(settings.buildRunId).toBeNull();
    expect(settings.reportDir).toBe('dist/maturity');
    expect(settings.rehearsal).toBe(false);
  });

  test('values are trimmed', () => {
    const settings = parse({ ref: '  v1.2.0\n', stage: ' GA ', token: ' t0k3n ' });
    expect(settings.ref).toBe('v1.2.0');
    expect(settings.stage).toBe('GA');
    expect(settings.token).toBe('t0k3n');
  });

  test('tokens, policy, policy_ref and report_dir pass through', () => {
    const settings = parse({
      policy: 'ci/gates.yml',
      policy_ref: 'main',
      token: 'ghs_abc',
      external_token: 'ghp_xyz',
      report_dir: 'out/reports',
    });
    expect(settings).toMatchObject({
      policy: 'ci/gates.yml',
      policyRef: 'main',
      token: 'ghs_abc',
      externalToken: 'ghp_xyz',
      reportDir: 'out/reports',
    });
  });
});

describe('parseSettings: booleans', () => {
  const booleans: [string, keyof Settings][] = [
    ['rehearsal', 'rehearsal'],
    ['override_freeze', 'overrideFreeze'],
    ['upload_report', 'uploadReport'],
    ['summary', 'summary'],
    ['fail_on_blocking', 'failOnBlocking'],
    ['file_blockers', 'fileBlockers'],
  ];

  test.each(booleans)('%s accepts true/True/TRUE and false/False/FALSE', (input, key) => {
    const extra: Record<string, string> =
      input === 'override_freeze' ? { override_reason: 'a reason that is long enough' } : {};
    for (const word of ['true', 'True', 'TRUE']) expect(parse({ [input]: word, ...extra })[key]).toBe(true);
    for (const word of ['false', 'False', 'FALSE'])
      expect(parse({ [input]: word, ...extra })[key]).toBe(false);
  });

  test.each(booleans.flatMap(([input]) => ['yes', '1', 'tru', 'on', 'tRUE'].map((v) => [input, v])))(
    '%s refuses %p, quoting it and naming true or false',
    (input, value) => {
      const error = inputError({ [input]: value });
      expect(error.message).toBe(`Invalid ${input} '${value}'. Expected true or false.`);
    },
  );
});

describe('parseSettings: stage', () => {
  test.each(['auto', 'GA', 'PRE_GA', 'pre-ga', 'G2'])('accepts %p', (stage) => {
    expect(parse({ stage }).stage).toBe(stage);
  });

  test.each(['G A', '1GA', '-GA', 'GA!', 'pré', 'a/b'])(
    'refuses %p, quoting it and naming what is accepted',
    (stage) => {
      const error = inputError({ stage });
      expect(error.message).toContain(`Invalid stage '${stage}'.`);
      expect(error.message).toContain('Expected auto or');
    },
  );
});

describe('parseSettings: ref', () => {
  test.each(['v1.2.0', 'main', 'refs/tags/v1.2.0', 'refs/heads/release/1.x', 'feature/a-b_c', 'v1.0.0-rc.1'])(
    'accepts %p',
    (ref) => {
      expect(parse({ ref }).ref).toBe(ref);
    },
  );

  test('an empty ref is refused, naming short and full forms', () => {
    const error = inputError({ ref: '' });
    expect(error.message).toBe(
      "Invalid ref ''. Expected a branch or tag, short (v1.2.0) or full (refs/tags/v1.2.0).",
    );
  });

  test.each([
    'a..b',
    'a b',
    'a~1',
    'a^',
    'a:b',
    'a?',
    'a*',
    'a[b',
    'a\\b',
    '/main',
    'main/',
    'a//b',
    'a@{1}',
    'main.lock',
    '-main',
    'a\u0001b',
    'a\u007fb',
  ])('refuses %p, quoting it', (ref) => {
    const error = inputError({ ref });
    expect(error.message).toContain(`Invalid ref '${ref}'.`);
    expect(error.message).toContain('Expected a valid git ref name');
  });

  test.each(['main..x', 'a b'])('a bad policy_ref %p is refused, quoting it', (policyRef) => {
    const error = inputError({ policy_ref: policyRef });
    expect(error.message).toBe(`Invalid policy_ref '${policyRef}'. Expected a branch, tag or commit sha.`);
  });

  test.each(['v1..0', 'v1 0', 'v1~'])('a bad base_tag %p is refused, quoting it', (baseTag) => {
    expect(inputError({ base_tag: baseTag }).message).toBe(
      `Invalid base_tag '${baseTag}'. Expected a tag name.`,
    );
  });

  test('a good base_tag passes through', () => {
    expect(parse({ base_tag: 'v1.1.0' }).baseTag).toBe('v1.1.0');
  });
});

describe('parseSettings: sha', () => {
  test.each([SHA1, SHA256])('accepts a full lowercase id %p', (sha) => {
    expect(parse({ sha }).sha).toBe(sha);
  });

  test.each([
    SHA1.slice(0, 7),
    SHA1.slice(0, 39),
    `${SHA1}0`,
    SHA1.toUpperCase(),
    `${SHA1.slice(0, 39)}g`,
    'main',
    `${SHA1} `.repeat(2).trim(),
  ])('refuses %p, quoting it and naming what is accepted', (sha) => {
    const error = inputError({ sha });
    expect(error.message).toContain(`Invalid sha '${sha}'.`);
    expect(error.message).toContain('40-character');
  });
});

describe('parseSettings: build_run_id', () => {
  test.each([
    ['1', 1],
    ['4242', 4242],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('accepts %p', (raw, expected) => {
    expect(parse({ build_run_id: raw }).buildRunId).toBe(expected);
  });

  test.each(['0', '-1', '1.5', '12a', 'abc', '0x10', '1e3', '007', ' 1 2 '])(
    'refuses %p, quoting it',
    (raw) => {
      const error = inputError({ build_run_id: raw });
      expect(error.message).toContain(`Invalid build_run_id '${raw.trim()}'.`);
      expect(error.message).toContain('positive integer');
    },
  );

  test('refuses an id beyond Number.MAX_SAFE_INTEGER instead of silently rounding it', () => {
    // 9007199254740993 is not representable: Number() would make it ...992 and read another run.
    const error = inputError({ build_run_id: '9007199254740993' });
    expect(error.message).toContain("Invalid build_run_id '9007199254740993'.");
  });
});

describe('parseSettings: override_freeze', () => {
  test('override_freeze with a reason is accepted and keeps the reason', () => {
    const settings = parse({
      override_freeze: 'true',
      override_reason: 'Hotfix for CVE-2026-1234, approved by SRE',
    });
    expect(settings.overrideFreeze).toBe(true);
    expect(settings.overrideReason).toBe('Hotfix for CVE-2026-1234, approved by SRE');
  });

  test.each(['', '   '])('override_freeze without a reason (%p) is refused', (reason) => {
    const error = inputError({ override_freeze: 'true', override_reason: reason });
    expect(error.message).toContain('override_freeze is true but override_reason is empty');
  });

  test('a reason without override_freeze is kept but breaks nothing', () => {
    const settings = parse({ override_reason: 'just in case' });
    expect(settings.overrideFreeze).toBe(false);
    expect(settings.overrideReason).toBe('just in case');
  });

  test('an invalid override_freeze is refused before the reason is looked at', () => {
    expect(inputError({ override_freeze: 'yes' }).message).toBe(
      "Invalid override_freeze 'yes'. Expected true or false.",
    );
  });
});

test('InputError is an Error named InputError', () => {
  const error = inputError({ stage: 'G A' });
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('InputError');
});
