// The formula reader: version statements and url/sha256 pairs, wherever the formula's
// platform branches put them, and nothing from heredocs, comments, resources or bottles.
// Anything it cannot tokenize is a FormulaParseError (FORMULA_UNPARSABLE) naming the line.
import fc from 'fast-check';
import { FormulaParseError, parseFormula } from '../../src/util/homebrew.js';
import { goreleaserCask, plasmiteSeedFormula } from '../fixtures/homebrew-files.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const BASE = 'https://github.com/acme/plasmite/releases/download';

const GORELEASER = `# typed: false
# frozen_string_literal: true
class Plasmite < Formula
  desc "Persistent message pools #1"
  homepage "https://github.com/acme/plasmite"
  version "1.2.0"
  license "MIT"

  on_macos do
    if Hardware::CPU.intel?
      url "${BASE}/v1.2.0/plasmite_1.2.0_darwin_amd64.tar.gz"
      sha256 "${A}"

      def install
        bin.install "plasmite"
      end
    end
    if Hardware::CPU.arm?
      url "${BASE}/v1.2.0/plasmite_1.2.0_darwin_arm64.tar.gz"
      sha256 "${B}"

      def install
        bin.install "plasmite"
      end
    end
  end

  on_linux do
    if Hardware::CPU.intel? && Hardware::CPU.is_64_bit?
      url "${BASE}/v1.2.0/plasmite_1.2.0_linux_amd64.tar.gz"
      sha256 "${C}"
    end
  end

  test do
    system "#{bin}/plasmite", "--version"
  end
end
`;

function parseError(text: string): FormulaParseError {
  try {
    parseFormula(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FormulaParseError);
    return error as FormulaParseError;
  }
  throw new Error('expected a FormulaParseError');
}

describe('parseFormula', () => {
  test('reads a goreleaser formula: the version and each platform url with its sha256', () => {
    const formula = parseFormula(GORELEASER);
    expect(formula.versions).toEqual([{ value: '1.2.0', line: 6, blocks: ['class'] }]);
    expect(
      formula.urls.map(({ url, line, sha256, sha256Line }) => ({ url, line, sha256, sha256Line })),
    ).toEqual([
      { url: `${BASE}/v1.2.0/plasmite_1.2.0_darwin_amd64.tar.gz`, line: 11, sha256: A, sha256Line: 12 },
      { url: `${BASE}/v1.2.0/plasmite_1.2.0_darwin_arm64.tar.gz`, line: 19, sha256: B, sha256Line: 20 },
      { url: `${BASE}/v1.2.0/plasmite_1.2.0_linux_amd64.tar.gz`, line: 30, sha256: C, sha256Line: 31 },
    ]);
    expect(formula.urls[0]!.blocks).toEqual(['class', 'on_macos', 'if']);
    expect(formula.urls[2]!.blocks).toEqual(['class', 'on_linux', 'if']);
  });

  test('on_arm / on_intel blocks, if/else branches, parentheses and url options', () => {
    const formula = parseFormula(`class P < Formula
  version "2.0.0"
  on_arm do
    url("https://x/arm.tar.gz", using: :nounzip)
    sha256("${A}")
  end
  on_intel do
    url 'https://x/intel.tar.gz'
    sha256 '${B}'
  end
  if OS.mac? then url "https://x/mac.tar.gz"; sha256 "${C}" else url "https://x/other.tar.gz" end
end
`);
    expect(formula.urls.map((u) => [u.url, u.sha256])).toEqual([
      ['https://x/arm.tar.gz', A],
      ['https://x/intel.tar.gz', B],
      ['https://x/mac.tar.gz', C],
      ['https://x/other.tar.gz', null],
    ]);
  });

  test('#{version} in a url is the formula version; other interpolation stays as written', () => {
    const formula = parseFormula(`class P < Formula
  version "1.2.0"
  url "https://x/v#{version}/p_#{version}_#{arch}.tar.gz"
  sha256 "${A}"
end`);
    expect(formula.urls[0]!.url).toBe('https://x/v1.2.0/p_1.2.0_#{arch}.tar.gz');
  });

  test('a sha256 pairs with the url before it, never across another url', () => {
    const formula = parseFormula(`url "https://x/one"\nurl "https://x/two"\nsha256 "${A}"\nsha256 "${B}"\n`);
    expect(formula.urls.map((u) => [u.url, u.sha256])).toEqual([
      ['https://x/one', null],
      ['https://x/two', A],
    ]);
  });

  test('a sha256 is kept as written (upper case and placeholders too), for the gate to judge', () => {
    expect(parseFormula(`url "u"\nsha256 "${A.toUpperCase()}"`).urls[0]!.sha256).toBe(A.toUpperCase());
    expect(parseFormula(`url "u"\nsha256 "PLACEHOLDER_SHA256"`).urls[0]!.sha256).toBe('PLACEHOLDER_SHA256');
  });

  test('resources, patches, bottles, livecheck, head and test blocks are not the formula download', () => {
    const formula = parseFormula(`class P < Formula
  url "https://x/main.tar.gz"
  sha256 "${A}"
  version "1.0.0"
  head "https://github.com/acme/p.git", branch: "main"
  resource "dep" do
    url "https://pypi/dep.tar.gz"
    sha256 "${B}"
    version "9.9.9"
  end
  patch do
    url "https://x/fix.patch"
    sha256 "${C}"
  end
  bottle do
    root_url "https://ghcr.io/v2/acme"
    sha256 cellar: :any, arm64_sonoma: "${C}"
    sha256 "${C}" => :big_sur
  end
  livecheck do
    url :stable
    regex(/^v?(\\d+(?:\\.\\d+)+)$/i)
  end
  head do
    url "https://github.com/acme/p.git"
  end
  test do
    url "https://not/this"
  end
end
`);
    expect(formula.versions.map((v) => v.value)).toEqual(['1.0.0']);
    expect(formula.urls.map((u) => [u.url, u.sha256])).toEqual([['https://x/main.tar.gz', A]]);
  });

  test('urls in comments, heredocs, =begin blocks and after __END__ are ignored', () => {
    const formula = parseFormula(`class P < Formula
  # url "https://evil/comment.tar.gz"
  version "1.0.0" # version "6.6.6"
=begin
  url "https://evil/begin.tar.gz"
  sha256 "${B}"
=end
  def caveats
    <<~EOS
      url "https://evil/heredoc.tar.gz"
      sha256 "${B}"
    EOS
  end
  def post_install
    (etc/"p").write <<-'CONF'
  url "https://evil/quoted-heredoc"
      CONF
    s = <<EOF2
url "https://evil/plain"
EOF2
  end
  url "https://x/real.tar.gz"
  sha256 "${A}"
end
__END__
url "https://evil/data.tar.gz"
sha256 "${B}"
"unterminated
`);
    expect(formula.versions.map((v) => v.value)).toEqual(['1.0.0']);
    expect(formula.urls.map((u) => [u.url, u.sha256])).toEqual([['https://x/real.tar.gz', A]]);
  });

  test('regexps, division, %-literals, symbols and character literals do not derail it', () => {
    const formula = parseFormula(`class P < Formula
  version "1.0.0"
  def install
    inreplace "Makefile", /"prefix"#{x}/, "x"
    args = %w[--a --b"]
    cp %q(it's "quoted"), bin/"p"
    (buildpath/"x").write ?"
    y = 10 / 2 / 1
    z = { "a" => :b, c: :"d e" }
    ok = x.arm? ? "a" : "b"
    system "make", *args
    args << "--with-#{name}"
  end
  url "https://x/real.tar.gz"
  sha256 "${A}"
end
`);
    expect(formula.urls.map((u) => [u.url, u.sha256])).toEqual([['https://x/real.tar.gz', A]]);
  });

  test('a formula without version or url parses to empty lists', () => {
    expect(parseFormula('class P < Formula\nend\n')).toEqual({ kind: 'formula', versions: [], urls: [] });
    expect(parseFormula('')).toEqual({ kind: 'formula', versions: [], urls: [] });
  });

  test('several version statements are all reported, with their blocks', () => {
    const formula = parseFormula(
      `class P < Formula\n  version "1.0.0"\n  on_linux do\n    version "1.0.1"\n  end\nend\n`,
    );
    expect(formula.versions).toEqual([
      { value: '1.0.0', line: 2, blocks: ['class'] },
      { value: '1.0.1', line: 4, blocks: ['class', 'on_linux'] },
    ]);
  });

  test.each([
    ['an unterminated string', 'class P < Formula\n  url "https://x\nend\n', 2, 'unterminated string'],
    ['an unterminated heredoc', 'x = <<~EOS\n  text\n', 1, "heredoc 'EOS'"],
    ['an unterminated =begin', 'a\n=begin\nnever closed\n', 2, '=begin'],
    ['an unterminated interpolation', 'url "x#{y"\n', 1, 'unterminated'],
    ['an unterminated regexp', 'inreplace "f", /abc\n', 1, 'regular expression'],
  ])('%s is a FormulaParseError naming the line', (_what, text, line, reason) => {
    const error = parseError(text);
    expect(error.code).toBe('FORMULA_UNPARSABLE');
    expect(error.line).toBe(line);
    expect(error.message).toContain(reason);
  });

  test('property: any text parses or fails with FormulaParseError, nothing else', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'url ',
        'sha256 ',
        'version ',
        '"',
        "'",
        '#',
        '#{',
        '}',
        '{',
        '/',
        '%w[',
        '%q(',
        ')',
        ']',
        '<<~EOS',
        '<<-X',
        'EOS',
        '\n',
        ' ',
        'do',
        'end',
        'if ',
        'on_macos ',
        'resource ',
        '?',
        ':',
        '::',
        '=begin',
        '=end',
        '__END__',
        '\\',
        '(',
        ',',
        ';',
        'x',
        A,
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        (text) => {
          try {
            const formula = parseFormula(text);
            expect(Array.isArray(formula.urls) && Array.isArray(formula.versions)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(FormulaParseError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('property: generated platform formulas read back every url with its sha256', () => {
    const wrapper = fc.constantFrom(
      (body: string) => body,
      (body: string) => `on_macos do\n${body}\nend`,
      (body: string) => `on_linux do\n  if Hardware::CPU.arm?\n${body}\n  end\nend`,
      (body: string) => `if Hardware::CPU.intel?\n${body}\nelse\n  # nothing\nend`,
      (body: string) => `on_arm do\n${body}\n  def install\n    bin.install "p"\n  end\nend`,
    );
    const platform = fc.tuple(
      fc.stringMatching(/^[a-z0-9_]{1,12}$/),
      fc.uint8Array({ minLength: 32, maxLength: 32 }),
      wrapper,
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(platform, { selector: ([name]) => name, minLength: 1, maxLength: 6 }),
        fc.stringMatching(/^\d\.\d{1,2}\.\d$/),
        (platforms, version) => {
          const bodies = platforms.map(([name, bytes, wrap]) =>
            wrap(
              `  url "https://x/v#{version}/p_${name}.tar.gz"\n  sha256 "${Buffer.from(bytes).toString('hex')}"`,
            ),
          );
          const text = `class P < Formula\n  version "${version}"\n${bodies.join('\n')}\nend\n`;
          const formula = parseFormula(text);
          expect(formula.versions.map((v) => v.value)).toEqual([version]);
          expect(formula.urls.map((u) => [u.url, u.sha256])).toEqual(
            platforms.map(([name, bytes]) => [
              `https://x/v${version}/p_${name}.tar.gz`,
              Buffer.from(bytes).toString('hex'),
            ]),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

const D = 'd'.repeat(64);

describe('parseFormula on casks', () => {
  test('a GoReleaser cask: each url gets the sha256 of its own block, written before it', () => {
    const cask = parseFormula(
      goreleaserCask('https://github.com/acme/ergo/releases/download', '4.2.0', [A, B, C, D]),
    );
    expect(cask.kind).toBe('cask');
    expect(cask.versions.map((v) => v.value)).toEqual(['4.2.0']);
    const base = 'https://github.com/acme/ergo/releases/download/v4.2.0/ergo_4.2.0';
    expect(cask.urls.map(({ url, line, sha256, sha256Line }) => ({ url, line, sha256, sha256Line }))).toEqual(
      [
        { url: `${base}_darwin_amd64.tar.gz`, line: 8, sha256: A, sha256Line: 7 },
        { url: `${base}_darwin_arm64.tar.gz`, line: 12, sha256: B, sha256Line: 11 },
        { url: `${base}_linux_amd64.tar.gz`, line: 19, sha256: C, sha256Line: 18 },
        { url: `${base}_linux_arm64.tar.gz`, line: 23, sha256: D, sha256Line: 22 },
      ],
    );
    expect(cask.urls[3]!.blocks).toEqual(['cask', 'on_linux', 'on_arm']);
  });

  test('a block whose sha256 is missing takes none from its neighbour, before or after', () => {
    const cask = parseFormula(`cask "x" do
  version "1.0.0"
  on_intel do
    url "https://x/intel.tar.gz"
  end
  on_arm do
    sha256 "${B}"
    url "https://x/arm.tar.gz"
  end
  on_linux do
    sha256 "${C}"
  end
  url "https://x/top.tar.gz"
end`);
    expect(cask.urls.map((u) => [u.url, u.sha256])).toEqual([
      ['https://x/intel.tar.gz', null],
      ['https://x/arm.tar.gz', B],
      ['https://x/top.tar.gz', null],
    ]);
  });

  test('if/else branches: a url never takes the sha256 of the other branch', () => {
    const formula = parseFormula(`class P < Formula
  version "1.0.0"
  if Hardware::CPU.arm?
    url "https://x/arm.tar.gz"
  else
    sha256 "${B}"
    url "https://x/intel.tar.gz"
  end
end`);
    expect(formula.urls.map((u) => [u.url, u.sha256])).toEqual([
      ['https://x/arm.tar.gz', null],
      ['https://x/intel.tar.gz', B],
    ]);
  });

  test("plasmite's seed formula: the linux_arm64 url keeps its placeholder sha256", () => {
    const seed = plasmiteSeedFormula(BASE, [A, B, C]);
    const formula = parseFormula(seed);
    expect(formula.kind).toBe('formula');
    expect(formula.urls.map((u) => [u.url.replace(`${BASE}/v0.1.0/`, ''), u.sha256])).toEqual([
      ['plasmite_0.1.0_darwin_arm64.tar.gz', A],
      ['plasmite_0.1.0_darwin_amd64.tar.gz', B],
      ['plasmite_0.1.0_linux_arm64.tar.gz', 'PLACEHOLDER_LINUX_ARM64_SHA256'],
      ['plasmite_0.1.0_linux_amd64.tar.gz', C],
    ]);
  });

  test('property: sha256 before or after the url, per block, always pairs with its own url', () => {
    const platform = fc.tuple(
      fc.stringMatching(/^[a-z0-9_]{1,12}$/),
      fc.uint8Array({ minLength: 32, maxLength: 32 }),
      fc.boolean(),
      fc.constantFrom('on_intel', 'on_arm', 'on_macos', 'on_linux'),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(platform, { selector: ([name]) => name, minLength: 1, maxLength: 6 }),
        (platforms) => {
          const bodies = platforms.map(([name, bytes, shaFirst, block]) => {
            const url = `    url "https://x/v#{version}/p_${name}.tar.gz"`;
            const sha = `    sha256 "${Buffer.from(bytes).toString('hex')}"`;
            return `  ${block} do\n${shaFirst ? `${sha}\n${url}` : `${url}\n${sha}`}\n  end`;
          });
          const formula = parseFormula(`cask "p" do\n  version "1.0.0"\n${bodies.join('\n')}\nend\n`);
          expect(formula.urls.map((u) => [u.url, u.sha256])).toEqual(
            platforms.map(([name, bytes]) => [
              `https://x/v1.0.0/p_${name}.tar.gz`,
              Buffer.from(bytes).toString('hex'),
            ]),
          );
        },
      ),
      { numRuns: 200, seed: 1406 },
    );
  });
});
