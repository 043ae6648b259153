/**
 * Decides, for one request that the native pre-filter let through, whether it becomes a consume
 * module and/or names a module to provide. Runs inside a synchronous bundler callback, so all
 * reads are synchronous (and cached per compilation).
 */
import { matchRequest, type MatchTable } from '../core/matching';
import { descriptorToQuery, type ConsumeDescriptor } from '../core/modules';
import { getPackageName } from '../core/packageName';
import { encodeRange } from '../core/ranges';
import { findRequiredVersionSync } from '../core/versions';
import type { SyncDescriptionFileReader } from '../core/descriptionFiles';
import type { NormalizedConsume, NormalizedProvide } from '../options/types';
import type { ResolveData } from './bundlerTypes';

/** A request that names a module to provide; resolved once the module graph is complete. */
export interface PendingProvide {
  context: string;
  request: string;
  shareKey: string;
  config: NormalizedProvide;
}

export interface InterceptorState {
  reader: SyncDescriptionFileReader;
  pendingProvides: PendingProvide[];
  warn(message: string, file?: string): void;
  error(message: string, file?: string): void;
}

export type FallbackResolution = { path: string } | { error: string };

export interface ConsumeDecision {
  descriptor: ConsumeDescriptor;
  /** The request of the consumer's own copy, to resolve from the issuer; none with `import: false`. */
  fallbackRequest: string | undefined;
  /** For diagnostics: who imported the shared module. */
  issuer: string;
}

export const QUERY_MARKER = 'federated-share=';

export function isGeneratedModuleResource(resource: string | undefined): boolean {
  return typeof resource === 'string' && resource.includes(QUERY_MARKER);
}

export class RequestInterceptor {
  constructor(
    private readonly consumes: MatchTable<NormalizedConsume>,
    private readonly provides: MatchTable<NormalizedProvide>,
    /** A real file to stand for modules that have no file of their own. */
    private readonly placeholderFile: string,
  ) {}

  /**
   * Records provides for a request and, when it is consumed, returns what the consume module will
   * be. The caller resolves `fallbackRequest` (if any) from `data.context` — synchronously on
   * Rspack, asynchronously on webpack — and hands the result to `rewrite`.
   */
  decide(data: ResolveData, state: InterceptorState): ConsumeDecision | undefined {
    // Our own generated modules import the real files by absolute path; never intercept those.
    if (isGeneratedModuleResource(data.contextInfo?.issuer)) return undefined;
    const request = data.request;
    const provided = matchRequest(this.provides, request, acceptByRequestFilters);
    const consumed = matchRequest(this.consumes, request, acceptByRequestFilters);

    if (provided) {
      // With a consume on the same request (SharePlugin), what is provided is the consumer's
      // own copy: the fallback request, resolved from the same issuer.
      const providedRequest = consumed?.import ?? request;
      state.pendingProvides.push({ context: data.context, request: providedRequest, shareKey: provided.shareKey, config: provided.config });
    }
    if (!consumed) return undefined;

    const descriptor: ConsumeDescriptor = {
      shareScope: consumed.config.shareScope,
      shareKey: consumed.shareKey,
      requiredVersion: this.requiredVersionFor(consumed.config, request, data, state),
      strictVersion: consumed.config.strictVersion,
      singleton: consumed.config.singleton,
      eager: consumed.config.eager,
      import: consumed.import,
    };
    return { descriptor, fallbackRequest: descriptor.import, issuer: data.contextInfo?.issuer || data.context };
  }

  /**
   * Points the request at the generated consume module. It sits on the resolved fallback file
   * (resolved from the issuer, with the user's aliases): a query on the bare request would break
   * packages with an `exports` map, which read the query as part of the subpath.
   */
  rewrite(data: ResolveData, decision: ConsumeDecision, fallback: FallbackResolution | undefined, state: InterceptorState): void {
    const descriptor = { ...decision.descriptor };
    let target = this.placeholderFile;
    if (fallback && 'path' in fallback) {
      target = fallback.path;
    } else if (fallback) {
      state.error(
        `Can't resolve the fallback "${descriptor.import}" of shared module "${descriptor.shareKey}" from ${data.context}: ${fallback.error}. ` +
          'The module is consumed from the share scope only. Install the package, fix the `import` option, or set `import: false` to consume without a fallback on purpose.',
        `shared module ${descriptor.shareKey} -> ${decision.issuer}`,
      );
      descriptor.import = undefined;
    }
    const query = descriptorToQuery({ kind: 'consume', descriptor });
    data.request = target.includes('?') ? target + '&' + query.slice(1) : target + query;
  }

  private requiredVersionFor(config: NormalizedConsume, request: string, data: ResolveData, state: InterceptorState): string | false {
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
      const found = findRequiredVersionSync(state.reader, data.context, packageName);
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

/** webpack 5.112+'s `include`/`exclude.request` filters for prefix configs. */
function acceptByRequestFilters(config: NormalizedConsume | NormalizedProvide, remainder: string): boolean {
  const test = (filter: RegExp | string) => (typeof filter === 'string' ? filter === remainder : filter.test(remainder));
  if (config.include?.request !== undefined && !test(config.include.request)) return false;
  if (config.exclude?.request !== undefined && test(config.exclude.request)) return false;
  return true;
}
