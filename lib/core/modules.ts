/**
 * Descriptors of the two modules sharing adds to a compilation. They decide everything about a
 * module — identity, names in stats, the options the runtime needs — so that each bundler adapter
 * only materialises them (a `Module` subclass on webpack, a generated module on Rspack) and never
 * re-decides. Pure: no bundler imports.
 */

export interface ConsumeDescriptor {
  shareScope: string;
  shareKey: string;
  /** The range the consumer accepts; `false` accepts any version (webpack's `requiredVersion: false`). */
  requiredVersion: string | false;
  strictVersion: boolean;
  singleton: boolean;
  eager: boolean;
  /** The request of the consumer's own copy, or undefined when there is none (`import: false`). */
  import: string | undefined;
  /** The fallback's resolved path, once known; only for readable names. */
  importResolved?: string;
  packageName?: string;
}

export interface ProvideDescriptor {
  shareScope: string;
  shareKey: string;
  /** `false` registers the module without a version, as webpack does (version "0" at runtime). */
  version: string | false;
  /** The request (or resolved path) of the module that is provided. */
  request: string;
  eager: boolean;
}

/**
 * Identity of a consume module. Every option that changes runtime behaviour is part of it: two
 * issuers that infer different required versions for one package get two consume modules.
 */
export function consumeIdentifier(d: ConsumeDescriptor): string {
  return [
    'consume-shared-module',
    d.shareScope,
    d.shareKey,
    d.requiredVersion === false ? 'any' : d.requiredVersion,
    d.strictVersion ? 'strict' : 'loose',
    d.singleton ? 'singleton' : 'multi',
    d.eager ? 'eager' : 'lazy',
    d.import ?? '(no fallback)',
  ].join('|');
}

/** Portable name, independent of absolute paths (used by deterministic module ids). */
export function consumeLibIdent(d: ConsumeDescriptor): string {
  return `webpack/sharing/consume/${d.shareScope}/${d.shareKey}${d.import ? `/${d.import}` : ''}`;
}

/** What stats and error messages show, e.g. `consume shared module (default) react@^18.0.0 (singleton) (fallback: ./node_modules/react/index.js)`. */
export function consumeReadableIdentifier(d: ConsumeDescriptor, shortenPath: (path: string) => string = (p) => p): string {
  const flags = [
    d.strictVersion ? ' (strict)' : '',
    d.singleton ? ' (singleton)' : '',
    d.import ? ` (fallback: ${shortenPath(d.importResolved ?? d.import)})` : '',
    d.eager ? ' (eager)' : '',
  ].join('');
  const range = d.requiredVersion === false ? '*' : d.requiredVersion;
  return `consume shared module (${d.shareScope}) ${d.shareKey}@${range}${flags}`;
}

export function provideIdentifier(d: ProvideDescriptor): string {
  return `provide module (${d.shareScope}) ${d.shareKey}@${versionLabel(d.version)} = ${d.request}${d.eager ? ' (eager)' : ''}`;
}

export function provideLibIdent(d: ProvideDescriptor): string {
  return `webpack/sharing/provide/${d.shareScope}/${d.shareKey}`;
}

export function provideReadableIdentifier(d: ProvideDescriptor, shortenPath: (path: string) => string = (p) => p): string {
  return `provide shared module (${d.shareScope}) ${d.shareKey}@${versionLabel(d.version)} = ${shortenPath(d.request)}${d.eager ? ' (eager)' : ''}`;
}

/** The version a provide registers under: webpack registers an unknown version as "0". */
export function registeredVersion(version: string | false): string {
  return version === false ? '0' : version;
}

function versionLabel(version: string | false): string {
  return version === false ? '(no version)' : version;
}

// ---- descriptors carried in a resource query ---------------------------------------------------
// Rspack cannot take JS Module subclasses, so there a descriptor travels as the resource query of a
// generated module. The query must round-trip exactly and stay readable in stats and module ids.

const QUERY_KEY = 'federated-share';

export type ModuleDescriptor = { kind: 'consume'; descriptor: ConsumeDescriptor } | { kind: 'provide'; descriptor: ProvideDescriptor };

export function descriptorToQuery(module: ModuleDescriptor): string {
  return `?${QUERY_KEY}=${module.kind}&d=${encodeURIComponent(JSON.stringify(module.descriptor))}`;
}

export function descriptorFromQuery(query: string): ModuleDescriptor | undefined {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const kind = params.get(QUERY_KEY);
  const data = params.get('d');
  if ((kind !== 'consume' && kind !== 'provide') || data === null) return undefined;
  try {
    return { kind, descriptor: JSON.parse(data) } as ModuleDescriptor;
  } catch {
    return undefined;
  }
}
