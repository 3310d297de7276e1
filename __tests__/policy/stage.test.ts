// Stage resolution (SPEC §4.1): the most specific matching pattern wins whatever the order
// of the stages; refs/ patterns match the full ref; `*` does not cross `/`, `**` does; a tie
// names both stages; no match names the ref; an explicit stage name must exist.
import fc from 'fast-check';
import type { StageDefinition } from '../../src/model/types.js';
import {
  fullRefName,
  patternSpecificity,
  resolveStage,
  shortRefName,
  StageError,
  type StageChoice,
} from '../../src/policy/stage.js';
import { maturityStages } from '../fixtures/policies.js';

const stage = (name: string, match?: string[]): StageDefinition => ({
  name,
  ...(match ? { match } : {}),
  gates: {},
});

function stagesOf(...defs: StageDefinition[]): Record<string, StageDefinition> {
  return Object.fromEntries(defs.map((d) => [d.name, d]));
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

function inOrder(stages: Record<string, StageDefinition>, order: string[]): Record<string, StageDefinition> {
  return Object.fromEntries(order.map((name) => [name, stages[name]!]));
}

function stageError(run: () => unknown): StageError {
  try {
    run();
  } catch (error) {
    if (error instanceof StageError) return error;
    throw new Error(`expected a StageError, got ${String(error)}`);
  }
  throw new Error('expected a StageError, got a stage');
}

/** The outcome as one comparable value: a stage and its reason, or an error code. */
function outcome(stages: Record<string, StageDefinition>, requested: string, ref: string): string {
  try {
    const choice: StageChoice = resolveStage(stages, requested, ref);
    return `${choice.stage} | ${choice.reason}`;
  } catch (error) {
    if (error instanceof StageError) return `error ${error.code}`;
    throw error;
  }
}

describe('resolveStage: the maturity model (SPEC §4.1)', () => {
  const orders = permutations(['PILOT', 'PRE_GA', 'GA']);

  test.each(orders.map((o) => [o.join(', '), o]))('in the order %s', (_label, order) => {
    const stages = inOrder(maturityStages(), order as string[]);
    expect(resolveStage(stages, 'auto', 'v1.0.0-rc.1')).toEqual({
      stage: 'PRE_GA',
      reason: "ref 'v1.0.0-rc.1' matched 'v*-rc.*' of stage PRE_GA (most specific)",
    });
    expect(resolveStage(stages, 'auto', 'refs/tags/v1.0.0-rc.1')).toEqual({
      stage: 'PRE_GA',
      reason: "ref 'v1.0.0-rc.1' matched 'v*-rc.*' of stage PRE_GA (most specific)",
    });
    expect(resolveStage(stages, 'auto', 'v1.0.0').stage).toBe('GA');
    expect(resolveStage(stages, 'auto', 'refs/tags/v1.0.0')).toEqual({
      stage: 'GA',
      reason: "ref 'v1.0.0' matched 'v*' of stage GA (most specific)",
    });
    expect(resolveStage(stages, 'auto', 'main')).toEqual({
      stage: 'PILOT',
      reason: "ref 'main' matched 'main' of stage PILOT",
    });
    expect(resolveStage(stages, 'auto', 'refs/heads/main').stage).toBe('PILOT');
    expect(resolveStage(stages, 'auto', 'refs/heads/develop')).toEqual({
      stage: 'PILOT',
      reason: "ref 'develop' matched '*' of stage PILOT",
    });
  });

  test('a branch with a slash matches no stage: * does not cross /', () => {
    const error = stageError(() => resolveStage(maturityStages(), 'auto', 'refs/heads/feature/login'));
    expect(error.code).toBe('STAGE_NO_MATCH');
    expect(error.message).toContain("'feature/login'");
    expect(error.message).toContain('PILOT, PRE_GA, GA');
  });

  test('a tag like v1/hotfix does not match v*', () => {
    expect(() => resolveStage(maturityStages(), 'auto', 'refs/tags/v1/hotfix')).toThrow(StageError);
  });

  test('a stage pattern is matched against the whole name, not a substring', () => {
    const stages = stagesOf(stage('GA', ['v*']));
    expect(stageError(() => resolveStage(stages, 'auto', 'release-v1.0.0')).code).toBe('STAGE_NO_MATCH');
  });
});

describe('resolveStage: globs', () => {
  test('** crosses /', () => {
    const stages = stagesOf(stage('PREVIEW', ['**']));
    expect(resolveStage(stages, 'auto', 'refs/heads/feature/a/b')).toEqual({
      stage: 'PREVIEW',
      reason: "ref 'feature/a/b' matched '**' of stage PREVIEW",
    });
  });

  test('feature/* matches one level only; feature/** any depth', () => {
    const one = stagesOf(stage('DEV', ['feature/*']));
    expect(resolveStage(one, 'auto', 'refs/heads/feature/x').stage).toBe('DEV');
    expect(() => resolveStage(one, 'auto', 'refs/heads/feature/x/y')).toThrow(StageError);
    const deep = stagesOf(stage('DEV', ['feature/**']));
    expect(resolveStage(deep, 'auto', 'refs/heads/feature/x/y').stage).toBe('DEV');
  });

  test('* matches names starting with a dot', () => {
    const stages = stagesOf(stage('ANY', ['*']));
    expect(resolveStage(stages, 'auto', 'refs/heads/.hidden').stage).toBe('ANY');
  });

  test('a refs/ pattern matches the full ref, and only the full ref', () => {
    const stages = stagesOf(stage('TAGS', ['refs/tags/*']), stage('BRANCHES', ['refs/heads/**']));
    expect(resolveStage(stages, 'auto', 'refs/tags/v1.2.0')).toEqual({
      stage: 'TAGS',
      reason: "ref 'v1.2.0' matched 'refs/tags/*' of stage TAGS",
    });
    expect(resolveStage(stages, 'auto', 'refs/heads/main').stage).toBe('BRANCHES');
    expect(resolveStage(stages, 'auto', 'refs/heads/release/1.x').stage).toBe('BRANCHES');
    // A short name is not a full ref.
    expect(stageError(() => resolveStage(stages, 'auto', 'v1.2.0')).code).toBe('STAGE_NO_MATCH');
  });

  test('a refs/ pattern tells a branch and a tag of the same name apart', () => {
    const stages = stagesOf(stage('RELEASE', ['refs/tags/v*']), stage('BRANCH', ['refs/heads/v*']));
    expect(resolveStage(stages, 'auto', 'refs/tags/v2').stage).toBe('RELEASE');
    expect(resolveStage(stages, 'auto', 'refs/heads/v2').stage).toBe('BRANCH');
  });

  test('a non-refs/ pattern matches the short name of both tags and branches', () => {
    const stages = stagesOf(stage('MAIN', ['main']));
    expect(resolveStage(stages, 'auto', 'refs/heads/main').stage).toBe('MAIN');
    expect(resolveStage(stages, 'auto', 'refs/tags/main').stage).toBe('MAIN');
    expect(resolveStage(stages, 'auto', 'main').stage).toBe('MAIN');
  });

  test('a stage without match is never chosen automatically', () => {
    const stages = stagesOf(stage('GRADUATION'), stage('PREVIEW', ['main']));
    expect(resolveStage(stages, 'auto', 'main').stage).toBe('PREVIEW');
    expect(stageError(() => resolveStage(stagesOf(stage('GRADUATION')), 'auto', 'main')).code).toBe(
      'STAGE_NO_MATCH',
    );
  });

  test('within one stage the most specific of its patterns is the one named', () => {
    const stages = stagesOf(stage('GA', ['*', 'v*', 'v1.*']), stage('PILOT', ['v*']));
    expect(resolveStage(stages, 'auto', 'v1.2').reason).toBe(
      "ref 'v1.2' matched 'v1.*' of stage GA (most specific)",
    );
  });
});

describe('resolveStage: ties and misses', () => {
  test('a pattern with more literal characters beats one with fewer in another stage', () => {
    // 'v*' has 1 literal character, 'v?.*' has 2.
    const stages = stagesOf(stage('A', ['v*']), stage('B', ['v?.*']), stage('C', ['x*']));
    expect(resolveStage(stages, 'auto', 'v1.0')).toEqual({
      stage: 'B',
      reason: "ref 'v1.0' matched 'v?.*' of stage B (most specific)",
    });
  });

  test('two stages with equally specific patterns tie, whatever their order', () => {
    for (const order of [
      ['A', 'B'],
      ['B', 'A'],
    ]) {
      const stages = inOrder(stagesOf(stage('A', ['v*']), stage('B', ['*1'])), order);
      const error = stageError(() => resolveStage(stages, 'auto', 'v1'));
      expect(error.code).toBe('STAGE_AMBIGUOUS');
      expect(error.message).toContain("A ('v*')");
      expect(error.message).toContain("B ('*1')");
      expect(error.message).toContain("'v1'");
    }
  });

  test('a tie below the winner is no tie', () => {
    const stages = stagesOf(stage('A', ['*']), stage('B', ['*']), stage('C', ['main']));
    expect(resolveStage(stages, 'auto', 'main')).toEqual({
      stage: 'C',
      reason: "ref 'main' matched 'main' of stage C (most specific)",
    });
  });

  test('no match names the ref (short) and the stages', () => {
    const error = stageError(() => resolveStage(maturityStages(), 'auto', 'refs/heads/a/b'));
    expect(error.code).toBe('STAGE_NO_MATCH');
    expect(error.message).toBe(
      "No stage matches ref 'a/b'. Add a match pattern for it, or pass the stage input (one of: PILOT, PRE_GA, GA).",
    );
  });
});

describe('resolveStage: an explicit stage', () => {
  test('a stage requested by name is used whatever the ref', () => {
    expect(resolveStage(maturityStages(), 'GA', 'refs/heads/feature/x')).toEqual({
      stage: 'GA',
      reason: 'stage GA was requested by name',
    });
    expect(resolveStage(stagesOf(stage('GRADUATION')), 'GRADUATION', 'refs/pull/5/merge').stage).toBe(
      'GRADUATION',
    );
  });

  test('an unknown stage quotes it and lists auto and the stages (SPEC §2 message)', () => {
    const error = stageError(() => resolveStage(maturityStages(), 'GAA', 'refs/tags/v1.0.0'));
    expect(error.code).toBe('STAGE_UNKNOWN');
    expect(error.message).toBe("Invalid stage 'GAA'. Expected auto or one of: PILOT, PRE_GA, GA.");
  });

  test('stage names are case-sensitive', () => {
    expect(stageError(() => resolveStage(maturityStages(), 'ga', 'v1')).code).toBe('STAGE_UNKNOWN');
  });

  test.each(['constructor', 'toString'])(
    'a stage name that is only an Object.prototype member (%s) is unknown',
    (name) => {
      const error = stageError(() => resolveStage(maturityStages(), name, 'refs/tags/v1.0.0'));
      expect(error.code).toBe('STAGE_UNKNOWN');
    },
  );
});

describe('patternSpecificity, shortRefName, fullRefName', () => {
  test.each([
    ['*', 0],
    ['**', 0],
    ['v*', 1],
    ['main', 4],
    ['v*-rc.*', 5],
    ['refs/tags/v*', 11],
    ['v?.*', 2],
    ['v[0-9].*', 2],
    ['a\\*b', 3],
  ])('%s has %d literal characters', (pattern, expected) => {
    expect(patternSpecificity(pattern)).toBe(expected);
  });

  test('shortRefName strips refs/heads/ and refs/tags/ only', () => {
    expect(shortRefName('refs/heads/main')).toBe('main');
    expect(shortRefName('refs/tags/v1.2.0')).toBe('v1.2.0');
    expect(shortRefName('refs/heads/release/1.x')).toBe('release/1.x');
    expect(shortRefName('refs/pull/5/merge')).toBe('refs/pull/5/merge');
    expect(shortRefName('v1.2.0')).toBe('v1.2.0');
  });

  test('fullRefName qualifies short names and keeps full ones', () => {
    expect(fullRefName('v1.2.0', true)).toBe('refs/tags/v1.2.0');
    expect(fullRefName('main', false)).toBe('refs/heads/main');
    expect(fullRefName('refs/tags/v1', false)).toBe('refs/tags/v1');
  });
});

describe('resolveStage: properties', () => {
  const refs = fc
    .oneof(
      fc.constantFrom(
        'main',
        'develop',
        'v1.0.0',
        'v1.0.0-rc.1',
        'v2.3.4-rc.10',
        'feature/x',
        'v1',
        'release/1.x',
        'v1.0.0-beta.1',
      ),
      fc.stringMatching(/^[a-z0-9][a-z0-9.\-/]{0,15}$/),
    )
    .chain((short) => fc.constantFrom(short, `refs/tags/${short}`, `refs/heads/${short}`));

  const patternSets = fc.array(
    fc.array(
      fc.constantFrom(
        '*',
        '**',
        'v*',
        'v*-rc.*',
        'main',
        'v1.*',
        'refs/tags/*',
        'refs/heads/**',
        'feature/*',
        'v?.*',
        '*-rc.*',
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    { minLength: 1, maxLength: 5 },
  );

  test('property: shuffling the stage order never changes the result', () => {
    fc.assert(
      fc.property(patternSets, refs, fc.infiniteStream(fc.nat()), (sets, ref, random) => {
        const stages = Object.fromEntries(sets.map((match, i) => [`S${i}`, stage(`S${i}`, match)]));
        const names = Object.keys(stages);
        const shuffled = [...names];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (random.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(outcome(inOrder(stages, shuffled), 'auto', ref)).toBe(outcome(stages, 'auto', ref));
      }),
      { numRuns: 200 },
    );
  });

  test('property: the maturity model in any order gives the same stage for any ref', () => {
    const orders = permutations(['PILOT', 'PRE_GA', 'GA']);
    fc.assert(
      fc.property(refs, (ref) => {
        const results = orders.map((order) => outcome(inOrder(maturityStages(), order), 'auto', ref));
        expect(new Set(results).size).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  test('property: the chosen stage has a matching pattern at least as specific as any other stage’s', () => {
    fc.assert(
      fc.property(patternSets, refs, (sets, ref) => {
        const stages = Object.fromEntries(sets.map((match, i) => [`S${i}`, stage(`S${i}`, match)]));
        let choice: StageChoice;
        try {
          choice = resolveStage(stages, 'auto', ref);
        } catch (error) {
          expect(error).toBeInstanceOf(StageError);
          return;
        }
        const pattern = /matched '(.*)' of stage/.exec(choice.reason)![1]!;
        expect(stages[choice.stage]!.match).toContain(pattern);
        const winning = patternSpecificity(pattern);
        for (const other of Object.values(stages)) {
          if (other.name === choice.stage) continue;
          for (const p of other.match ?? []) {
            if (outcome(stagesOf(stage('X', [p])), 'auto', ref).startsWith('X'))
              expect(patternSpecificity(p)).toBeLessThan(winning);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
