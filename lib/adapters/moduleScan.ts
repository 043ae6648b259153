/**
 * One pass over the finished module graph (at `finishMake`) that finds
 * - the modules to provide: a module created for a request that matches a provide key (its
 *   `rawRequest`), and the consumer's own copy behind a generated consume module whose `import`
 *   matches a provide key (SharePlugin);
 * - the modules the runtime data is built from later: generated consume modules and remote modules
 *   of the bundlers' own ContainerReferencePlugin.
 *
 * Why the graph and not the requests our request hook saw: both bundlers skip that hook for modules
 * they restore from a cache (webpack's unsafe cache in watch mode, Rspack's persistent cache), so a
 * rebuild would silently lose its provides. Versions are read afresh by the caller for the same
 * reason: a module restored from a cache carries the package.json data of the build that first
 * resolved it.
 *
 * Cost matters on Rspack, where every property read on a module crosses into Rust: one read
 * (`rawRequest`) per module, more only for the few modules that matter.
 */
import { matchRequest, type MatchTable } from '../core/matching';
import { descriptorFromQuery, type ModuleDescriptor } from '../core/modules';
import type { NormalizedProvide } from '../options/types';
import type { Compilation } from './bundlerTypes';
import { isGeneratedModuleResource } from './requestInterceptor';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface ProvidedModule {
  /** The provided file. */
  resource: string;
  shareKey: string;
  config: NormalizedProvide;
}

/** A module the runtime data needs: a generated consume or provide module, or a remote module. */
export type SharingModule = { module: any } & (ModuleDescriptor | { kind: 'remote' });

/** Splits `/file?query` at the first `?`. */
export function splitRequest(request: string): [path: string, query: string] {
  const index = request.indexOf('?');
  return index < 0 ? [request, ''] : [request.slice(0, index), request.slice(index)];
}

export function scanModuleGraph(
  compilation: Compilation,
  provides: MatchTable<NormalizedProvide>,
): { provided: ProvidedModule[]; sharingModules: SharingModule[] } {
  const provided: ProvidedModule[] = [];
  const sharingModules: SharingModule[] = [];
  const matchOf = (request: string) => matchRequest(provides, request, acceptByRequestFilter);

  for (const module of compilation.modules as Iterable<any>) {
    const rawRequest: unknown = module.rawRequest;
    if (typeof rawRequest !== 'string') {
      // Not a normal module: only remote modules matter here.
      if (module.type === 'remote-module') sharingModules.push({ module, kind: 'remote' });
      continue;
    }
    if (isGeneratedModuleResource(rawRequest)) {
      const [file, query] = splitRequest(rawRequest);
      const parsed = descriptorFromQuery(query, file);
      if (parsed?.kind !== 'consume') continue;
      sharingModules.push({ module, ...parsed });
      if (parsed.descriptor.import !== undefined) {
        const match = matchOf(parsed.descriptor.import);
        if (match) provided.push({ resource: file, shareKey: match.shareKey, config: match.config });
      }
      continue;
    }
    const match = matchOf(rawRequest);
    if (match) provided.push({ resource: module.resource, shareKey: match.shareKey, config: match.config });
  }
  return { provided, sharingModules };
}

/** webpack 5.112+'s `include`/`exclude.request` filters for prefix keys. */
export function acceptByRequestFilter(config: { include?: { request?: RegExp | string }; exclude?: { request?: RegExp | string } }, remainder: string): boolean {
  const test = (filter: RegExp | string) => (typeof filter === 'string' ? filter === remainder : filter.test(remainder));
  if (config.include?.request !== undefined && !test(config.include.request)) return false;
  if (config.exclude?.request !== undefined && test(config.exclude.request)) return false;
  return true;
}
