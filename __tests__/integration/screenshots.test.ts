// The README's job summary pictures are current: each was rendered from the Markdown the bundle
// writes today for its act of the demo (compared by hash, timings masked; no pixels). When the
// summary changes, this fails until `npm run screenshots` retakes them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DETAILS_SHOT,
  IMAGES,
  MANIFEST,
  manifestOf,
  renderingHash,
  SHOTS,
  summaryOf,
  withoutTimings,
  type Manifest,
} from '../../scripts/screenshot-summaries.js';

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;

test('every picture is listed with the Markdown it shows, and exists', () => {
  const files = [...SHOTS, DETAILS_SHOT].map((shot) => shot.file).sort();
  expect(Object.keys(manifest).sort()).toEqual(files);
  for (const file of files) expect(existsSync(path.join(IMAGES, file))).toBe(true);
});

test("the pictures show today's job summaries (else: npm run build && npm run screenshots)", async () => {
  const summaries = new Map<number, string>();
  for (const act of new Set([...SHOTS, DETAILS_SHOT].map((shot) => shot.act))) {
    summaries.set(act, await summaryOf(act));
  }
  expect(manifestOf(summaries)).toEqual(manifest);
});

describe('the rendering hash', () => {
  const markdown =
    '<summary>❌ windows_reliability — STREAK_SHORT (14 ms)</summary>\n' +
    '- **API requests:** 9 · **Duration:** 1\\.2 s\n' +
    '    "waitedMs": 0.002195000000028813,\n';

  test('ignores the timings, which differ from run to run', () => {
    expect(withoutTimings(markdown)).toBe(
      '<summary>❌ windows_reliability — STREAK_SHORT (…)</summary>\n- **API requests:** 9 · **Duration:** …\n' +
        '    "waitedMs": …,\n',
    );
    expect(
      renderingHash(
        markdown
          .replace('(14 ms)', '(2 min 5 s)')
          .replace('1\\.2 s', '980 ms')
          .replace('0.002195000000028813', '3'),
      ),
    ).toBe(renderingHash(markdown));
  });

  test('changes with anything else: a request count, a code, the layout', () => {
    for (const changed of [
      markdown.replace('API requests:** 9', 'API requests:** 10'),
      markdown.replace('STREAK_SHORT', 'STREAK_MET'),
      markdown.replace('\n- ', '\n\n- '),
    ]) {
      expect(renderingHash(changed)).not.toBe(renderingHash(markdown));
    }
  });
});
