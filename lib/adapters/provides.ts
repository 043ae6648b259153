/**
 * The provide step, at `finishMake`: which modules are provided (the requests seen plus one pass
 * over the finished module graph, see moduleScan.ts; path keys always), under which version, and
 * a provide module added for each as an include.
 */
import path from 'node:path';
import { findNearestDescriptionFile } from '../core/descriptionFiles';
import type { MatchTable } from '../core/matching';
import { descriptorToQuery, type ProvideDescriptor } from '../core/modules';
import { getProvidedVersion, passesVersionFilters } from '../core/versions';
import type { NormalizedProvide } from '../options/types';
import { rememberSharingModules } from '../runtime-modules/graphFacts';
import type { Compilation, Compiler } from './bundlerTypes';
import { scanModuleGraph, type ProvidedModule } from './moduleScan';
import { reportUnresolvablePathKey, type InterceptorState } from './requestInterceptor';
import { esmResolver, resolveAsync } from './resolvers';

/**
 * Adds a provide module for every provided module in the finished graph, and for every path key
 * (which, as in webpack, is provided whether or not the build imports it).
 */
export async function includeProvides(
  compiler: Compiler,
  compilation: Compilation,
  state: InterceptorState,
  provideTable: MatchTable<NormalizedProvide>,
  pathProvides: NormalizedProvide[],
): Promise<void> {
  const { provided, sharingModules } = scanModuleGraph(compilation, provideTable);
  rememberSharingModules(compilation, sharingModules);
  provided.push(...state.provided);
  const resolver = esmResolver(compilation);
  for (const config of pathProvides) {
    const resolved = await resolveAsync(resolver, compiler.context, config.request);
    if ('path' in resolved) provided.push({ resource: resolved.path, shareKey: config.shareKey, config });
    else reportUnresolvablePathKey(state, config.request, compiler.context, resolved.error);
  }

  // The scan and the recorded requests often find the same module: decide (and warn) once.
  const unique = new Map(provided.map((module) => [`${module.config.shareScope}\0${module.shareKey}\0${module.resource}`, module]));
  const descriptors = [...unique.values()]
    .map((module) => provideDescriptor(module, state))
    .filter((descriptor): descriptor is ProvideDescriptor => descriptor !== undefined);
  await Promise.all(
    descriptors.map(
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

function provideDescriptor(module: ProvidedModule, state: InterceptorState): ProvideDescriptor | undefined {
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
