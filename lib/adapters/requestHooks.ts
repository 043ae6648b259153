/**
 * Where shared requests are intercepted — the one place the two bundlers need different code.
 *
 * Rspack: every JS tap on a per-request hook costs ≈24 µs, so requests are filtered natively by
 * `NormalModuleReplacementPlugin` (its RegExp runs in Rust) and only matches cross into JS. Its
 * callback is synchronous, and so is Rspack's native resolver.
 * webpack: JS taps cost nothing measurable, and its resolver is asynchronous (its file system
 * refuses a synchronous resolve), so an async `beforeResolve` tap filters with the same RegExp.
 * Either way the same interception runs: it yields the resolutions it needs, the driver answers.
 */
import { isRspack, type Compilation, type Compiler, type ResolveData } from './bundlerTypes';
import type { Interception } from './requestInterceptor';
import { esmResolver, resolveAsync, resolveSync } from './resolvers';

/* eslint-disable @typescript-eslint/no-explicit-any */

const PLUGIN_NAME = 'FederatedSharePlugin';

export function hookSharedRequests(compiler: Compiler, filter: RegExp, intercept: (data: ResolveData) => Interception | undefined): void {
  // One resolver per compilation, created on first use.
  let current: { compilation?: Compilation; resolver?: any } = {};
  compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation: Compilation) => {
    current = { compilation };
  });
  const resolver = () => (current.resolver ??= esmResolver(current.compilation!));

  if (isRspack(compiler)) {
    new compiler.webpack.NormalModuleReplacementPlugin(filter, (data: ResolveData) => {
      // The plugin also runs after resolution, on the resolved path: not ours to handle.
      if (data.createData?.resource) return;
      const interception = intercept(data);
      if (!interception) return;
      let step = interception.next();
      while (!step.done) step = interception.next(resolveSync(resolver(), step.value.context, step.value.request));
    }).apply(compiler);
    return;
  }

  const drive = async (interception: Interception) => {
    let step = interception.next();
    while (!step.done) step = interception.next(await resolveAsync(resolver(), step.value.context, step.value.request));
  };
  compiler.hooks.normalModuleFactory.tap(PLUGIN_NAME, (normalModuleFactory: any) => {
    // A callback tap, so the many requests the filter rejects cost no promise.
    normalModuleFactory.hooks.beforeResolve.tapAsync(PLUGIN_NAME, (data: ResolveData, callback: (error?: Error | null) => void) => {
      const interception = filter.test(data.request) ? intercept(data) : undefined;
      if (!interception) return callback();
      // Decided from package.json files, which webpack's unsafe cache would not see change (as
      // webpack's own sharing plugins do, opt these requests out of it).
      (data as any).cacheable = false;
      drive(interception).then(() => callback(), callback);
    });
  });
}
