#!/usr/bin/env node
/*
 * How many bytes the runtime adds to a user's bundle: each runtime/ file, and the runtime
 * as the plugin assembles it (runtime/README.md) for 1 and for 10 shared packages, minified
 * with terser and gzipped. The assembled code is measured as the body of a function whose
 * parameter is `__webpack_require__`, as in a bundle (where it is minified to one letter).
 *
 *   node scripts/runtime-size.mjs          # table
 *   node scripts/runtime-size.mjs --json   # machine-readable
 *
 * `measureRuntimeSize()` is exported for the benchmark.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { minify } from 'terser';

const require = createRequire(import.meta.url);
const RUNTIME_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../runtime');
export const RUNTIME_FILES = ['semver', 'shareScope', 'initializeSharing', 'consumes', 'debug'];

/** encodeRange('^18.2.0').encoded (lib/core/ranges.ts); test/unit/ranges.test.ts keeps the two in step. */
export const ENCODED_CARET_18_2_0 = [[[[6, [18, 2, 0]], [1, [19, 0, 0]]]]];

const PACKAGES = ['react', 'react-dom', 'lodash', 'scheduler', 'react-router', 'zustand', 'date-fns', 'axios', 'rxjs', 'immer'];

function source(name) {
  return require(path.join(RUNTIME_DIR, `${name}.js`)).toString();
}

/**
 * A data object as the plugin generates it for a production build: every package provided
 * lazily (its own chunk) and consumed as a singleton with a fallback, from one async
 * bootstrap chunk; one remote container. Ids are 3-digit numbers like deterministic ids.
 */
export function representativeData(packageCount) {
  const packages = Array.from({ length: packageCount }, (_, i) => PACKAGES[i % PACKAGES.length] + (i < PACKAGES.length ? '' : i));
  const consumes = {};
  packages.forEach((key, i) => {
    consumes[300 + i] = ['default', key, 1, ENCODED_CARET_18_2_0, '^18.2.0', 100 + i, [200 + i]];
  });
  // [uniqueName, init, consumes, chunks, initial]
  return [
    'shop-app',
    { default: [...packages.map((key, i) => [key, '18.2.0', 100 + i, [200 + i]]), 999] },
    consumes,
    { 900: packages.map((_, i) => 300 + i) },
    [],
  ];
}

/** The runtime module's code for `data`, as lib/runtime-modules/renderRuntime.ts assembles it. */
export function assembleRuntime(data, { debug = false } = {}) {
  const call = (name, args) => `(${source(name)})(${args})`;
  const lines = [
    `var data = ${JSON.stringify(data)};`,
    `var semver = ${call('semver', '')};`,
    `var share = ${call('shareScope', '__webpack_require__, data')};`,
    `${call('initializeSharing', '__webpack_require__, data, share')};`,
    `var consumes = ${call('consumes', '__webpack_require__, data, semver, share')};`,
  ];
  if (debug) lines.push(`${call('debug', '__webpack_require__, data, consumes, __webpack_require__.g')};`);
  return `(function () {\n${lines.join('\n')}\n})();`;
}

async function measure(code, wrapAsBody) {
  // A call to an unknown global keeps terser from dropping the otherwise unused function.
  const input = wrapAsBody ? `__keep(function(__webpack_require__){${code}})` : `__keep(${code})`;
  const { code: out } = await minify(input, { compress: true, mangle: true });
  const minified = wrapAsBody ? out.slice(out.indexOf('{') + 1, out.lastIndexOf('}')) : out.slice('__keep('.length, -2);
  return { minified: Buffer.byteLength(minified), gzip: zlib.gzipSync(minified, { level: 9 }).length };
}

export async function measureRuntimeSize() {
  const files = {};
  for (const name of RUNTIME_FILES) files[name] = await measure(source(name), false);
  const assembled = {};
  for (const packages of [1, 10]) {
    for (const debug of [false, true]) {
      assembled[`${packages} package${packages > 1 ? 's' : ''}${debug ? ' + debug' : ''}`] = await measure(
        assembleRuntime(representativeData(packages), { debug }),
        true
      );
    }
  }
  const one = assembled['1 package'];
  const ten = assembled['10 packages'];
  const perPackage = { minified: (ten.minified - one.minified) / 9, gzip: (ten.gzip - one.gzip) / 9 };
  return { files, assembled, perPackage };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await measureRuntimeSize();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const row = (label, { minified, gzip }) =>
      console.log(`${label.padEnd(28)}${String(Math.round(minified)).padStart(8)} B${String(Math.round(gzip)).padStart(8)} B`);
    console.log(`${''.padEnd(28)}${'minified'.padStart(10)}${'gzip'.padStart(10)}`);
    for (const [name, size] of Object.entries(result.files)) row(`runtime/${name}.js`, size);
    for (const [name, size] of Object.entries(result.assembled)) row(`assembled, ${name}`, size);
    row('each further package', result.perPackage);
  }
}
