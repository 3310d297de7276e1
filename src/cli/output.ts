// How the command line writes: colour only where it helps, errors under one ERROR heading with
// one problem per line, and advice in the command line's own terms.

/** A stream the command writes to, and whether a terminal reads it. */
export interface Stream {
  write: (line: string) => void;
  isTTY: boolean;
}

/**
 * Colour for one stream: only when that stream is a terminal, never with NO_COLOR set to
 * anything (https://no-color.org), always with FORCE_COLOR set (other than `0`), and not on a
 * `dumb` terminal. Decided per stream: `evaluate > out.txt` on a terminal gets no escape codes
 * in out.txt, while stderr still may.
 */
export function colorFor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return isTTY && env.TERM !== 'dumb';
}

export function painter(color: boolean): (code: string, text: string) => string {
  return (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
}

/** `ERROR  TITLE` then each problem on its own line (FILE:LINE:COL lines unchanged). */
export function errorBlock(title: string, problems: readonly string[], color: boolean): string {
  const paint = painter(color);
  return [`${paint('1;31', 'ERROR')}  ${title}`, ...problems.flatMap((p) => p.split('\n'))].join('\n');
}

/**
 * The engine words its advice for the action (inputs, actions/checkout, the workflow's
 * permissions block); the command line gives the same advice in its flags and environment.
 */
const IN_FLAG_TERMS: [RegExp, string][] = [
  [/\bpass the stage input\b/g, 'pass --stage'],
  [/^Invalid stage '/, "Invalid --stage '"],
  [/ not found in the workspace \(/g, ' not found in the working directory ('],
  [
    /Check the repository out first \(actions\/checkout\), fix the policy input, or set policy_ref to read it through the API\./g,
    "Run from the repository's root, pass --policy FILE, or --policy-ref REF to read it through the API.",
  ],
  [/fix the policy \/ policy_ref inputs\./g, 'fix --policy / --policy-ref.'],
  [/ leaves the workspace \(/g, ' leaves the working directory ('],
  [
    /set the `token` input \(or GITHUB_TOKEN \/ GH_TOKEN for the CLI\)\./g,
    'set GITHUB_TOKEN or GH_TOKEN (e.g. GITHUB_TOKEN=$(gh auth token)).',
  ],
  [/set the `token` input\./g, 'set GITHUB_TOKEN or GH_TOKEN.'],
  [/check the `token` input\./g, 'check GITHUB_TOKEN / GH_TOKEN.'],
  [
    /Grant `permissions: ([a-z-]+: [a-z]+)` in the workflow\./g,
    'Use a token that has `$1` on the repository.',
  ],
  [/\bor --repo OWNER\/NAME on the command line\b/g, 'or pass --repo OWNER/NAME'],
  [/\bthe external_token cannot see\b/g, 'the token (GITHUB_TOKEN / GH_TOKEN) cannot see'],
  [/\bset the sha input\b/g, 'pass --sha'],
  [/\bCheck the build_run_id input\./g, 'Check --build-run-id.'],
];

export function inFlagTerms(message: string): string {
  return IN_FLAG_TERMS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
}

/** Action input names in InputError messages (`Invalid build_run_id 'x'`), as flags. */
const FLAG_OF_INPUT: Record<string, string> = {
  ref: '--ref',
  stage: '--stage',
  sha: '--sha',
  build_run_id: '--build-run-id',
  base_tag: '--base-tag',
  policy_ref: '--policy-ref',
  policy: '--policy',
  report_dir: '--report-dir',
};

export function inputErrorInFlagTerms(message: string, refLabel = '--ref'): string {
  return message.replace(/^Invalid ([a-z_]+) '/, (whole, name: string) => {
    const flag = name === 'ref' ? refLabel : FLAG_OF_INPUT[name];
    return flag ? `Invalid ${flag} '` : whole;
  });
}
