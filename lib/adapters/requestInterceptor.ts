/**
 * Decides, for one request that the native pre-filter let through, whether it becomes a consume
 * module (and rewrites it), and records the module it resolves to when it matches a provide key.
 * Written as a generator that yields the resolutions it needs, so one piece of logic serves
 * Rspack's synchronous request callback (driven with its native sync resolver) and webpack's async
 * hook (driven with its async resolver).
 */
import path from 'node:path';
import { matchRequest, type MatchTable } from '../core/matching';
import { acceptByRequestFilter, type ProvidedModule } from './moduleScan';
import { descriptorToQuery, QUERY_MARKER, type ConsumeDescriptor } from '../core/modules';
import { getPackageName } from '../core/packageName';
import { encodeRange } from '../core/ranges';
import { findNearestDescriptionFile } from '../core/descriptionFiles';
import { findRequiredVersionSync, passesVersionFilters } from '../core/versions';
import type { SyncDescriptionFileReader } from '../core/descriptionFiles';
import type { NormalizedConsume, NormalizedProvide } from '../options/types';
import type { ResolveData } from './bundlerTypes';

export interface InterceptorState {
  reader: SyncDescriptionFileReader;
  /**
   * Modules that requests matching a provide key resolved to. With the module graph scan
   * (moduleScan.ts) they find every provided module: the scan sees modules restored from a cache
   * (which skip this hook), these see a module imported under several spellings (the graph only
   * keeps the first one).
   */
  provided: ProvidedModule[];
  /** Path keys (`./src/store`) resolved from the compiler context, once per compilation. */
  resolvedPathKeys: Map<string, string | undefined>;
  /** Path keys already reported as unresolvable (SharePlugin makes each key a provide and a consume). */
  unresolvablePathKeys: Set<string>;
  /**
   * Decisions already taken in this compilation, by issuer directory and request: the rewritten
   * request, or null for "leave it alone". The same package is imported from many modules of a
   * directory, and every input of a decision (resolution, package.json files) depends on the
   * directory only — so each is resolved and looked up once, and its warnings are said once.
   */
  decisions: Map<string, string | null>;
  warn(message: string, file?: string): void;
  error(message: string, file?: string): void;
}

export type FallbackResolution = { path: string } | { error: string };

/** A resolution the interceptor asks its driver for. */
export interface ResolveQuery {
  context: string;
  request: string;
}

export type Interception = Generator<ResolveQuery, void, FallbackResolution>;

export { QUERY_MARKER };

/** The query of an empty module added as an entry to builds that have no entry of their own. */
export const ENTRY_PLACEHOLDER_QUERY = '?federated-share=entry';

export function isGeneratedModuleResource(resource: string | undefined): boolean {
  return typeof resource === 'string' && resource.includes(QUERY_MARKER);
}

/**
 * A generated module importing the file it stands for (a consume's fallback, a provide's module):
 * never intercept that. Generated modules sit on that very file, and webpack names an issuer by
 * its path without the query, so the marker alone cannot tell; the same path can.
 */
function isOwnImport(request: string, issuer: string | undefined): boolean {
  if (!issuer) return false;
  if (isGeneratedModuleResource(issuer)) return true;
  return path.isAbsolute(request) && issuer.split('?')[0] === request;
}

export class RequestInterceptor {
  constructor(
    private readonly consumes: MatchTable<NormalizedConsume>,
    private readonly provides: MatchTable<NormalizedProvide>,
    /** Consumes keyed by a path, and a filter for requests that might resolve to one of them. */
    private readonly pathConsumes: NormalizedConsume[],
    private readonly pathFilter: RegExp | undefined,
    /** The compiler context: relative path keys are resolved from it. */
    private readonly context: string,
    /** A real file to stand for modules that have no file of their own. */
    private readonly placeholderFile: string,
  ) {}

  /**
   * When a request is consumed, points `data.request` at the generated consume module. It sits on
   * the resolved fallback file (resolved from the issuer, with the user's aliases): a query on the
   * bare request would break packages with an `exports` map, which read the query as part of the
   * subpath.
   */
  *intercept(data: ResolveData, state: InterceptorState): Interception {
    const request = data.request;
    if (isOwnImport(request, data.contextInfo?.issuer)) return;
    const decisionKey = `${data.context}\0${request}`;
    const decided = state.decisions.get(decisionKey);
    if (decided !== undefined) {
      if (decided !== null) data.request = decided;
      return;
    }
    // Resolutions of requests from this issuer directory, shared between the consume decision
    // and the provide record below (SharePlugin resolves the same request for both).
    const resolved = new Map<string, FallbackResolution>();
    // Not marked as "in progress": on webpack a second identical request may arrive while the
    // first waits for its resolution, and must not read that as "leave it alone".
    const rewritten = yield* this.decide(data, state, resolved);
    state.decisions.set(decisionKey, rewritten ?? null);
    if (rewritten !== undefined) data.request = rewritten;

    const provided = matchRequest(this.provides, request, acceptByRequestFilter);
    if (provided) {
      const resource = resolved.get(request) ?? (yield { context: data.context, request });
      // A request that cannot be resolved is reported by the import that makes it.
      if ('path' in resource) state.provided.push({ resource: resource.path, shareKey: provided.shareKey, config: provided.config });
    }
  }

  private *decide(
    data: ResolveData,
    state: InterceptorState,
    resolved: Map<string, FallbackResolution>,
  ): Generator<ResolveQuery, string | undefined, FallbackResolution> {
    const request = data.request;
    const issuer = data.contextInfo?.issuer || data.context;
    const consumed = matchRequest(this.consumes, request, acceptByRequestFilter);

    // Which config, under which share key, with which copy of its own (the fallback).
    let config: NormalizedConsume;
    let shareKey: string;
    let fallbackRequest: string | undefined;
    let fallback: FallbackResolution | undefined;
    if (consumed) {
      ({ config, shareKey, import: fallbackRequest } = consumed);
      if (fallbackRequest !== undefined) {
        fallback = yield { context: data.context, request: fallbackRequest };
        resolved.set(fallbackRequest, fallback);
      }
    } else {
      const byPath = yield* this.matchPathKey(data, state, resolved);
      if (!byPath) return undefined;
      ({ config } = byPath);
      shareKey = config.shareKey;
      // The consumer's own copy of a path key is the file itself; naming it by its resolved path
      // makes './store' and '../store.js' one consume module.
      if (config.import !== undefined) {
        fallbackRequest = byPath.path;
        fallback = { path: byPath.path };
      }
    }
    let target = this.placeholderFile;
    if (fallback && 'path' in fallback) {
      // webpack's `include`/`exclude.version` filters judge the consumer's own copy: a filtered-out
      // module is bundled as if it were not shared.
      if (!passesVersionFilters(fallbackVersion(state, fallback.path), config)) return undefined;
      target = fallback.path;
    } else if (fallback) {
      state.error(
        `Can't resolve the fallback "${fallbackRequest}" of shared module "${shareKey}" from ${data.context}: ${fallback.error}. ` +
          'The module is consumed from the share scope only. Install the package, fix the `import` option, or set `import: false` to consume without a fallback on purpose.',
        `shared module ${shareKey} -> ${issuer}`,
      );
      fallbackRequest = undefined;
    }
    const descriptor: ConsumeDescriptor = {
      shareScope: config.shareScope,
      shareKey,
      requiredVersion: this.requiredVersionFor(config, request, data, state, target === this.placeholderFile ? undefined : target),
      strictVersion: config.strictVersion,
      singleton: config.singleton,
      eager: config.eager,
      import: fallbackRequest,
    };

    const query = descriptorToQuery({ kind: 'consume', descriptor });
    return target.includes('?') ? target + '&' + query.slice(1) : target + query;
  }

  /** A consume whose key is a path (`./src/store`): matched by the file a request resolves to. */
  private *matchPathKey(
    data: ResolveData,
    state: InterceptorState,
    resolvedHere: Map<string, FallbackResolution>,
  ): Generator<ResolveQuery, { config: NormalizedConsume; path: string } | undefined, FallbackResolution> {
    if (this.pathConsumes.length === 0 || !this.pathFilter?.test(data.request)) return undefined;
    const resolved = yield { context: data.context, request: data.request };
    resolvedHere.set(data.request, resolved);
    if (!('path' in resolved)) return undefined; // the issuer's own import reports it
    for (const config of this.pathConsumes) {
      if (!state.resolvedPathKeys.has(config.request)) {
        const key = path.isAbsolute(config.request) ? { path: config.request } : yield { context: this.context, request: config.request };
        if (!('path' in key)) reportUnresolvablePathKey(state, config.request, this.context, key.error);
        state.resolvedPathKeys.set(config.request, 'path' in key ? key.path : undefined);
      }
      if (state.resolvedPathKeys.get(config.request) === resolved.path) return { config, path: resolved.path };
    }
    return undefined;
  }

  /**
   * `fallbackFile` is the consumer's own copy, if any: its version settles `workspace:^`/`workspace:~`
   * declarations, which mean "compatible with the workspace package's version".
   */
  private requiredVersionFor(
    config: NormalizedConsume,
    request: string,
    data: ResolveData,
    state: InterceptorState,
    fallbackFile: string | undefined,
  ): string | false {
    const file = `shared module ${request} -> ${data.contextInfo?.issuer || data.context}`;
    let range = config.requiredVersion;
    if (range === undefined) {
      const packageName = config.packageName ?? getPackageName(request);
      if (packageName === undefined) {
        state.warn(
          `No required version specified and unable to automatically determine one. Unable to extract the package name from request "${request}". ` +
            'Set `requiredVersion` (or `packageName`) in the consume config.',
          file,
        );
        return false;
      }
      const workspaceVersion = fallbackFile === undefined ? undefined : fallbackVersion(state, fallbackFile);
      const found = findRequiredVersionSync(state.reader, data.context, packageName, { workspaceVersion });
      if ('warning' in found) {
        state.warn(found.warning, file);
        return false;
      }
      range = found.requiredVersion;
    }
    if (range !== false) {
      const encoded = encodeRange(range);
      if ('error' in encoded) {
        state.warn(`${encoded.error} The consume of "${request}" accepts any version until this is fixed.`, file);
        return false;
      }
    }
    return range;
  }
}

function fallbackVersion(state: InterceptorState, file: string): string | undefined {
  const description = findNearestDescriptionFile(state.reader, path.dirname(file));
  const version = description?.kind === 'found' ? description.data.version : undefined;
  return typeof version === 'string' ? version : undefined;
}

export function reportUnresolvablePathKey(state: InterceptorState, key: string, context: string, reason: string): void {
  if (state.unresolvablePathKeys.has(key)) return;
  state.unresolvablePathKeys.add(key);
  state.error(
    `Can't resolve the shared module "${key}" in ${context}: ${reason}. ` +
      'Relative keys of shared configs are resolved from the compiler context; fix the path or use an absolute one.',
  );
}
