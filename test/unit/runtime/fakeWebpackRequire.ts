/*
 * A small stand-in for a bundle's `__webpack_require__`, enough to run runtime/ in plain
 * Node: module factories (m), module cache (c), hasOwnProperty (o), global (g), chunk
 * handlers (f) and `e(chunkId)` that runs every handler like webpack's ensureChunk does.
 * A fake JSONP handler `f.j` "loads" a chunk by installing its module factories into `m`,
 * overwriting what is there, as real JSONP chunk loading does.
 */
import * as path from 'path';
import { encodeRange, EncodedRange } from '../../../lib/core/ranges';
import type { RuntimeData as PluginRuntimeData } from '../../../lib/core/runtimeData';
import { runtimeParts, type RuntimeParts } from '../../../lib/runtime-modules/renderRuntime';

export type Id = string | number;
export type ModuleFactory = (module: { id: Id; exports: unknown }, exports: unknown, require: FakeRequire) => void;
export type Factory = () => unknown;
export type Getter = () => Factory | Promise<Factory>;

export interface ShareEntry {
  get: Getter;
  from: string;
  eager: boolean;
  loaded?: number | boolean;
}
export type ShareScope = Record<string, Record<string, ShareEntry>>;

export interface Container {
  init(shareScope: ShareScope, initScope?: unknown[]): unknown;
  get(module: string): unknown;
}

export interface FakeRequire {
  (id: Id): any;
  m: Record<string, ModuleFactory>;
  c: Record<string, { id: Id; exports: unknown }>;
  o(obj: object, key: PropertyKey): boolean;
  e(chunkId: Id): Promise<unknown>;
  f: Record<string, (chunkId: Id, promises: Promise<unknown>[]) => void>;
  g: Record<string, any>;
  S?: Record<string, ShareScope>;
  I?: (name: string, initScope?: unknown[]) => Promise<unknown> | 1 | undefined;
  FSc?: (id: Id) => unknown;
  FSs?: () => Promise<unknown>;
  /** Startup: runs the entry modules; set by the test, wrapped by runtime/asyncStartup.js. */
  x?: () => unknown;
  /** Test bookkeeping: chunk ids in the order the fake JSONP handler loaded them. */
  loadedChunks: Id[];
  /** Test bookkeeping: module ids in the order their factories ran. */
  executed: Id[];
}

export interface FakeOptions {
  /** Modules available from the start (the initial chunk). */
  modules?: Record<string, ModuleFactory>;
  /** Modules per async chunk, installed into `m` when the chunk loads. */
  chunks?: Record<string, Record<string, ModuleFactory>>;
  /** Chunk ids whose loading fails. */
  failingChunks?: Id[];
  /** The global object (`__webpack_require__.g`); several apps on one page share one. */
  global?: Record<string, any>;
  /** Leave `f` undefined, like a build without chunk loading. */
  noChunkLoading?: boolean;
}

/** A module factory exporting `value`. */
export function exporting(value: unknown): ModuleFactory {
  return (module) => {
    module.exports = value;
  };
}

/** The generated consume module's code: its exports come from the runtime's accessor. */
export function consumeModule(): ModuleFactory {
  return (module, _exports, require) => {
    module.exports = require.FSc!(module.id);
  };
}

export function createFakeRequire(options: FakeOptions = {}): FakeRequire {
  const require = ((id: Id) => {
    const cached = require.c[id];
    if (cached) return cached.exports;
    const factory = require.m[id];
    if (!factory) throw new Error(`fake __webpack_require__: no module ${id}`);
    const module = (require.c[id] = { id, exports: {} });
    try {
      require.executed.push(id);
      factory(module, module.exports, require);
    } catch (error) {
      // Like webpack: a module that threw is not cached, a later require retries it.
      delete require.c[id];
      throw error;
    }
    return module.exports;
  }) as FakeRequire;
  require.m = { ...options.modules };
  require.c = {};
  require.o = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
  require.g = options.global ?? {};
  require.loadedChunks = [];
  require.executed = [];
  if (!options.noChunkLoading) {
    require.f = {};
    // Registered before the runtime adds `consumes`, like a real bundle's `f.j`. The chunk
    // is only "installed" once the other handlers' promises settle, as with a script tag
    // whose modules run after the chunk's dependencies are ready.
    require.f.j = (chunkId, promises) => {
      promises.push(
        Promise.resolve().then(() => {
          if (options.failingChunks?.includes(chunkId)) throw new Error(`Loading chunk ${chunkId} failed.`);
          if (require.loadedChunks.includes(chunkId)) return;
          require.loadedChunks.push(chunkId);
          Object.assign(require.m, options.chunks?.[chunkId]);
        })
      );
    };
    require.e = (chunkId) => {
      const promises: Promise<unknown>[] = [];
      for (const key of Object.keys(require.f)) require.f[key](chunkId, promises);
      return Promise.all(promises);
    };
  } else {
    require.f = undefined as never;
    require.e = () => Promise.reject(new Error('fake __webpack_require__: no chunk loading'));
  }
  return require;
}

// -------------------------------------------------------------------------------------------
// The runtime, assembled the way the plugin's runtime module does (see runtime/README.md).

const RUNTIME = path.join(__dirname, '../../../runtime');
export const createSemver = require(path.join(RUNTIME, 'semver.js'));
export const createShareScope = require(path.join(RUNTIME, 'shareScope.js'));
export const createInitializeSharing = require(path.join(RUNTIME, 'initializeSharing.js'));
export const createRemotes = require(path.join(RUNTIME, 'remotes.js'));
export const createConsumes = require(path.join(RUNTIME, 'consumes.js'));
export const createAsyncStartup = require(path.join(RUNTIME, 'asyncStartup.js'));
export const createDebug = require(path.join(RUNTIME, 'debug.js'));

export type ProvideTuple = [key: string, version: string, moduleId: Id, chunkIds: Id[], eager?: 1];
export type ConsumeTuple =
  | [scope: string, key: string, flags: number]
  | [scope: string, key: string, flags: number, range: EncodedRange | 0, rangeText: string]
  | [
      scope: string,
      key: string,
      flags: number,
      range: EncodedRange | 0,
      rangeText: string,
      fallbackId: Id,
      fallbackChunkIds: Id[],
    ];

/** The data object the runtime reads (runtime/README.md): a tuple, built by `data()` below. */
export type RuntimeData = [
  uniqueName: string,
  init: Record<string, (ProvideTuple | Id)[]>,
  consumes: Record<string, ConsumeTuple>,
  chunks: Record<string, Id[]>,
  initial: Id[],
];

export interface RuntimeDataFields {
  uniqueName: string;
  init: RuntimeData[1];
  consumes: RuntimeData[2];
  chunks: RuntimeData[3];
  initial: RuntimeData[4];
}

export interface ChooseResult {
  0: string | undefined;
  1: string | false | undefined;
  2: unknown;
  3: ShareEntry | undefined;
}

export interface ConsumesApi {
  choose(consume: ConsumeTuple, eager: number): ChooseResult;
  /** Resolves consume `id` asynchronously (once); what the chunk handler and async startup use. */
  load(id: Id): unknown;
  onResolve?: (id: Id, consume: ConsumeTuple, result: ChooseResult) => void;
}

export const SINGLETON = 1;
export const STRICT = 2;
export const EAGER = 4;

export function range(text: string): EncodedRange {
  const result = encodeRange(text);
  if ('error' in result) throw new Error(result.error);
  return result.encoded;
}

/** A consume tuple; `fallback` is `[moduleId, chunkIds]`, omitted for `import: false`. */
export function consume(
  key: string,
  options: { scope?: string; flags?: number; range?: string; fallback?: [Id, Id[]] } = {}
): ConsumeTuple {
  const c: ConsumeTuple = [
    options.scope ?? 'default',
    key,
    options.flags ?? 0,
    options.range ? range(options.range) : 0,
    options.range ?? '',
  ];
  return options.fallback ? ([...c, ...options.fallback] as ConsumeTuple) : c;
}

/** The runtime's data tuple from named fields; unnamed ones are empty. */
export function data(fields: Partial<RuntimeDataFields> & { uniqueName: string }): RuntimeData {
  return [fields.uniqueName, fields.init ?? {}, fields.consumes ?? {}, fields.chunks ?? {}, fields.initial ?? []];
}

export interface Runtime {
  require: FakeRequire;
  /** runtime/consumes.js's object; absent when the build needs no consume code (see `parts`). */
  consumes?: ConsumesApi;
  debug?: any;
  /** The optional parts embedded, as the plugin decides them for this data and these options. */
  parts: RuntimeParts;
}

export interface InstallOptions {
  debug?: boolean;
  asyncStartup?: boolean;
}

/**
 * Runs the runtime factories on `require` in the plugin's order, with the optional parts the
 * plugin would embed for this data and these options (lib/runtime-modules/renderRuntime.ts's
 * `runtimeParts`, so the decision tested here is the plugin's own). With `asyncStartup`, set
 * `require.x` first: it is wrapped at install time, as in a bundle.
 */
export function installRuntime(require: FakeRequire, runtimeData: RuntimeData, options: InstallOptions = {}): Runtime {
  const parts = runtimeParts(runtimeData as unknown as PluginRuntimeData, { debug: !!options.debug, asyncStartup: options.asyncStartup });
  const share = createShareScope(require, runtimeData);
  createInitializeSharing(require, runtimeData, share);
  if (parts.remotes) createRemotes(require, runtimeData, share);
  const consumes: ConsumesApi | undefined = parts.consumes
    ? createConsumes(require, runtimeData, createSemver(), share)
    : undefined;
  if (parts.asyncStartup) createAsyncStartup(require, runtimeData, consumes);
  const debug = parts.debug ? createDebug(require, runtimeData, consumes, require.g) : undefined;
  return { require, consumes, debug, parts };
}

/**
 * A container entry as webpack's ContainerPlugin generates it (behaviour, not code):
 * `init` adopts the handed-in share scope, refuses a different one, and initialises sharing.
 */
export function createContainer(require: FakeRequire, shareScopeName = 'default'): Container {
  return {
    init(shareScope, initScope) {
      if (!require.S) return;
      const old = require.S[shareScopeName];
      if (old && old !== shareScope) {
        throw new Error('Container initialization failed as it has already been initialized with a different share scope');
      }
      require.S[shareScopeName] = shareScope;
      return require.I!(shareScopeName, initScope);
    },
    get() {
      throw new Error('not used in these tests');
    },
  };
}

/** Captures console.warn for the duration of a test. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const spy = jest.spyOn(console, 'warn').mockImplementation((message: unknown) => {
    messages.push(String(message));
  });
  return { messages, restore: () => spy.mockRestore() };
}

/** Settles every pending promise chain the runtime started. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
