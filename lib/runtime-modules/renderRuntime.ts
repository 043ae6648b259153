/**
 * Assembles the runtime code: the fixed functions from runtime/ (embedded verbatim through
 * `Function.prototype.toString`, see runtime/README.md) applied to this build's data object.
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

export function renderRuntime(data: RuntimeData, options: { debug: boolean; asyncStartup?: boolean }): string {
  const call = (name: string, args: string) => `(${runtimeFunctionSource(name)})(${args})`;
  const lines = [
    `var data = ${JSON.stringify(data)};`,
    `var semver = ${call('semver', '')};`,
    `var share = ${call('shareScope', '__webpack_require__, data')};`,
    `${call('initializeSharing', '__webpack_require__, data, share')};`,
    `var consumes = ${call('consumes', '__webpack_require__, data, semver, share')};`,
  ];
  if (options.asyncStartup) {
    // The entry's startup (`__webpack_require__.x`, which the bundler calls to run the entry
    // modules) waits until every initial consume is resolved, so no import() boundary is needed.
    lines.push(
      'var startup = __webpack_require__.x;',
      '__webpack_require__.x = function () { return __webpack_require__.FSs().then(function () { return startup(); }); };',
    );
  }
  if (options.debug) lines.push(`${call('debug', '__webpack_require__, data, consumes, __webpack_require__.g')};`);
  // A function scope keeps the helper names out of the bundle's runtime scope.
  return `(function () {\n${lines.join('\n')}\n})();`;
}
