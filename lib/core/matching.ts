/**
 * Which shared config (if any) applies to a module request or a resolved resource.
 *
 * Config keys come in three kinds, told apart by their spelling:
 * - exact request:  `react`, `@scope/pkg`, `lodash/fp` — matches that request string only;
 * - prefix:         `lodash/`, `@scope/` (ends with `/`) — matches every request starting with it;
 *                   the remainder is appended to the share key, and to `import` when there is one;
 * - path:           `./src/store` (relative, resolved from the compiler context) or `/abs/x`,
 *                   `C:\abs\x` (used as given) — matches the module resolved to that file.
 * Relative and absolute keys are recognised before the trailing-slash rule, as in webpack, so
 * `./src/` is a path (resolved like any directory request), not a prefix.
 *
 * Precedence: exact request > prefix > path. The first two are decided from the request alone,
 * before resolution, with the table built here; a path match needs the resolved resource, so the
 * adapter resolves path keys itself (from the compilation, with the user's resolver) and tries them
 * only for requests no request config claimed.
 */

/** The part of a normalised provide/consume config that matching reads. */
export interface MatchableConfig {
  /** The config's key as the user wrote it. */
  request: string;
  shareKey: string;
  /** Fallback/import request; only a string is extended by a prefix remainder. */
  import?: unknown;
}

export type RequestKeyKind = 'exact' | 'prefix' | 'relative' | 'absolute';

export interface MatchTable<T extends MatchableConfig> {
  readonly exact: ReadonlyMap<string, T>;
  /** Longest prefix first, so the first hit is the most specific one. */
  readonly prefixes: ReadonlyArray<{ readonly prefix: string; readonly config: T }>;
}

export interface MatchResult<T extends MatchableConfig> {
  config: T;
  kind: 'exact' | 'prefix';
  /** The config's share key, with the prefix remainder appended for prefix matches. */
  shareKey: string;
  /** The config's `import` (remainder appended for prefix matches); undefined when it has none. */
  import: string | undefined;
  /** What followed the prefix (`fp/map` for `lodash/fp/map` under `lodash/`); `''` otherwise. */
  remainder: string;
}

/** Problems found while building a table. Returned, never thrown, so the adapter can report them. */
export interface MatchDiagnostic {
  severity: 'warning';
  key: string;
  message: string;
}

const RELATIVE_KEY = /^\.\.?(?:\/|$)/;
/** `/x`, `\x`, `C:\x`, `C:/x` (and `\\server\share`, which starts with `\`). */
const ABSOLUTE_KEY = /^(?:[a-zA-Z]:)?[\\/]/;

export function classifyRequestKey(key: string): RequestKeyKind {
  if (RELATIVE_KEY.test(key)) return 'relative';
  if (ABSOLUTE_KEY.test(key)) return 'absolute';
  if (key.endsWith('/')) return 'prefix';
  return 'exact';
}

/**
 * Sorts configs into exact and prefix buckets, and hands path keys (relative or absolute) back
 * in config order for the adapter to resolve.
 *
 * When two configs claim the same key the later one wins, as in webpack, and a warning names both,
 * because one of them is silently dead.
 */
export function buildMatchTable<T extends MatchableConfig>(
  configs: readonly T[],
): { table: MatchTable<T>; pathKeys: T[]; diagnostics: MatchDiagnostic[] } {
  const diagnostics: MatchDiagnostic[] = [];
  const exact = new Map<string, T>();
  const prefixes = new Map<string, T>();
  const pathKeys: T[] = [];

  const put = (bucket: Map<string, T>, config: T) => {
    const key = config.request;
    const previous = bucket.get(key);
    if (previous !== undefined) {
      diagnostics.push({
        severity: 'warning',
        key,
        message:
          `Two shared configs match "${key}": the one with share key "${previous.shareKey}" ` +
          `is replaced by the later one with share key "${config.shareKey}". Remove one of them.`,
      });
    }
    bucket.set(key, config);
  };

  for (const config of configs) {
    const kind = classifyRequestKey(config.request);
    if (kind === 'exact') put(exact, config);
    else if (kind === 'prefix') put(prefixes, config);
    else pathKeys.push(config);
  }

  return {
    table: {
      exact,
      prefixes: [...prefixes]
        .map(([prefix, config]) => ({ prefix, config }))
        .sort((a, b) => b.prefix.length - a.prefix.length),
    },
    pathKeys,
    diagnostics,
  };
}

/**
 * The config matching a request before resolution: an exact key first, then the longest prefix.
 *
 * Longest prefix wins so that the most specific config applies regardless of the order the user
 * wrote them in (`@scope/ui/` beats `@scope/` for `@scope/ui/button`). webpack takes the first
 * matching prefix in config order instead; with non-overlapping prefixes, the usual case, the two
 * agree.
 *
 * `acceptPrefix` lets the caller pass over a prefix for a given remainder (webpack's
 * `include`/`exclude` request filters); the next-longest prefix is tried then. Exact keys are not
 * filtered, as in webpack.
 */
export function matchRequest<T extends MatchableConfig>(
  table: MatchTable<T>,
  request: string,
  acceptPrefix?: (config: T, remainder: string) => boolean,
): MatchResult<T> | undefined {
  const config = table.exact.get(request);
  if (config !== undefined) return plainMatch(config, 'exact');
  for (const { prefix, config } of table.prefixes) {
    if (!request.startsWith(prefix)) continue;
    const remainder = request.slice(prefix.length);
    if (acceptPrefix && !acceptPrefix(config, remainder)) continue;
    return {
      config,
      kind: 'prefix',
      shareKey: config.shareKey + remainder,
      import: typeof config.import === 'string' ? config.import + remainder : undefined,
      remainder,
    };
  }
  return undefined;
}

function plainMatch<T extends MatchableConfig>(config: T, kind: 'exact'): MatchResult<T> {
  return {
    config,
    kind,
    shareKey: config.shareKey,
    import: typeof config.import === 'string' ? config.import : undefined,
    remainder: '',
  };
}

const REGEXP_SPECIAL = /[\\^$.*+?()[\]{}|]/g;
const escapeRegExp = (text: string) => text.replace(REGEXP_SPECIAL, '\\$&');

/**
 * One RegExp matching exactly the requests `matchRequest` could match (exact keys anchored at both
 * ends, prefixes at the start), or undefined when the table has no request keys.
 *
 * Why: on Rspack every JS hook call costs ~24 µs; handing this RegExp to Rspack lets it filter in
 * Rust and call into JS only for requests that may be shared. Without `acceptPrefix` filters it
 * agrees with `matchRequest` exactly; with them it is a superset, which is what a pre-filter needs.
 * No flags: a `g`/`y` RegExp keeps `lastIndex` between `test` calls and would skip matches.
 * Only plain syntax (escapes, groups, alternation, anchors), which Rust's regex engines accept.
 */
export function createRequestFilter<T extends MatchableConfig>(table: MatchTable<T>): RegExp | undefined {
  const alternatives: string[] = [];
  if (table.exact.size > 0) {
    alternatives.push(`(?:${[...table.exact.keys()].map(escapeRegExp).join('|')})$`);
  }
  for (const { prefix } of table.prefixes) alternatives.push(escapeRegExp(prefix));
  return alternatives.length === 0 ? undefined : new RegExp(`^(?:${alternatives.join('|')})`);
}

/**
 * A RegExp for requests that might resolve to one of the given path keys (`./src/store`,
 * `/abs/store.js`): requests ending in the key's file name, with or without an extension or an
 * `/index` file. It only pre-filters (a match is then resolved and compared with the resolved
 * key), so it may let through too much, but never too little for relative and absolute requests.
 * Requests reaching the file through an alias with another name are not matched (say so in docs).
 */
export function createPathKeyFilter(keys: readonly string[]): RegExp | undefined {
  const names = new Set<string>();
  for (const key of keys) {
    const segments = key.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.' && segment !== '..');
    let name = segments.pop()?.replace(/\.[^.]*$/, '');
    if (name === 'index' && segments.length > 0) name = segments.pop()!.replace(/\.[^.]*$/, '');
    if (name) names.add(name);
  }
  if (names.size === 0) return undefined;
  const alternatives = [...names].map(escapeRegExp).join('|');
  return new RegExp(`(?:^|[\\\\/])(?:${alternatives})(?:\\.[^\\\\/]*)?(?:[\\\\/]index(?:\\.[^\\\\/]*)?)?$`);
}
