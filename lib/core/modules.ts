/**
 * Descriptors of the two modules sharing adds to a compilation. They decide everything about a
 * module — identity, its name in stats, the options the runtime needs — and the adapter only
 * materialises them, as a generated module whose resource query is the descriptor (the same on
 * webpack and Rspack, which cannot take JS `Module` subclasses). Pure: no bundler imports.
 */

export interface ConsumeDescriptor {
  shareScope: string;
  shareKey: string;
  /** The range the consumer accepts; `false` accepts any version (webpack's `requiredVersion: false`). */
  requiredVersion: string | false;
  strictVersion: boolean;
  singleton: boolean;
  eager: boolean;
  /** The request of the consumer's own copy, or undefined when there is none (`import: false`). */
  import: string | undefined;
  packageName?: string;
}

export interface ProvideDescriptor {
  shareScope: string;
  shareKey: string;
  /** `false` registers the module without a version, as webpack does (version "0" at runtime). */
  version: string | false;
  /** The request (or resolved path) of the module that is provided. */
  request: string;
  eager: boolean;
}

/** The version a provide registers under: webpack registers an unknown version as "0". */
export function registeredVersion(version: string | false): string {
  return version === false ? '0' : version;
}

// ---- descriptors carried in a resource query ---------------------------------------------------
// Rspack cannot take JS Module subclasses, so a descriptor travels as the resource query of a
// generated module. The query must round-trip exactly, and it is what stats and development module
// ids show, so it is written as readable `key=value` pairs: only characters that would end or split
// a query (`%`, `&`, `#`, `=`, `?`, white space) are percent-encoded.

const QUERY_KEY = 'federated-share';

/** What every generated module's query contains; how the adapter recognises its own modules. */
export const QUERY_MARKER = `${QUERY_KEY}=`;

export type ModuleDescriptor = { kind: 'consume'; descriptor: ConsumeDescriptor } | { kind: 'provide'; descriptor: ProvideDescriptor };

const escapeValue = (value: string) => value.replace(/[%&#=?\s]/g, (char) => encodeURIComponent(char));

/**
 * The query for a generated module. A provide's `request` is not in it: the generated provide
 * module sits on the provided file itself, so the resource path says it.
 */
export function descriptorToQuery(module: ModuleDescriptor): string {
  const pairs: Array<[string, string | true]> = [[QUERY_KEY, module.kind]];
  const d = module.descriptor;
  pairs.push(['scope', d.shareScope], ['key', d.shareKey]);
  if (module.kind === 'consume') {
    const c = module.descriptor;
    if (c.requiredVersion !== false) pairs.push(['range', c.requiredVersion]);
    if (c.import !== undefined) pairs.push(['import', c.import]);
    if (c.singleton) pairs.push(['singleton', true]);
    if (c.strictVersion) pairs.push(['strict', true]);
  } else if (module.descriptor.version !== false) {
    pairs.push(['version', module.descriptor.version]);
  }
  if (d.eager) pairs.push(['eager', true]);
  return '?' + pairs.map(([key, value]) => (value === true ? key : `${key}=${escapeValue(value)}`)).join('&');
}

/** The descriptor in a query written by `descriptorToQuery`; `resourcePath` completes a provide. */
export function descriptorFromQuery(query: string, resourcePath = ''): ModuleDescriptor | undefined {
  const fields = new Map<string, string | true>();
  try {
    for (const pair of (query.startsWith('?') ? query.slice(1) : query).split('&')) {
      const index = pair.indexOf('=');
      if (index < 0) fields.set(pair, true);
      else fields.set(pair.slice(0, index), decodeURIComponent(pair.slice(index + 1)));
    }
  } catch {
    return undefined; // a damaged escape: not a query we wrote
  }
  const text = (key: string) => {
    const value = fields.get(key);
    return typeof value === 'string' ? value : undefined;
  };
  const kind = fields.get(QUERY_KEY);
  const shareScope = text('scope');
  const shareKey = text('key');
  if (shareScope === undefined || shareKey === undefined) return undefined;
  const eager = fields.has('eager');
  if (kind === 'consume') {
    return {
      kind,
      descriptor: {
        shareScope,
        shareKey,
        requiredVersion: text('range') ?? false,
        strictVersion: fields.has('strict'),
        singleton: fields.has('singleton'),
        eager,
        import: text('import'),
      },
    };
  }
  if (kind === 'provide') {
    return { kind, descriptor: { shareScope, shareKey, version: text('version') ?? false, request: resourcePath, eager } };
  }
  return undefined;
}
