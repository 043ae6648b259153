#!/usr/bin/env node
/*
 * How many bytes the runtime adds to a user's bundle: each runtime/ file, the runtime as the
 * plugin assembles it (runtime/README.md) for 1 shared package without remotes (the smallest
 * build that shares) and for 1 and 10 packages with a remote, and what each optional part
 * (remotes, asyncStartup, debug) adds to an assembled runtime; minified with terser and
 * gzipped. The assembled code is measured as the body of a function whose
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
export const RUNTIME_FILES = ['semver', 'shareScope', 'initializeSharing', 'remotes', 'consumes', 'asyncStartup', 'debug'];

const PACKAGES = ['react', 'react-dom', 'lodash', 'scheduler', 'react-router', 'zustand', 'date-fns', 'axios', 'rxjs', 'immer'];

function source(name) {
  return require(path.join(RUNTIME_DIR, `${name}.js`)).toString();
}

// The plugin's own data builder and assembler (compiled lib/), so what is measured is exactly
// what a build emits.
function plugin(module) {
  try {
    return require(path.join(RUNTIME_DIR, '../dist', module));
  } catch (error) {
    throw new Error(`scripts/runtime-size.mjs needs the compiled plugin: run \`npm run build\` first (${error.message})`);
  }
}

/**
 * A data object as the plugin generates it for a production build: every package provided
 * lazily (its own chunk) and consumed as a singleton with a fallback, from one async
 * bootstrap chunk; `remotes` remote containers. Ids are 3-digit numbers like deterministic ids.
 */
export function representativeData(packageCount, { remotes = 0 } = {}) {
  const packages = Array.from({ length: packageCount }, (_, i) => PACKAGES[i % PACKAGES.length] + (i < PACKAGES.length ? '' : i));
  const { buildRuntimeData } = plugin('core/runtimeData.js');
  return buildRuntimeData('shop-app', {
    provides: packages.map((shareKey, i) => ({
      descriptor: { shareScope: 'default', shareKey, version: '18.2.0', request: `/app/node_modules/${shareKey}/index.js`, eager: false },
      id: 100 + i,
      chunkIds: [200 + i],
    })),
    consumes: packages.map((shareKey, i) => ({
      id: 300 + i,
      descriptor: { shareScope: 'default', shareKey, requiredVersion: '^18.2.0', strictVersion: false, singleton: true, eager: false, import: shareKey },
      fallback: { id: 100 + i, chunkIds: [200 + i] },
      chunkIds: [900],
      initial: false,
    })),
    remotes: Array.from({ length: remotes }, (_, i) => ({ shareScope: 'default', id: 990 + i })),
  });
}

/** The runtime module's code for `data`, assembled by lib/runtime-modules/renderRuntime.ts. */
export function assembleRuntime(data, { debug = false, asyncStartup = false } = {}) {
  return plugin('runtime-modules/renderRuntime.js').renderRuntime(data, { debug, asyncStartup });
}

async function measure(code, wrapAsBody) {
  // A call to an unknown global keeps terser from dropping the otherwise unused function.
  const input = wrapAsBody ? `__keep(function(__webpack_require__){${code}})` : `__keep(${code})`;
  const { code: out } = await minify(input, { compress: true, mangle: true });
  const minified = wrapAsBody ? out.slice(out.indexOf('{') + 1, out.lastIndexOf('}')) : out.slice('__keep('.length, -2);
  return { minified: Buffer.byteLength(minified), gzip: zlib.gzipSync(minified, { level: 9 }).length };
}

const label = (packages, remotes, extra = '') =>
  `${packages} package${packages > 1 ? 's' : ''}${remotes ? `, ${remotes} remote${remotes > 1 ? 's' : ''}` : ''}${extra}`;

export async function measureRuntimeSize() {
  const files = {};
  for (const name of RUNTIME_FILES) files[name] = await measure(source(name), false);
  const assembled = {};
  for (const [packages, remotes, options, extra] of [
    [1, 0, {}, ''],
    [1, 0, { asyncStartup: true }, ' + asyncStartup'],
    [1, 1, {}, ''],
    [10, 1, {}, ''],
    [10, 1, { debug: true }, ' + debug'],
  ]) {
    assembled[label(packages, remotes, extra)] = await measure(assembleRuntime(representativeData(packages, { remotes }), options), true);
  }
  const diff = (a, b, per = 1) => ({ minified: (a.minified - b.minified) / per, gzip: (a.gzip - b.gzip) / per });
  // What an optional part adds where it is embedded (its factory plus the call that embeds it).
  const parts = {
    remotes: diff(assembled['1 package, 1 remote'], assembled['1 package']),
    asyncStartup: diff(assembled['1 package + asyncStartup'], assembled['1 package']),
    debug: diff(assembled['10 packages, 1 remote + debug'], assembled['10 packages, 1 remote']),
  };
  const perPackage = diff(assembled['10 packages, 1 remote'], assembled['1 package, 1 remote'], 9);
  return { files, assembled, parts, perPackage };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await measureRuntimeSize();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const row = (label, { minified, gzip }) =>
      console.log(`${label.padEnd(40)}${String(Math.round(minified)).padStart(8)} B${String(Math.round(gzip)).padStart(8)} B`);
    console.log(`${''.padEnd(40)}${'minified'.padStart(10)}${'gzip'.padStart(10)}`);
    for (const [name, size] of Object.entries(result.files)) row(`runtime/${name}.js`, size);
    for (const [name, size] of Object.entries(result.assembled)) row(`assembled, ${name}`, size);
    for (const [name, size] of Object.entries(result.parts)) row(`${name} adds (when needed)`, size);
    row('each further package', result.perPackage);
  }
}
