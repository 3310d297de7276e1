// @peculiar/x509 resolves its encoders through tsyringe, which insists on the Reflect metadata
// API (the `reflect-metadata` package, not installed here). This is the part of that API
// tsyringe uses, kept per target and property; import it before @peculiar/x509.
type Target = object;
const store = new WeakMap<Target, Map<string | symbol | undefined, Map<unknown, unknown>>>();

function table(
  target: Target,
  property: string | symbol | undefined,
  create: boolean,
): Map<unknown, unknown> | undefined {
  let byProperty = store.get(target);
  if (!byProperty && create) store.set(target, (byProperty = new Map()));
  let entries = byProperty?.get(property);
  if (!entries && create) byProperty!.set(property, (entries = new Map()));
  return entries;
}

function ownMetadata(key: unknown, target: Target, property?: string | symbol): unknown {
  return table(target, property, false)?.get(key);
}

function metadata(key: unknown, target: Target, property?: string | symbol): unknown {
  for (let t: Target | null = target; t; t = Object.getPrototypeOf(t) as Target | null) {
    const entries = table(t, property, false);
    if (entries?.has(key)) return entries.get(key);
  }
  return undefined;
}

const shim = {
  defineMetadata(key: unknown, value: unknown, target: Target, property?: string | symbol): void {
    table(target, property, true)!.set(key, value);
  },
  getOwnMetadata: ownMetadata,
  getMetadata: metadata,
  hasOwnMetadata: (key: unknown, target: Target, property?: string | symbol) =>
    table(target, property, false)?.has(key) ?? false,
  hasMetadata: (key: unknown, target: Target, property?: string | symbol) =>
    metadata(key, target, property) !== undefined,
  metadata:
    (key: unknown, value: unknown) =>
    (target: Target, property?: string | symbol): void =>
      shim.defineMetadata(key, value, target, property),
};

const reflect = Reflect as unknown as Record<string, unknown>;
for (const [name, fn] of Object.entries(shim)) reflect[name] ??= fn;

export {};
