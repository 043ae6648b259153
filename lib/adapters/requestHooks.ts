/**
 * Where shared requests are intercepted — the one place the two bundlers need different code.
 *
 * Rspack: every JS tap on a per-request hook costs ≈24 µs, so requests are filtered natively by
 * `NormalModuleReplacementPlugin` (its RegExp runs in Rust) and only matches cross into JS. Its
 * callback is synchronous, and so is Rspack's native resolver.
 * webpack: JS taps cost nothing measurable, its resolver is asynchronous (a sync resolve is refused
 * by its file system), so an async `beforeResolve` tap filters with the same RegExp.
 */
import { isRspack, type Compilation, type Compiler, type ResolveData } from './bundlerTypes';
import type { ConsumeDecision, FallbackResolution } from './requestInterceptor';
import { esmResolver, resolveAsync, resolveSync } from './resolvers';

/* eslint-disable @typescript-eslint/no-explicit-any */

const PLUGIN_NAME = 'FederatedSharePlugin';

export interface SharedRequestHandler {
  decide(data: ResolveData): ConsumeDecision | undefined;
  rewrite(data: ResolveData, decision: ConsumeDecision, fallback: FallbackResolution | undefined): void;
}

export function hookSharedRequests(compiler: Compiler, filter: RegExp, handler: SharedRequestHandler): void {
  // One resolver per compilation, created on first use.
  let resolverOf: { compilation?: Compilation; resolver?: any } = {};
  compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation: Compilation) => {
    resolverOf = { compilation };
  });
  const resolver = () => (resolverOf.resolver ??= esmResolver(resolverOf.compilation!));

  if (isRspack(compiler)) {
    new compiler.webpack.NormalModuleReplacementPlugin(filter, (data: ResolveData) => {
      // The plugin also runs after resolution, on the resolved path: not ours to handle.
      if (data.createData?.resource) return;
      const decision = handler.decide(data);
      if (!decision) return;
      const fallback = decision.fallbackRequest === undefined ? undefined : resolveSync(resolver(), data.context, decision.fallbackRequest);
      handler.rewrite(data, decision, fallback);
    }).apply(compiler);
    return;
  }

  compiler.hooks.normalModuleFactory.tap(PLUGIN_NAME, (normalModuleFactory: any) => {
    normalModuleFactory.hooks.beforeResolve.tapPromise(PLUGIN_NAME, async (data: ResolveData) => {
      if (!filter.test(data.request)) return undefined;
      const decision = handler.decide(data);
      if (!decision) return undefined;
      const fallback = decision.fallbackRequest === undefined ? undefined : await resolveAsync(resolver(), data.context, decision.fallbackRequest);
      handler.rewrite(data, decision, fallback && ('path' in fallback ? { path: fallback.path } : fallback));
      return undefined;
    });
  });
}
