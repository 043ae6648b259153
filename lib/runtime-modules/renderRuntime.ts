/**
 * Assembles the runtime code: the fixed functions from runtime/ (embedded verbatim through
 * `Function.prototype.toString`, see runtime/README.md) applied to this build's data object.
 * Optional parts are embedded only when this build's data or options need them.
 */
import path from 'node:path';
import type { RuntimeData } from '../core/runtimeData';

const RUNTIME_DIR = path.resolve(__dirname, '../../runtime');

const sourceCache = new Map<string, string>();

/** The source of the one function a runtime file exports. */
export function runtimeFunctionSource(name: string): string {
  let source = sourceCache.get(name);
  if (source === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fn = require(path.join(RUNTIME_DIR, `${name}.js`)) as (...args: unknown[]) => unknown;
    source = fn.toString();
    sourceCache.set(name, source);
  }
  return source;
}

export interface RuntimeOptions {
  debug: boolean;
  asyncStartup?: boolean;
}

/**
 * The optional runtime files a build needs; the others are left out of its bundle.
 * shareScope.js and initializeSharing.js are always embedded.
 */
export interface RuntimeParts {
  /**
   * runtime/semver.js and runtime/consumes.js: the build has consume modules (or needs the
   * consume API for async startup or debug). A provide-only build has none to resolve.
   */
  consumes: boolean;
  /** runtime/remotes.js: `init` lists remote container ids (the items that are not provide tuples). */
  remotes: boolean;
  /** runtime/asyncStartup.js: the entry waits for the initial consumes. */
  asyncStartup: boolean;
  /** runtime/debug.js. */
  debug: boolean;
}

export function runtimeParts(data: RuntimeData, options: RuntimeOptions): RuntimeParts {
  const asyncStartup = !!options.asyncStartup;
  return {
    consumes: Object.keys(data[2]).length > 0 || asyncStartup || options.debug,
    remotes: Object.values(data[1]).some((items) => items.some((item) => !Array.isArray(item))),
    asyncStartup,
    debug: options.debug,
  };
}

export function renderRuntime(data: RuntimeData, options: RuntimeOptions): string {
  const parts = runtimeParts(data, options);
  const call = (name: string, args: string) => `(${runtimeFunctionSource(name)})(${args})`;
  const lines = [`var data = ${JSON.stringify(data)};`];
  if (parts.consumes) lines.push(`var semver = ${call('semver', '')};`);
  lines.push(
    `var share = ${call('shareScope', '__webpack_require__, data')};`,
    `${call('initializeSharing', '__webpack_require__, data, share')};`,
  );
  if (parts.remotes) lines.push(`${call('remotes', '__webpack_require__, data, share')};`);
  if (parts.consumes) lines.push(`var consumes = ${call('consumes', '__webpack_require__, data, semver, share')};`);
  // Wraps `__webpack_require__.x` (which the bundler calls to run the entry modules; the
  // runtime module requires it with this option) so no import() boundary is needed.
  if (parts.asyncStartup) lines.push(`${call('asyncStartup', '__webpack_require__, data, consumes')};`);
  if (parts.debug) lines.push(`${call('debug', '__webpack_require__, data, consumes, __webpack_require__.g')};`);
  // A function scope keeps the helper names out of the bundle's runtime scope.
  return `(function () {\n${lines.join('\n')}\n})();`;
}
