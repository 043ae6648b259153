// Turns validated user options (any of the array/object/string shorthands) into the one internal
// shape the core works with. The semantics follow webpack's sharing plugins, so a configuration
// written for `webpack.sharing.*` means the same here; where webpack silently ignores a value we
// give it the meaning the schema describes (noted at the spot).

import type {
  ConsumeSharedPluginOptions,
  ConsumesConfig,
  ConsumesObject,
  NormalizedConsume,
  NormalizedConsumeSharedPluginOptions,
  NormalizedProvide,
  NormalizedProvideSharedPluginOptions,
  ProvideSharedPluginOptions,
  ProvidesConfig,
  ProvidesObject,
  SharedConfig,
  SharePluginOptions,
  SharedModuleFilter,
} from './types';

const DEFAULT_SHARE_SCOPE = 'default';

/**
 * Whether a string value in object form is a version range rather than a request. Same rule as
 * webpack (starts with a digit or one of `^ = < > ~`, or is exactly `*`, `x`, `X`), except that a
 * leading `v` counts only before a digit: webpack would read `{ foo: 'vue' }` as the range "vue".
 */
export function looksLikeRequiredVersion(value: string): boolean {
  return /^(?:[\d^=<>~]|v\d|[*xX]$)/.test(value);
}

/** The list/object forms all boil down to key → (string shorthand | settings object) pairs. */
type Entry<Config> = [key: string, value: string | Config];
type OptionsFormat<Config> = (string | Record<string, string | Config>)[] | Record<string, string | Config>;

function entriesOf<Config>(options: OptionsFormat<Config>): Entry<Config>[] {
  const entries: Entry<Config>[] = [];
  const addObject = (object: Record<string, string | Config>) => {
    for (const [key, value] of Object.entries(object)) entries.push([key, value]);
  };
  if (Array.isArray(options)) {
    for (const item of options) {
      // A bare array item is its own key; pairing it with itself lets the string-shorthand rules
      // below tell it apart from an object value (`item === key`), as webpack does.
      if (typeof item === 'string') entries.push([item, item]);
      else if (item !== null && typeof item === 'object' && !Array.isArray(item)) addObject(item);
      else throw new TypeError(`Unexpected item in shared module options: ${JSON.stringify(item)} (validate options first)`);
    }
  } else if (options !== null && typeof options === 'object') {
    addObject(options);
  } else {
    throw new TypeError(`Unexpected shared module options: ${JSON.stringify(options)} (validate options first)`);
  }
  return entries;
}

/** Copies include/exclude only when given, so normalised objects carry no `undefined` extras. */
function filtersOf(config: { include?: SharedModuleFilter; exclude?: SharedModuleFilter }) {
  const filters: { include?: SharedModuleFilter; exclude?: SharedModuleFilter } = {};
  if (config.include !== undefined) filters.include = config.include;
  if (config.exclude !== undefined) filters.exclude = config.exclude;
  return filters;
}

/** `import` and its alias `fallback` (validation guarantees at most one is given). */
function importOptionOf(config: ConsumesConfig): string | false | undefined {
  return config.import !== undefined ? config.import : config.fallback;
}

// ---------------------------------------------------------------------------------------------
// ProvideSharedPlugin

function provideFromString(request: string, shareKey: string, shareScope: string): NormalizedProvide {
  return {
    request,
    shareKey,
    shareScope,
    version: undefined,
    eager: false,
    singleton: undefined,
    requiredVersion: undefined,
    strictVersion: undefined,
  };
}

function provideFromConfig(request: string, config: ProvidesConfig, shareScope: string): NormalizedProvide {
  return {
    request,
    // webpack leaves shareKey undefined here when it is omitted; the request is the only sensible key.
    shareKey: config.shareKey || request,
    shareScope: config.shareScope || shareScope,
    version: config.version,
    eager: Boolean(config.eager),
    singleton: config.singleton,
    requiredVersion: config.requiredVersion,
    strictVersion: config.strictVersion,
    ...filtersOf(config),
  };
}

export function normalizeProvideSharedPluginOptions(
  raw: ProvideSharedPluginOptions,
): NormalizedProvideSharedPluginOptions {
  const shareScope = raw.shareScope || DEFAULT_SHARE_SCOPE;
  const provides = entriesOf<ProvidesConfig>(raw.provides).map(([request, value]) =>
    // In provides, a string value names the share key (an array item is its own key).
    typeof value === 'string'
      ? provideFromString(request, value, shareScope)
      : provideFromConfig(request, value, shareScope),
  );
  return { shareScope, provides, debug: raw.debug };
}

// ---------------------------------------------------------------------------------------------
// ConsumeSharedPlugin

function consumeFromString(request: string, value: string, shareScope: string): NormalizedConsume {
  const isVersion = value !== request && looksLikeRequiredVersion(value);
  return {
    request,
    // webpack ignores a non-version string here and falls back to the key; we take it as the
    // fallback request, as SharePlugin does and the schema describes.
    import: isVersion ? request : value,
    shareKey: request,
    shareScope,
    requiredVersion: isVersion ? value : undefined,
    // webpack's shorthand rule, kept for identical runtime behaviour: a shorthand is strict only
    // when it states the range itself; an inferred range only warns.
    strictVersion: isVersion,
    singleton: false,
    eager: false,
    packageName: undefined,
  };
}

function consumeFromConfig(request: string, config: ConsumesConfig, shareScope: string): NormalizedConsume {
  const importOption = importOptionOf(config);
  return {
    request,
    import: importOption === false ? undefined : importOption || request,
    shareKey: config.shareKey || request,
    shareScope: config.shareScope || shareScope,
    requiredVersion: config.requiredVersion,
    // Without a fallback there is nothing better to use than a mismatching version, and a
    // singleton must not be duplicated by loading the fallback, so neither is strict by default.
    strictVersion:
      typeof config.strictVersion === 'boolean'
        ? config.strictVersion
        : importOption !== false && !config.singleton,
    singleton: Boolean(config.singleton),
    eager: Boolean(config.eager),
    packageName: config.packageName,
    ...filtersOf(config),
  };
}

export function normalizeConsumeSharedPluginOptions(
  raw: ConsumeSharedPluginOptions,
): NormalizedConsumeSharedPluginOptions {
  const shareScope = raw.shareScope || DEFAULT_SHARE_SCOPE;
  const consumes = entriesOf<ConsumesConfig>(raw.consumes).map(([request, value]) =>
    typeof value === 'string'
      ? consumeFromString(request, value, shareScope)
      : consumeFromConfig(request, value, shareScope),
  );
  return { shareScope, consumes, asyncStartup: raw.asyncStartup === true, debug: raw.debug };
}

// ---------------------------------------------------------------------------------------------
// SharePlugin

/** Drops keys whose value is undefined, so the generated raw options read like hand-written ones. */
function definedOnly<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

function sharedConfigOf(key: string, value: string | SharedConfig): SharedConfig {
  if (typeof value !== 'string') return value;
  // A string value is a range when it looks like one, else the module to provide and fall back to.
  return value !== key && looksLikeRequiredVersion(value) ? { requiredVersion: value } : { import: value };
}

/**
 * Splits SharePlugin options into the raw options of a ConsumeSharedPlugin (every entry) and a
 * ProvideSharedPlugin (entries whose import is not `false`, keyed by that import), as webpack's
 * SharePlugin does, so SharePlugin can simply construct both plugins.
 */
export function splitSharePluginOptions(raw: SharePluginOptions): {
  provide: ProvideSharedPluginOptions;
  consume: ConsumeSharedPluginOptions;
} {
  const consumes: ConsumesObject[] = [];
  const provides: ProvidesObject[] = [];
  for (const [key, value] of entriesOf<SharedConfig>(raw.shared)) {
    const config = sharedConfigOf(key, value);
    const importOption = importOptionOf(config);
    const shareKey = config.shareKey || key;
    const { shareScope, requiredVersion, strictVersion, singleton, eager, include, exclude } = config;
    consumes.push({
      [key]: definedOnly<ConsumesConfig>({
        import: importOption,
        shareKey,
        shareScope,
        requiredVersion,
        strictVersion,
        singleton,
        eager,
        packageName: config.packageName,
        include,
        exclude,
      }),
    });
    if (importOption !== false) {
      provides.push({
        [importOption || key]: definedOnly<ProvidesConfig>({
          shareKey,
          shareScope,
          version: config.version,
          eager,
          singleton,
          requiredVersion,
          strictVersion,
          include,
          exclude,
        }),
      });
    }
  }
  const common = definedOnly({ shareScope: raw.shareScope, debug: raw.debug });
  return {
    provide: { ...common, provides },
    consume: { ...common, ...definedOnly({ asyncStartup: raw.asyncStartup }), consumes },
  };
}
