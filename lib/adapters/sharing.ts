/**
 * Sharing for one compiler: the plugins hand in their normalised configs, and this wires them into
 * the bundler once, the same way on webpack and Rspack:
 * 1. a native request filter (`NormalModuleReplacementPlugin`, whose RegExp Rspack evaluates in
 *    Rust) so only requests that may be shared cross into JS;
 * 2. matched requests are rewritten to generated modules (a resource query + our loader);
 * 3. provided modules are added as includes once the module graph is complete (provides.ts);
 * 4. one runtime module per runtime chunk carries the sharing runtime and this build's data
 *    (runtimeWiring.ts).
 */
import path from 'node:path';
import { createSyncDescriptionFileReader, type SyncDescriptionFileReader, type SyncReadFileSystem } from '../core/descriptionFiles';
import { buildMatchTable, createPathKeyFilter, createRequestFilter } from '../core/matching';
import { configVersionProblems } from '../core/versions';
import type { NormalizedConsume, NormalizedConsumeSharedPluginOptions, NormalizedProvide, NormalizedProvideSharedPluginOptions } from '../options/types';
import { isRspack, type Compilation, type Compiler } from './bundlerTypes';
import { includeProvides } from './provides';
import { hookSharedRequests } from './requestHooks';
import { ENTRY_PLACEHOLDER_QUERY, QUERY_MARKER, RequestInterceptor, type InterceptorState } from './requestInterceptor';
import { addSharingRuntime } from './runtimeWiring';

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

  private wired = false;

  constructor(private readonly compiler: Compiler) {
    // Configs arrive while plugins are applied, and the bundlers' own ModuleFederationPlugin (and
    // wrappers of it) apply their SharePlugin from an `afterPlugins` tap: a tap added while that
    // hook runs is not called by it. So the bundler is wired at the first of the later set-up hooks,
    // once every plugin, applied directly or from `afterPlugins`, has handed in its config. All of
    // them run before the first compilation (both bundlers read rules and built-in plugins then).
    const wireOnce = () => this.wireOnce();
    compiler.hooks.afterResolvers.tap(PLUGIN_NAME, wireOnce);
    compiler.hooks.initialize.tap(PLUGIN_NAME, wireOnce);
    compiler.hooks.beforeRun.tap(PLUGIN_NAME, wireOnce);
    compiler.hooks.watchRun.tap(PLUGIN_NAME, wireOnce);
  }

  private wireOnce(): void {
    if (this.wired) return;
    this.wired = true;
    this.wire();
  }

  /** A plugin applied after the compiler was set up would be dropped silently: say so instead. */
  private assertNotWired(): void {
    if (this.wired) {
      throw new Error(
        'federated-share: a ProvideSharedPlugin/ConsumeSharedPlugin/SharePlugin was applied after the compiler was set up ' +
          '(after its `afterResolvers`/`initialize` hooks). Apply it from the config\'s `plugins` or from an `afterPlugins` tap, as ModuleFederationPlugin does.',
      );
    }
  }

  addConsumes(options: NormalizedConsumeSharedPluginOptions): void {
    this.assertNotWired();
    this.consumes.push(...options.consumes);
    this.asyncStartup ||= options.asyncStartup;
    if (options.debug !== undefined) this.debug = options.debug;
  }

  addProvides(options: NormalizedProvideSharedPluginOptions): void {
    this.assertNotWired();
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
        provided: [],
        warn,
        error: report(compilation.errors),
      };
      // SharePlugin hands each key in twice (provide and consume): say each problem once.
      for (const message of new Set(configDiagnostics.map((diagnostic) => diagnostic.message))) warn(`federated-share: ${message}`);
      addSharingRuntime(compiler, compilation, { debug: this.debug, asyncStartup: this.asyncStartup });
    });

    const filter = unionFilter(createRequestFilter(consumeTable), createRequestFilter(provideTable), pathFilter);
    if (filter) hookSharedRequests(compiler, filter, (data) => (state ? interceptor.intercept(data, state) : undefined));

    compiler.hooks.finishMake.tapPromise(PLUGIN_NAME, async (compilation: Compilation) => {
      if (!state || state.compilation !== compilation) return;
      await includeProvides(compiler, compilation, state, provideTable, pathProvides);
    });
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
