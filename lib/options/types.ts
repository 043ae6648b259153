// User-facing option types of the three plugins and the one internal shape they are normalised
// into. The raw types mirror the JSON schemas next to this file (a superset of webpack's
// `sharing.*` schemas); keep both in step.

/**
 * Narrows which matched modules are shared. Under `include` only matching modules are shared,
 * under `exclude` matching ones are not; a module filtered out is bundled normally, unshared.
 */
export interface SharedModuleFilter {
  /**
   * Tested against the part of the request after a prefix key ending in `/`
   * (`'get'` for `lodash/get` under `'lodash/'`). Ignored for other keys.
   */
  request?: RegExp | string;
  /** Semver range the module's version (from `version` or its package.json) must satisfy. */
  version?: string;
}

// ---------------------------------------------------------------------------------------------
// ProvideSharedPlugin

/** Settings of one provided module. */
export interface ProvidesConfig {
  /** Key the module is registered under in the share scope. Default: the request. */
  shareKey?: string;
  /** Share scope of this module. Default: the plugin's `shareScope`. */
  shareScope?: string;
  /**
   * Version registered for the module; `false` registers it without one.
   * Default: the `version` of the module's nearest package.json.
   */
  version?: string | false;
  /** Bundle the module in the initial chunk so it can be used during initial load. Default: false. */
  eager?: boolean;
  /** Recorded with the provided module: only one version should be used across builds. */
  singleton?: boolean;
  /** Recorded with the provided module: the range this build itself needs. */
  requiredVersion?: string | false;
  /** Recorded with the provided module: reject versions outside `requiredVersion`. */
  strictVersion?: boolean;
  include?: SharedModuleFilter;
  exclude?: SharedModuleFilter;
}

/** A request to provide; it is also the share key. Relative requests are resolved from the context. */
export type ProvidesItem = string;

/**
 * Requests to provide. A string value is the share key. Keys ending in `/` provide every request
 * below that prefix; relative keys are resolved from the compiler context; absolute paths match
 * resolved files.
 */
export type ProvidesObject = { [request: string]: ProvidesConfig | ProvidesItem };

/** Modules to provide: an object of requests, or an array of requests and such objects. */
export type Provides = (ProvidesItem | ProvidesObject)[] | ProvidesObject;

export interface ProvideSharedPluginOptions {
  /** Modules to provide. */
  provides: Provides;
  /** Share scope for every module that does not name its own. Default: `"default"`. */
  shareScope?: string;
  /** Include the runtime debug API. Default: decided by the build mode. */
  debug?: boolean;
}

// ---------------------------------------------------------------------------------------------
// ConsumeSharedPlugin

/** Settings of one consumed module. Give at most one of `import` and `fallback`. */
export interface ConsumesConfig {
  /**
   * Local module used when the share scope has no suitable version; `false` for none (the
   * module must then come from the share scope). Default: the request itself.
   */
  import?: string | false;
  /** Another name for `import`. */
  fallback?: string | false;
  /** Key looked up in the share scope. Default: the request. */
  shareKey?: string;
  /** Share scope of this module. Default: the plugin's `shareScope`. */
  shareScope?: string;
  /**
   * Range a shared version must satisfy; `false` accepts any version.
   * Default: the range for the package in the issuer's package.json.
   */
  requiredVersion?: string | false;
  /**
   * With no version satisfying `requiredVersion`, use the fallback (or fail) instead of warning
   * and taking the highest version. Default: true when there is a fallback and `singleton` is off.
   */
  strictVersion?: boolean;
  /** Use one version of the module for all builds sharing the scope. Default: false. */
  singleton?: boolean;
  /** Bundle the fallback in the initial chunk so it can be used during initial load. Default: false. */
  eager?: boolean;
  /** Package whose range in the issuer's package.json is the default `requiredVersion`. */
  packageName?: string;
  include?: SharedModuleFilter;
  exclude?: SharedModuleFilter;
}

/** A request to consume from the share scope; it is also its own fallback and share key. */
export type ConsumesItem = string;

/**
 * Requests to consume. A string value that looks like a version range (`"^18.0.0"`, `"1.2.3"`,
 * `"*"`) is the `requiredVersion`; any other string is the fallback request. Keys ending in `/`
 * consume every request below that prefix; relative keys are resolved from the compiler context;
 * absolute paths match resolved files.
 */
export type ConsumesObject = { [request: string]: ConsumesConfig | ConsumesItem };

/** Modules to consume: an object of requests, or an array of requests and such objects. */
export type Consumes = (ConsumesItem | ConsumesObject)[] | ConsumesObject;

export interface ConsumeSharedPluginOptions {
  /** Modules to consume. */
  consumes: Consumes;
  /** Share scope for every module that does not name its own. Default: `"default"`. */
  shareScope?: string;
  /**
   * Start entries asynchronously, so consumed modules in initial chunks can come from the share
   * scope instead of having to be eager. Default: false.
   */
  asyncStartup?: boolean;
  /** Include the runtime debug API. Default: decided by the build mode. */
  debug?: boolean;
}

// ---------------------------------------------------------------------------------------------
// SharePlugin

/** Settings of one shared (provided and consumed) module. Give at most one of `import` and `fallback`. */
export interface SharedConfig extends ConsumesConfig {
  /**
   * Module provided to the share scope and used as fallback; `false` provides nothing and only
   * consumes. Default: the request itself.
   */
  import?: string | false;
  /** Another name for `import`. */
  fallback?: string | false;
  /**
   * Version registered for the provided module; `false` registers it without one.
   * Default: the `version` of the module's nearest package.json.
   */
  version?: string | false;
}

/** A request to share: provided to the share scope and consumed from it. */
export type SharedItem = string;

/**
 * Requests to share. A string value that looks like a version range is the `requiredVersion`; any
 * other string is the module to provide and fall back to.
 */
export type SharedObject = { [request: string]: SharedConfig | SharedItem };

/** Modules to share: an object of requests, or an array of requests and such objects. */
export type Shared = (SharedItem | SharedObject)[] | SharedObject;

export interface SharePluginOptions {
  /** Modules to share. */
  shared: Shared;
  /** Share scope for every module that does not name its own. Default: `"default"`. */
  shareScope?: string;
  /** See {@link ConsumeSharedPluginOptions.asyncStartup}. Default: false. */
  asyncStartup?: boolean;
  /** Include the runtime debug API. Default: decided by the build mode. */
  debug?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Normalised (internal) shapes

/** One provided module, all shorthands and defaults resolved. */
export interface NormalizedProvide {
  /** What is matched and provided: the config key (SharePlugin puts its `import` here). */
  request: string;
  shareKey: string;
  shareScope: string;
  /** `undefined`: take the version from the module's package.json at build time. */
  version: string | false | undefined;
  eager: boolean;
  singleton: boolean | undefined;
  requiredVersion: string | false | undefined;
  strictVersion: boolean | undefined;
  include?: SharedModuleFilter;
  exclude?: SharedModuleFilter;
}

/** One consumed module, all shorthands, aliases and defaults resolved. */
export interface NormalizedConsume {
  /** What is matched: the config key. */
  request: string;
  /** Fallback request; `undefined` when the config says `import: false`. */
  import: string | undefined;
  shareKey: string;
  shareScope: string;
  /** `undefined`: take the range from the issuer's package.json at build time. */
  requiredVersion: string | false | undefined;
  strictVersion: boolean;
  singleton: boolean;
  eager: boolean;
  packageName: string | undefined;
  include?: SharedModuleFilter;
  exclude?: SharedModuleFilter;
}

export interface NormalizedProvideSharedPluginOptions {
  shareScope: string;
  /** In configuration order; a request listed twice appears twice. */
  provides: NormalizedProvide[];
  debug: boolean | undefined;
}

export interface NormalizedConsumeSharedPluginOptions {
  shareScope: string;
  /** In configuration order; a request listed twice appears twice. */
  consumes: NormalizedConsume[];
  asyncStartup: boolean;
  debug: boolean | undefined;
}
