// `--help` for every command (and `-h`, and `help COMMAND`), did-you-mean for options and
// commands, and the parser's own mistakes told in the tool's words.
import { closest, editDistance, parseCommandArgs, UsageError } from '../../src/cli/args.js';
import { COMMANDS, type CommandName } from '../../src/cli/commands.js';
import { EXIT, main } from '../../src/cli.js';
import { fakeIo, problems } from './fake-io.js';

const NAMES = Object.keys(COMMANDS) as CommandName[];

describe('help', () => {
  test.each(
    NAMES.flatMap((name) => [
      [name, [name, '--help']],
      [name, [name, '-h']],
      [name, ['help', name]],
    ]),
  )('%s: %j prints its usage, what it does, options and exit codes on stdout, exit 0', async (name, argv) => {
    const io = fakeIo('/nonexistent');
    expect(await main(argv as string[], io)).toBe(EXIT.pass);
    expect(io.stderr).toEqual([]);
    const text = io.stdout.join('\n');
    expect(io.stdout[0]).toBe(`Usage: release-gates ${name} ${COMMANDS[name].synopsis.split('\n')[0]}`);
    expect(text).toContain(COMMANDS[name].description[0]);
    for (const option of Object.keys(COMMANDS[name].options)) expect(text).toContain(`--${option}`);
    expect(text).toMatch(/^Exit codes:$/m);
    for (const [code] of COMMANDS[name].exitCodes)
      expect(text).toMatch(new RegExp(`^ {2}${code} {2}\\S`, 'm'));
  });

  test('--help wins over other mistakes on the same line', async () => {
    const io = fakeIo('/nonexistent');
    expect(await main(['evaluate', '--polcy', 'x', '--help'], io)).toBe(EXIT.pass);
    expect(io.stdout[0]).toMatch(/^Usage: release-gates evaluate /);
  });

  test.each([[['--help']], [['-h']], [['help']]])(
    '%j lists every command with its summary, exit 0',
    async (argv) => {
      const io = fakeIo('/nonexistent');
      expect(await main(argv, io)).toBe(EXIT.pass);
      for (const name of NAMES)
        expect(io.stdout).toContainEqual(
          expect.stringMatching(new RegExp(`^ {2}${name} +${COMMANDS[name].summary}$`)),
        );
    },
  );

  test('help for an unknown command is a usage error', async () => {
    const io = fakeIo('/nonexistent');
    expect(await main(['help', 'stag'], io)).toBe(EXIT.usage);
    expect(problems(io)[0]).toBe(
      "Unknown command 'stag': did you mean 'stage'? Commands: validate, stage, evaluate.",
    );
  });
});

describe('unknown options suggest the closest known one', () => {
  test.each([
    ['validate', '--polcy', 'policy'],
    ['stage', '--polciy', 'policy'],
    ['evaluate', '--polcy', 'policy'],
    ['evaluate', '--report-dri', 'report-dir'],
    ['evaluate', '--reportdir', 'report-dir'],
    ['evaluate', '--build-run', 'build-run-id'],
    ['evaluate', '--rehersal', 'rehearsal'],
    ['evaluate', '--jsno', 'json'],
    ['evaluate', '--REPO', 'repo'],
  ])('%s %s → did you mean --%s? exit 2', async (command, wrong, right) => {
    const io = fakeIo('/nonexistent');
    expect(await main([command, wrong, 'x'], io)).toBe(EXIT.usage);
    expect(io.stdout).toEqual([]);
    expect(problems(io)).toEqual([`Unknown option '${wrong}' for '${command}': did you mean --${right}?`]);
    expect(io.stderr.at(-1)).toBe(`Run 'release-gates ${command} --help' for its options.`);
  });

  test('nothing close: no suggestion, still exit 2', async () => {
    const io = fakeIo('/nonexistent');
    expect(await main(['evaluate', '--frobnicate'], io)).toBe(EXIT.usage);
    expect(problems(io)).toEqual(["Unknown option '--frobnicate' for 'evaluate'."]);
  });

  test('an option of another command is not offered where it does not exist', async () => {
    const io = fakeIo('/nonexistent');
    expect(await main(['validate', '--repo', 'a/b'], io)).toBe(EXIT.usage);
    expect(problems(io)).toEqual(["Unknown option '--repo' for 'validate'."]);
  });

  test('a misspelt top-level option', async () => {
    const io = fakeIo('/nonexistent');
    expect(await main(['--hepl'], io)).toBe(EXIT.usage);
    expect(problems(io)[0]).toMatch(/^Unknown option '--hepl' before a command: did you mean --help\?/);
  });
});

describe('parseCommandArgs', () => {
  const evaluate = COMMANDS.evaluate;
  const mistakes = (args: string[], spec = evaluate): string[] => {
    try {
      parseCommandArgs(spec, args);
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as UsageError).problems;
    }
    throw new Error(`no mistake found in ${JSON.stringify(args)}`);
  };

  test('values and positionals come from util.parseArgs', () => {
    const parsed = parseCommandArgs(evaluate, ['--repo', 'a/b', '--ref=v1', '--json', '--rehearsal']);
    expect(parsed.values).toMatchObject({ repo: 'a/b', ref: 'v1', json: true, rehearsal: true });
    expect(parseCommandArgs(COMMANDS.stage, ['v1', '--policy', 'p.yml']).positionals).toEqual(['v1']);
  });

  test('a string option without its value names the value expected', () => {
    expect(mistakes(['--repo'])).toEqual(["Option '--repo' needs a value: --repo OWNER/NAME."]);
    expect(mistakes(['--policy', '--json'])).toEqual(["Option '--policy' needs a value: --policy FILE."]);
  });

  test('a flag given a value, and every mistake at once', () => {
    expect(mistakes(['--json=yes', '--stag', 'GA', '--ref'])).toEqual([
      "Option '--json' takes no value (got '--json=yes').",
      "Unknown option '--stag' for 'evaluate': did you mean --stage?",
      "Option '--ref' needs a value: --ref REF.",
    ]);
  });

  test('positionals: too many, too few', () => {
    expect(mistakes(['extra'])).toEqual(["'evaluate' takes no positional argument; unexpected 'extra'."]);
    expect(mistakes(['v1', 'v2'], COMMANDS.stage)).toEqual(["'stage' takes one REF; unexpected 'v2'."]);
    expect(mistakes([], COMMANDS.stage)).toEqual(["'stage' needs REF."]);
  });

  test('after an unknown option, its value is not reported as a second mistake', () => {
    expect(mistakes(['--polcy', 'x.yml'], COMMANDS.validate)).toHaveLength(1);
  });
});

describe('closest / editDistance', () => {
  test.each([
    ['polcy', 'policy', 1],
    ['plicy', 'policy', 1],
    ['poilcy', 'policy', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
  ])('editDistance(%s, %s) = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test('too far is no suggestion; a unique prefix is one', () => {
    const known = ['repo', 'ref', 'rehearsal', 'report-dir'];
    expect(closest('xyz', known)).toBeNull();
    expect(closest('rehear', known)).toBe('rehearsal');
    expect(closest('re', known)).toBe('ref'); // one edit from ref
    expect(closest('zzzzzzzz', known)).toBeNull();
  });
});
