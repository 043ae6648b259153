/**
 * Which modules of a compilation are provided, read off the module graph when it is complete.
 *
 * Why not remember the requests our request hook saw: both bundlers skip that hook for modules
 * they restore from a cache (webpack's unsafe cache in watch mode, Rspack's persistent cache), so a
 * rebuild would silently lose its provides. The graph always holds every module:
 * - a module created for a request that matches a provide key (its `rawRequest`), and
 * - a generated consume module whose `import` matches a provide key (SharePlugin): the consumer's
 *   own copy, i.e. the consume module's file, is what is provided.
 * Versions are read afresh by the caller for the same reason: a module restored from a cache
 * carries the package.json data of the build that first resolved it.
 */
import { matchRequest, type MatchTable } from '../core/matching';
import { descriptorFromQuery } from '../core/modules';
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

export function findProvidedModules(compilation: Compilation, provides: MatchTable<NormalizedProvide>): ProvidedModule[] {
  const found: ProvidedModule[] = [];
  const matchOf = (request: string) => matchRequest(provides, request, acceptByRequestFilter);

  for (const module of compilation.modules as Iterable<any>) {
    const resource: unknown = module.resource;
    if (typeof resource !== 'string') continue;
    if (isGeneratedModuleResource(resource)) {
      const queryStart = resource.indexOf('?');
      const file = resource.slice(0, queryStart);
      const parsed = descriptorFromQuery(resource.slice(queryStart), file);
      if (parsed?.kind === 'consume' && parsed.descriptor.import !== undefined) {
        const match = matchOf(parsed.descriptor.import);
        if (match) found.push({ resource: file, shareKey: match.shareKey, config: match.config });
      }
      continue;
    }
    const rawRequest: unknown = module.rawRequest;
    if (typeof rawRequest === 'string') {
      const match = matchOf(rawRequest);
      if (match) found.push({ resource, shareKey: match.shareKey, config: match.config });
    }
  }
  return found;
}

/** webpack 5.112+'s `include`/`exclude.request` filters for prefix keys. */
export function acceptByRequestFilter(config: { include?: { request?: RegExp | string }; exclude?: { request?: RegExp | string } }, remainder: string): boolean {
  const test = (filter: RegExp | string) => (typeof filter === 'string' ? filter === remainder : filter.test(remainder));
  if (config.include?.request !== undefined && !test(config.include.request)) return false;
  if (config.exclude?.request !== undefined && test(config.exclude.request)) return false;
  return true;
}
