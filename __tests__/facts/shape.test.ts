// Fields: the checks every fact applies to GitHub's answers, and the messages they refuse with.
import { GateError } from '../../src/model/types.js';
import { Fields, malformedAnswer, preview } from '../../src/facts/shape.js';

const REQUEST = 'GET /repos/acme/plasmite/things';

function refusal(read: () => unknown): GateError {
  try {
    read();
  } catch (error) {
    if (error instanceof GateError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('Fields', () => {
  it('refuses an answer that is not an object, saying what it is', () => {
    for (const [value, shown] of [
      [null, 'null'],
      ['x', '"x"'],
      [[1], '[1]'],
      [7, '7'],
    ] as const) {
      expect(refusal(() => Fields.of(value, REQUEST)).message).toBe(
        `GitHub's answer to ${REQUEST} is ${shown}, not an object. Retry; if it persists, GitHub or a proxy between it and the runner is sending damaged answers.`,
      );
    }
  });

  it('names a missing field by its place, and a wrong one by its value', () => {
    const answer = Fields.of({ items: [{ id: 'x' }, {}] }, REQUEST);
    const [first, second] = answer.objects('items');
    expect(refusal(() => first!.integer('id'))).toMatchObject({
      code: 'API_ERROR',
      message: expect.stringMatching(/ has items\[0\]\.id = "x", not an integer\. /),
      details: { request: REQUEST, field: 'items[0].id' },
    });
    expect(refusal(() => second!.integer('id')).message).toContain(' has no items[1].id integer. ');
    expect(refusal(() => answer.list('other')).message).toContain(' has no other list. ');
    expect(refusal(() => second!.object('owner').string('login')).message).toContain(
      ' has no items[1].owner object. ',
    );
  });

  it('names the entries of an answer that is a list by index', () => {
    const [entry] = Fields.each([{ title: 1 }], REQUEST, '');
    expect(refusal(() => entry!.string('title')).message).toContain(
      ' has entry [0].title = 1, not a string. ',
    );
    expect(refusal(() => Fields.each({}, REQUEST, '')).message).toContain(` ${REQUEST} is {}, not a list. `);
  });

  it('tells required, nullable and optional fields apart', () => {
    const fields = Fields.of({ a: null, b: 'x', n: 3, t: true }, REQUEST);
    expect(fields.stringOrNull('a')).toBeNull();
    expect(fields.optionalString('a')).toBeNull();
    expect(fields.optionalString('missing')).toBeNull();
    expect(fields.string('b')).toBe('x');
    expect(fields.integerOrNull('a')).toBeNull();
    expect(fields.optionalInteger('missing')).toBeNull();
    expect(fields.boolean('t')).toBe(true);
    expect(fields.booleanOrNull('a')).toBeNull();
    expect(fields.objectOrNull('a')).toBeNull();
    expect(fields.optionalObject('missing')).toBeNull();
    expect(fields.listOrNull('a')).toBeNull();
    // Present but null where GitHub never sends null, or absent where it always sends the field.
    expect(refusal(() => fields.string('a')).message).toContain(' has a = null, not a string. ');
    expect(refusal(() => fields.stringOrNull('missing')).message).toContain(' has no missing string. ');
    expect(refusal(() => fields.objectOrNull('missing')).message).toContain(' has no missing object. ');
    expect(refusal(() => fields.boolean('n')).message).toContain(' has n = 3, not true or false. ');
  });

  it('refuses integers that are not exact: fractions, past 2^53, BigInt', () => {
    const fields = Fields.of({ f: 1.5, big: 2 ** 53, bigint: 2n ** 64n }, REQUEST);
    expect(refusal(() => fields.integer('f')).message).toContain(' has f = 1.5, not an integer. ');
    expect(refusal(() => fields.integer('big')).message).toContain(
      ' has big = 9007199254740992, not an integer. ',
    );
    expect(refusal(() => fields.integer('bigint')).message).toContain(
      ' has bigint = 18446744073709551616, not an integer. ',
    );
  });

  it('quotes any value, BigInt inside included', () => {
    expect(preview({ id: 2n ** 64n })).toBe('{"id":"18446744073709551616n"}');
    expect(preview(undefined)).toBe('undefined');
    expect(preview(() => 1)).toMatch(/^\(\) => 1/);
  });

  it('shortens what it quotes', () => {
    const fields = Fields.of({ s: 'x'.repeat(100_000) }, REQUEST);
    const message = refusal(() => fields.integer('s')).message;
    expect(message.length).toBeLessThan(300);
    expect(message).toContain(`has s = "${'x'.repeat(39)}…, not an integer`);
  });

  it('refuses for a reason of the caller, at a field', () => {
    const fields = Fields.of({ kind: { x: 1 } }, REQUEST, 'data');
    expect(fields.object('kind').refuse('has an unknown kind')).toMatchObject({
      code: 'API_ERROR',
      details: { field: 'data.kind' },
    });
    expect(malformedAnswer(REQUEST, 'has no list', 'list').message).toMatch(/^GitHub's answer to GET /);
  });
});
