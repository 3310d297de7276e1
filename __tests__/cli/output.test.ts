// Colour by each stream's own terminal and NO_COLOR; advice in the command line's terms; the
// verdict's durations as a person reads them.
import { verdictText } from '../../src/cli/evaluate-command.js';
import { colorFor, errorBlock, inFlagTerms, inputErrorInFlagTerms } from '../../src/cli/output.js';
import { blockedReport } from '../fixtures/reports.js';

describe('colorFor', () => {
  test.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '0' }, false], // any non-empty value
    [true, { NO_COLOR: '' }, true], // empty is unset
    [false, { FORCE_COLOR: '1' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    [true, { TERM: 'dumb' }, false],
  ])('terminal %s with %j → %s', (isTTY, env, expected) => {
    expect(colorFor(isTTY, env)).toBe(expected);
  });
});

describe("advice in the command line's terms", () => {
  // The engine's messages as the action words them (src/policy/stage.ts, src/engine/evaluate.ts,
  // src/facts/store.ts, src/github/errors.ts).
  test.each([
    [
      "No stage matches ref 'feature/x'. Add a match pattern for it, or pass the stage input (one of: GA, PILOT).",
      "No stage matches ref 'feature/x'. Add a match pattern for it, or pass --stage (one of: GA, PILOT).",
    ],
    [
      "Ref 'v1' matches stages A ('v*') and B ('*1') equally specifically; make one pattern more specific or pass the stage input.",
      "Ref 'v1' matches stages A ('v*') and B ('*1') equally specifically; make one pattern more specific or pass --stage.",
    ],
    [
      "Invalid stage 'RC'. Expected auto or one of: GA.",
      "Invalid --stage 'RC'. Expected auto or one of: GA.",
    ],
    [
      "Policy file 'p.yml' not found in the workspace (/w). Check the repository out first (actions/checkout), fix the policy input, or set policy_ref to read it through the API.",
      "Policy file 'p.yml' not found in the working directory (/w). Run from the repository's root, pass --policy FILE, or --policy-ref REF to read it through the API.",
    ],
    [
      "Policy file 'p.yml' does not exist at main of acme/app. Commit it there, or fix the policy / policy_ref inputs.",
      "Policy file 'p.yml' does not exist at main of acme/app. Commit it there, or fix --policy / --policy-ref.",
    ],
    [
      'No GitHub token: set the `token` input (or GITHUB_TOKEN / GH_TOKEN for the CLI).',
      'No GitHub token: set GITHUB_TOKEN or GH_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)).',
    ],
    [
      'GitHub rejected the token reading ref (401 on POST /graphql): check the `token` input.',
      'GitHub rejected the token reading ref (401 on POST /graphql): check GITHUB_TOKEN / GH_TOKEN.',
    ],
    [
      'The token lacks `contents: read` to read ref (x). Grant `permissions: contents: read` in the workflow.',
      'The token lacks `contents: read` to read ref (x). Use a token that has `contents: read` on the repository.',
    ],
  ])('%s', (action, cli) => {
    expect(inFlagTerms(action)).toBe(cli);
  });

  test.each([
    ["Invalid build_run_id 'x'. Expected …", "Invalid --build-run-id 'x'. Expected …"],
    ["Invalid base_tag 'a b'. Expected a tag name.", "Invalid --base-tag 'a b'. Expected a tag name."],
    ["Invalid RELEASE_GATES_NOW 'x'.", "Invalid RELEASE_GATES_NOW 'x'."],
    ["Invalid --repo 'x'. Expected OWNER/NAME.", "Invalid --repo 'x'. Expected OWNER/NAME."],
  ])('input names become flags: %s', (input, flag) => {
    expect(inputErrorInFlagTerms(input)).toBe(flag);
  });

  test('an ERROR block: the heading, then one line per problem', () => {
    expect(errorBlock('usage', ['one', 'two\nthree'], false)).toBe('ERROR  usage\none\ntwo\nthree');
    expect(errorBlock('usage', ['one'], true)).toBe('\u001b[1;31mERROR\u001b[0m  usage\none');
  });
});

test("the text verdict gives a gate's advice in flags; the report keeps it as written", () => {
  const report = blockedReport();
  const message = "The build run is not this repository's. Check the build_run_id input.";
  report.gates[0]!.message = message;
  report.blocking[0] = { ...report.blocking[0]!, message };
  const text = verdictText(report, false);
  expect(text).toContain('Check --build-run-id.');
  expect(text).not.toContain('build_run_id input');
  expect(report.gates[0]!.message).toBe(message);
});

test('the verdict says how long it took in minutes and seconds, never 1800518 ms', () => {
  const report = blockedReport();
  report.stats = { api_requests: 42, duration_ms: 1_800_518 };
  const text = verdictText(report, false);
  expect(text).toMatch(/ {2}42 API requests, 30 min 1 s$/);
  expect(text).not.toContain('1800518');
});
