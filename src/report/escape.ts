// Escaping for every string the Markdown report did not write itself: branch and tag names,
// gate ids and messages, titles and URLs from GitHub, values read from files. Whatever such a
// string holds, once escaped it is shown as text: it can never start a table row or cell, a
// heading, a list, a link or image, an autolink, raw HTML, or close a code span or fence.
//
// The approach is a blunt one that CommonMark allows: every ASCII punctuation character that
// means anything inline is backslash-escaped, and line breaks are folded to spaces, so the
// text can neither reach the start of a line nor open any construct. `<`, `&` and backticks
// are included, which also rules out raw HTML, entities and code spans; so are `:`, `@` and the
// dot of `www.`, which defeats GFM's literal autolinks (`https://…`, `www.…`, `a@b.c`).

const ELLIPSIS = '…';

/** Line breaks CommonMark knows, plus the Unicode ones that render as breaks elsewhere. */
const LINE_BREAKS = /[ \t]*(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])[ \t\r\n\v\f\u0085\u2028\u2029]*/g;
/** C0/C1 controls (breaks are handled above) and the bidi controls of "trojan source" tricks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * ASCII punctuation that is always backslash-escaped in inline text: all of it except
 * `' " , ; ? / %`, which mean nothing inline in CommonMark, GFM or on github.com, and `- . =`,
 * which only matter in the places handled next (to keep versions and paths readable).
 */
const INLINE_SPECIAL = /[!#$&()*+:<>@[\\\]^_`{|}~]/g;
/** The dot of a GFM `www.` autolink. */
const WWW_DOT = /(?<=www)\./gi;
/** What would start a list, a setext underline or a thematic break at the start of a line. */
const LINE_START = /^(?:[-=]|\d{1,9}(?=\.))/;
const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** In a `<…>` link destination only these matter (the URL parser already encoded the rest). */
const DESTINATION_SPECIAL = /[\\<>&|`[\]]/g;
/** Longest URL that is still made a link; longer ones are shown as (truncated) text. */
const MAX_URL_LENGTH = 2048;

function asString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * Makes a string single-line and printable: each run of line breaks (with the blanks around it)
 * becomes one space, tabs become spaces, and control or bidi-override characters and lone
 * surrogates become U+FFFD, so nothing invisible survives.
 */
export function foldLines(text: string): string {
  return asString(text)
    .replace(LINE_BREAKS, ' ')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, '\ufffd')
    .replace(LONE_SURROGATE, '\ufffd');
}

/**
 * Shortens `text` to at most `maxLength` characters (code points, so a surrogate pair is never
 * split), the last of which is `…` when anything was cut.
 */
export function truncate(text: string, maxLength: number): string {
  const value = asString(text);
  if (!Number.isFinite(maxLength) || value.length <= maxLength) return value;
  const max = Math.max(0, Math.floor(maxLength));
  if (max === 0) return '';
  let count = 0;
  let keep = 0;
  let index = 0;
  for (const char of value) {
    count += 1;
    if (count === max) keep = index;
    if (count > max) return value.slice(0, keep) + ELLIPSIS;
    index += char.length;
  }
  return value;
}

/** Folds and truncates: the common first step of every escaper below. */
function prepare(text: unknown, maxLength: number): string {
  // Leading blanks are trimmed too: four of them at the start of a line would make a code block.
  return truncate(foldLines(asString(text)).trim(), maxLength);
}

/**
 * Escapes untrusted text for Markdown running text: paragraphs, list items, headings (after the
 * `#` markers) and link text. The result is a single line that renders as exactly the input
 * (folded, and shortened to `maxLength` characters).
 */
export function escapeInline(text: string, maxLength = Infinity): string {
  const escaped = prepare(text, maxLength).replace(INLINE_SPECIAL, '\\$&').replace(WWW_DOT, '\\.');
  // Safe at the start of a line too, should a caller put it there: `-`, `=`, and `1.`.
  return escaped.replace(LINE_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
}

/**
 * Escapes untrusted text for one GFM table cell. The inline escaping already turns `|` into `\|`
 * and removes line breaks, which are the two ways out of a cell.
 */
export function escapeTableCell(text: string, maxLength = Infinity): string {
  return escapeInline(text, maxLength);
}

/**
 * Escapes untrusted text for HTML content, such as the `<summary>` of a `<details>` block. That
 * line is part of a raw HTML block, where Markdown is not parsed but HTML is: so the text is
 * entity-encoded, and folded (a blank line would end the HTML block).
 */
export function escapeHtml(text: string, maxLength = Infinity): string {
  return prepare(text, maxLength).replace(HTML_SPECIAL, (char) => HTML_ENTITIES[char] ?? char);
}

/** Longest run of consecutive backticks in `text` (0 when there is none). */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of asString(text).match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * Untrusted text as an inline code span, delimited by a backtick run longer than any inside it.
 * In a table cell (`inTable`) a pipe would still end the cell, so text with a pipe is shown as
 * escaped plain text there instead.
 */
export function codeSpan(text: string, options: { maxLength?: number; inTable?: boolean } = {}): string {
  const content = prepare(text, options.maxLength ?? Infinity);
  if (content === '') return '';
  // Parsers disagree on whether `\\|` in a cell is an escaped backslash and a cell break (micromark)
  // or a backslash and an escaped pipe (cmark-gfm); in a cell, text with a pipe is not put in code.
  if (options.inTable && content.includes('|')) return escapeTableCell(content);
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  // A leading or trailing backtick would merge with the fence; one space each side is stripped
  // again by the renderer, and also keeps content that starts and ends with a space intact.
  const pad = content.startsWith('`') || content.endsWith('`') || /^ .* $/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A fenced code block holding `content` verbatim. The fence is longer than any backtick run in
 * the content, so no line of it can close the block early. Ends with a newline.
 */
export function fencedBlock(content: string, info = ''): string {
  const body = asString(content).replace(/\r\n?/g, '\n');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  const safeInfo = /^[A-Za-z0-9_+-]*$/.test(info) ? info : '';
  return `${fence}${safeInfo}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${fence}\n`;
}

/**
 * The URL in normalized form when it is an absolute `http:` or `https:` URL, else null. The
 * WHATWG parser strips tabs and newlines and percent-encodes spaces, quotes and angle brackets,
 * so `java\nscript:` is still recognized as `javascript:` and refused.
 */
export function safeHttpUrl(url: string): string | null {
  const raw = asString(url).trim();
  if (raw === '' || raw.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const href = parsed.href;
  // Belt and braces: a normalized http(s) URL never contains these.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\s<>\u0000-\u001f\u007f]/.test(href) || href.length > MAX_URL_LENGTH) return null;
  return href;
}

/**
 * A Markdown link to an untrusted URL with an untrusted title. Only `http:`/`https:` URLs become
 * links; anything else (`javascript:`, `data:`, relative paths, garbage) is shown as escaped text,
 * title then URL. The title is shortened to `maxLength`; an empty title shows the URL.
 */
export function markdownLink(title: string, url: string, maxLength = 200): string {
  const href = safeHttpUrl(url);
  const titleText = foldLines(asString(title)).trim();
  if (href === null) {
    const shownUrl = escapeInline(asString(url).trim(), maxLength);
    if (titleText === '') return shownUrl === '' ? '' : shownUrl;
    return shownUrl === ''
      ? escapeInline(titleText, maxLength)
      : `${escapeInline(titleText, maxLength)} (${shownUrl})`;
  }
  const text = escapeInline(titleText === '' ? href : titleText, maxLength);
  return `[${text}](<${href.replace(DESTINATION_SPECIAL, '\\$&')}>)`;
}
