// Package URLs (https://github.com/package-url/purl-spec): `pkg:type/namespace/name@version?qualifiers#subpath`.
// Parsed just far enough to compare a package of an SBOM with an entry of an approved list.

export interface PackageUrl {
  type: string;
  namespace: string | null;
  name: string;
  version: string | null;
  qualifiers: Record<string, string>;
  subpath: string | null;
}

export class PurlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PurlError';
  }
}

const MAX_PURL_LENGTH = 2048;

function decode(part: string, what: string, purl: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new PurlError(`'${purl}' has a badly percent-encoded ${what}`);
  }
}

/** Parses a package URL; throws PurlError when it is not one. */
export function parsePurl(text: string): PackageUrl {
  const purl = text.trim();
  if (purl.length > MAX_PURL_LENGTH)
    throw new PurlError(`package URL longer than ${MAX_PURL_LENGTH} characters`);
  if (!/^pkg:/i.test(purl)) throw new PurlError(`'${purl}' is not a package URL (it must start with pkg:)`);
  if (/\s/.test(purl)) throw new PurlError(`'${purl}' contains whitespace`);
  let rest = purl.slice(4).replace(/^\/+/, '');
  let subpath: string | null = null;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    subpath =
      rest
        .slice(hash + 1)
        .split('/')
        .filter((s) => s && s !== '.' && s !== '..')
        .map((s) => decode(s, 'subpath', purl))
        .join('/') || null;
    rest = rest.slice(0, hash);
  }
  const qualifiers: Record<string, string> = {};
  const question = rest.indexOf('?');
  if (question >= 0) {
    for (const pair of rest.slice(question + 1).split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new PurlError(`'${purl}' has a qualifier without a value: '${pair}'`);
      const value = decode(pair.slice(eq + 1), 'qualifier', purl);
      if (value) qualifiers[pair.slice(0, eq).toLowerCase()] = value;
    }
    rest = rest.slice(0, question);
  }
  let version: string | null = null;
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    version = decode(rest.slice(at + 1), 'version', purl) || null;
    rest = rest.slice(0, at);
  }
  const segments = rest.split('/').filter(Boolean);
  if (segments.length < 2) throw new PurlError(`'${purl}' needs a type and a name (pkg:TYPE/NAME)`);
  const type = segments[0]!.toLowerCase();
  if (!/^[a-z.+-][a-z0-9.+-]*$/.test(type)) throw new PurlError(`'${purl}' has an invalid type '${type}'`);
  let name = decode(segments[segments.length - 1]!, 'name', purl);
  let namespace: string | null =
    segments
      .slice(1, -1)
      .map((s) => decode(s, 'namespace', purl))
      .join('/') || null;
  // Type-specific canonical forms from the purl spec, so that equal packages compare equal.
  if (['github', 'bitbucket', 'npm', 'pypi', 'composer'].includes(type)) {
    namespace = namespace?.toLowerCase() ?? null;
    name = name.toLowerCase();
  }
  if (type === 'pypi') name = name.replace(/[-_.]+/g, '-');
  return { type, namespace, name, version, qualifiers, subpath };
}

/** `pkg:type/namespace/name`, without version, qualifiers or subpath. */
export function purlBase(purl: PackageUrl): string {
  return `pkg:${purl.type}/${purl.namespace ? `${purl.namespace}/` : ''}${purl.name}`;
}

/**
 * Whether an approved entry covers a package. The type, namespace and name must be equal;
 * an entry with a version covers that exact version only, one without covers every version;
 * qualifiers and a subpath the entry names must be on the package with the same values.
 */
export function purlMatches(entry: PackageUrl, pkg: PackageUrl): boolean {
  if (purlBase(entry) !== purlBase(pkg)) return false;
  if (entry.version !== null && entry.version !== pkg.version) return false;
  if (entry.subpath !== null && entry.subpath !== pkg.subpath) return false;
  return Object.entries(entry.qualifiers).every(([key, value]) => pkg.qualifiers[key] === value);
}
