/**
 * Sharing for one compiler: the plugins hand in their normalised configs, and this wires them into
 * the bundler once, the same way on webpack and Rspack:
 * 1. a native request filter (`NormalModuleReplacementPlugin`, whose RegExp Rspack evaluates in
 *    Rust) so only requests that may be shared cross into JS;
 * 2. matched requests are rewritten to generated modules (a resource query + our loader);
 * 3. provided modules are added as includes once the module graph is complete;
 * 4. one runtime module per runtime chunk carries the sharing runtime and this build's data.
 */
import path from 'node:path';
import { createSyncDescriptionFileReader, findNearestDescriptionFile, type SyncDescriptionFileReader, type SyncReadFileSystem } from '../core/descriptionFiles';
import { buildMatchTable, createPathKeyFilter, createRequestFilter, type MatchTable } from '../core/matching';
import { descriptorToQuery, type ProvideDescriptor } from '../core/modules';
import { configVersionProblems, getProvidedVersion, passesVersionFilters } from '../core/versions';
import type { NormalizedConsume, NormalizedConsumeSharedPluginOptions, NormalizedProvide, NormalizedProvideSharedPluginOptions } from '../options/types';
import { sharingRuntimeModuleFor } from '../runtime-modules/SharingRuntimeModule';
import { isRspack, type Compilation, type Compiler } from './bundlerTypes';
import { hookSharedRequests } from './requestHooks';
import { scanModuleGraph, type ProvidedModule } from './moduleScan';
import { rememberSharingModules } from '../runtime-modules/graphFacts';
import { ENTRY_PLACEHOLDER_QUERY, QUERY_MARKER, RequestInterceptor, reportUnresolvablePathKey, type InterceptorState } from './requestInterceptor';
import { esmResolver, resolveAsync } from './resolvers';

/* eslint-disable @typescript-eslint/no-explicit-any */

const PLUGIN_NAME = 'FederatedSharePlugin';
const LOADER = path.join(__dirname, 'generatedModuleLoader.js');

const sharings = new WeakMap<Compiler, CompilerSharing>();

/** The one sharing setup of a compiler; created by the first plugin applied to it. */
export function sharingFor(compiler: Compiler): CompilerSharing {
  let sharing = sharings.get(compiler);
  if (!sharing) {
    sharing = new CompilerSharing(compiler);
    sharings.set(compiler, sharing);
  }
  return sharing;
}

export class CompilerSharing {
  private readonly consumes: NormalizedConsume[] = [];
  private readonly provides: NormalizedProvide[] = [];
  private debug: boolean | undefined;
  private asyncStartup = false;

  constructor(private readonly compiler: Compiler) {
    // Configs arrive while plugins are applied; the bundler is wired once all have arrived.
    compiler.hooks.afterPlugins.tap(PLUGIN_NAME, () => this.wire());
  }

  addConsumes(options: NormalizedConsumeSharedPluginOptions): void {
    this.consumes.push(...options.consumes);
    this.asyncStartup ||= options.asyncStartup;
    if (options.debug !== undefined) this.debug = options.debug;
  }

  addProvides(options: NormalizedProvideSharedPluginOptions): void {
    this.provides.push(...options.provides);
    if (options.debug !== undefined) this.debug = options.debug;
  }

  private wire(): void {
    const { compiler } = this;
    const webpack = compiler.webpack;
    if (isRspack(compiler) && compiler.options.experiments?.runtimeMode === 'rspack') {
      throw new Error(
        'federated-share: `experiments.runtimeMode: "rspack"` does not accept custom runtime modules, which sharing needs. ' +
          'Remove that option to use ProvideSharedPlugin/ConsumeSharedPlugin/SharePlugin.',
      );
    }
    const { table: consumeTable, pathKeys: pathConsumes, diagnostics: consumeDiagnostics } = buildMatchTable(this.consumes);
    const { table: provideTable, pathKeys: pathProvides, diagnostics: provideDiagnostics } = buildMatchTable(this.provides);
    const configDiagnostics = [
      ...consumeDiagnostics,
      ...provideDiagnostics,
      ...[...this.consumes, ...this.provides].flatMap(configVersionProblems).map((message) => ({ severity: 'warning' as const, message })),
    ];
    const pathFilter = createPathKeyFilter(pathConsumes.map((config) => config.request));
    const interceptor = new RequestInterceptor(consumeTable, provideTable, pathConsumes, pathFilter, compiler.context, LOADER);

    // Provided modules are added as includes, which both bundlers can only do once some entry
    // dependency exists. A build that is only a container (`entry: {}` + ContainerPlugin) gets an
    // empty entry module, so its provides can still be registered.
    const entry = compiler.options.entry;
    if (entry && typeof entry === 'object' && Object.keys(entry).length === 0) {
      new webpack.EntryPlugin(compiler.context, LOADER + ENTRY_PLACEHOLDER_QUERY, { name: undefined }).apply(compiler);
    }

    compiler.options.module.rules.push({
      resourceQuery: new RegExp(`[?&]${QUERY_MARKER}`),
      // `post` puts the loader first in the pitching order, so its pitch replaces every other loader.
      enforce: 'post',
      loader: LOADER,
      type: 'javascript/auto',
    });

    let state: InterceptorState & { compilation: Compilation } | undefined;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation: Compilation) => {
      const report = (list: unknown[]) => (message: string, file?: string) => {
        const problem = new webpack.WebpackError(message);
        if (file) problem.file = file;
        list.push(problem);
      };
      const warn = report(compilation.warnings);
      state = {
        compilation,
        reader: recordingReader(createSyncDescriptionFileReader(syncFileSystem(compiler)), compilation),
        resolvedPathKeys: new Map(),
        unresolvablePathKeys: new Set(),
        decisions: new Map(),
        provideRequests: [],
        warn,
        error: report(compilation.errors),
      };
      // SharePlugin hands each key in twice (provide and consume): say each problem once.
      for (const message of new Set(configDiagnostics.map((diagnostic) => diagnostic.message))) warn(`federated-share: ${message}`);
      this.addRuntime(compilation);
    });

    const filter = unionFilter(createRequestFilter(consumeTable), createRequestFilter(provideTable), pathFilter);
    if (filter) hookSharedRequests(compiler, filter, (data) => (state ? interceptor.intercept(data, state) : undefined));

    compiler.hooks.finishMake.tapPromise(PLUGIN_NAME, async (compilation: Compilation) => {
      if (!state || state.compilation !== compilation) return;
      await this.includeProvides(compilation, state, provideTable, pathProvides);
    });
  }

  /**
   * Adds a provide module for every provided module in the finished graph, and for every path key
   * (which, as in webpack, is provided whether or not the build imports it).
   */
  private async includeProvides(compilation: Compilation, state: InterceptorState, provideTable: MatchTable<NormalizedProvide>, pathProvides: NormalizedProvide[]): Promise<void> {
    const { compiler } = this;
    const { provided, sharingModules } = scanModuleGraph(compilation, provideTable);
    rememberSharingModules(compilation, sharingModules);
    const resolver = esmResolver(compilation);
    const requested = new Map(state.provideRequests.map((p) => [`${p.context}\0${p.request}\0${p.shareKey}\0${p.config.shareScope}`, p]));
    await Promise.all(
      [...requested.values()].map(async (pending) => {
        const resolved = await resolveAsync(resolver, pending.context, pending.request);
        // A request that cannot be resolved is reported by the import that makes it.
        if ('path' in resolved) provided.push({ resource: resolved.path, shareKey: pending.shareKey, config: pending.config });
      }),
    );
    for (const config of pathProvides) {
      const resolved = await resolveAsync(resolver, compiler.context, config.request);
      if ('path' in resolved) provided.push({ resource: resolved.path, shareKey: config.shareKey, config });
      else reportUnresolvablePathKey(state, config.request, compiler.context, resolved.error);
    }

    // The scan and the recorded requests often find the same module: decide (and warn) once.
    const unique = new Map(provided.map((module) => [`${module.config.shareScope}\0${module.shareKey}\0${module.resource}`, module]));
    const descriptors = new Map<string, ProvideDescriptor>();
    for (const module of unique.values()) {
      const descriptor = this.provideDescriptor(module, state);
      if (descriptor) descriptors.set(`${descriptor.shareScope}\0${descriptor.shareKey}\0${descriptor.request}`, descriptor);
    }
    await Promise.all(
      [...descriptors.values()].map(
        (descriptor) =>
          new Promise<void>((resolve, reject) => {
            // The provide module sits on the provided file, so its name in stats says what it provides.
            const request = descriptor.request + descriptorToQuery({ kind: 'provide', descriptor });
            const dependency = compiler.webpack.EntryPlugin.createDependency(request, { name: undefined });
            compilation.addInclude(compiler.context, dependency, { name: undefined }, (error: Error | null, module?: unknown) => {
              if (error) return reject(error);
              if (module) rememberSharingModules(compilation, [{ module, kind: 'provide', descriptor }]);
              resolve();
            });
          }),
      ),
    );
  }

  private provideDescriptor(module: ProvidedModule, state: InterceptorState): ProvideDescriptor | undefined {
    const { config } = module;
    let version = config.version;
    if (version === undefined) {
      // The nearest package.json of the provided file, read in this compilation (see moduleScan.ts).
      const description = findNearestDescriptionFile(state.reader, path.dirname(module.resource));
      const found =
        description?.kind === 'unreadable'
          ? { warning: `No version specified and unable to automatically determine one. ${description.path} cannot be read (${description.reason}).` }
          : getProvidedVersion(description?.kind === 'found' ? description.data : undefined, description?.path);
      if ('warning' in found) {
        state.warn(found.warning, `shared module ${module.shareKey} -> ${module.resource}`);
        version = false;
      } else {
        version = found.version;
      }
    }
    // webpack's `include`/`exclude.version` filters: provide only versions the config allows.
    if (!passesVersionFilters(version, config)) return undefined;
    return { shareScope: config.shareScope, shareKey: module.shareKey, version, request: module.resource, eager: config.eager };
  }

  private addRuntime(compilation: Compilation): void {
    const { compiler } = this;
    const RuntimeGlobals = compiler.webpack.RuntimeGlobals;
    const debug = this.debug ?? compiler.options.mode === 'development';
    const asyncStartup = this.asyncStartup;
    const uniqueName: string = compiler.options.output?.uniqueName ?? '';
    const RuntimeModule = sharingRuntimeModuleFor(compiler.webpack);
    const added = new WeakSet<object>();

    compilation.hooks.additionalTreeRuntimeRequirements.tap(PLUGIN_NAME, (chunk: any, set: Set<string>) => {
      for (const requirement of [
        RuntimeGlobals.ensureChunkHandlers,
        RuntimeGlobals.ensureChunk,
        RuntimeGlobals.hasOwnProperty,
        RuntimeGlobals.moduleFactories,
        RuntimeGlobals.require,
      ]) {
        set.add(requirement);
      }
      if (debug) set.add(RuntimeGlobals.global);
      // Makes the bundler start the entry through `__webpack_require__.x`, which we can delay.
      if (asyncStartup) set.add(RuntimeGlobals.startup);
      if (added.has(chunk)) return;
      added.add(chunk);
      compilation.addRuntimeModule(chunk, new RuntimeModule({ uniqueName, debug, asyncStartup }));
    });

    // Our runtime defines `__webpack_require__.S` and `.I`; webpack would otherwise add its own
    // share runtime for them (user code reading `__webpack_share_scopes__`, container references).
    const inTree = compilation.hooks.runtimeRequirementInTree;
    if (inTree && typeof inTree.for === 'function' && !isRspack(compiler)) {
      for (const global of [RuntimeGlobals.shareScopeMap, RuntimeGlobals.initializeSharing]) {
        inTree.for(global).tap({ name: PLUGIN_NAME, stage: -10 }, () => true);
      }
    }
  }
}

function unionFilter(...filters: Array<RegExp | undefined>): RegExp | undefined {
  const sources = filters.filter((filter): filter is RegExp => filter !== undefined).map((filter) => filter.source);
  return sources.length === 0 ? undefined : new RegExp(sources.map((source) => `(?:${source})`).join('|'));
}

/**
 * Every package.json read for a decision becomes a dependency of the compilation, so watch mode
 * rebuilds (and re-reads it, its cache purged) when it changes — or appears.
 */
function recordingReader(reader: SyncDescriptionFileReader, compilation: Compilation): SyncDescriptionFileReader {
  const recorded = new Set<string>();
  return {
    read(filePath) {
      const result = reader.read(filePath);
      if (!recorded.has(filePath)) {
        recorded.add(filePath);
        (result.kind === 'missing' ? compilation.missingDependencies : compilation.fileDependencies).add(filePath);
      }
      return result;
    },
  };
}

function syncFileSystem(compiler: Compiler): SyncReadFileSystem {
  const fs = compiler.inputFileSystem;
  if (fs && typeof fs.readFileSync === 'function') return { readFileSync: (file) => fs.readFileSync(file) };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:fs') as SyncReadFileSystem;
}
