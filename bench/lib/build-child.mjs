// One build, in its own process, so that every measurement starts from a cold process (no JIT,
// module or resolver cache shared with the previous run) and peak RSS belongs to this build only.
//
// Input: one JSON argument (see `buildRequest` in child.mjs). Output: JSON written to
// `request.resultFile`; stdout/stderr stay free for the bundler's own noise.
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const request = JSON.parse(process.argv[2]);

function loadBundler(name) {
  if (name === 'webpack') return require('webpack');
  if (name === 'rspack') return require('@rspack/core').rspack;
  throw new Error(`Unknown bundler "${name}"`);
}

function sharingPlugins(bundler, variant, shared, pluginPath) {
  if (variant === 'none') return [];
  // The bundler's own SharePlugin (webpack's JS one, Rspack's Rust one) with the same config.
  if (variant === 'native') return [new bundler.sharing.SharePlugin({ shared })];
  if (variant === 'ours') return [new (require(pluginPath).SharePlugin)({ shared })];
  throw new Error(`Unknown variant "${variant}"`);
}

function configFor(bundler, req) {
  const web = req.target === 'web';
  return {
    mode: req.mode,
    context: req.appDir,
    entry: { main: req.entry },
    target: web ? 'web' : 'node',
    // Source maps would dominate and differ per bundler; both modes build without them.
    devtool: false,
    output: {
      path: req.outDir,
      filename: '[name].js',
      chunkFilename: '[name].chunk.js',
      publicPath: web ? '/' : undefined,
      uniqueName: req.uniqueName,
      clean: true,
    },
    infrastructureLogging: { level: 'error' },
    performance: { hints: false },
    plugins: [...instrumentation(req), ...sharingPlugins(bundler, req.variant, req.shared, req.pluginPath)],
  };
}

// ---- instrumentation ---------------------------------------------------------------------------
// Three levels, so that timed runs carry only what cannot distort them:
// - `marks: true` (every run, every variant): timestamps from hooks called once per build;
// - `profile: 'js'` (one extra build of ours): also wraps the callback of the
//   NormalModuleReplacementPlugin our adapter registers (Rspack filters natively, so only matches
//   arrive) and our own taps on the module factory's hooks (webpack), counting and timing them;
// - `profile: 'count'` (one more build of ours): also counts every request the factory sees and
//   every generated module built. Those are per-request/per-module JS taps, which cost ≈24 µs a
//   call on Rspack, so this build's times are not used.
const profile = { requests: 0, replacementCallbacks: 0, replacementCallbackMs: 0, generatedModules: 0, hookTaps: {} };
const marks = {};
let buildStart = performance.now();

function instrumentation(req) {
  const plugins = [];
  if (req.marks || req.profile) plugins.push({ apply: markPhases });
  if (req.profile) plugins.push({ apply: wrapOurJs });
  if (req.profile === 'count') plugins.push({ apply: countRequests });
  return plugins;
}

function markPhases(compiler) {
  const mark = (name) => () => {
    marks[name] = performance.now() - buildStart;
  };
  const early = { name: 'BenchMarks', stage: -1000 };
  const late = { name: 'BenchMarks', stage: 1000 };
  compiler.hooks.make.tap(early, mark('makeStart'));
  compiler.hooks.finishMake.tap(early, mark('finishMakeStart'));
  compiler.hooks.finishMake.tap(late, mark('finishMakeEnd'));
  compiler.hooks.afterCompile.tap(early, mark('afterCompile'));
  compiler.hooks.done.tap(early, mark('done'));
  compiler.hooks.thisCompilation.tap(early, (compilation) => {
    compilation.hooks.seal.tap(early, mark('sealStart'));
    compilation.hooks.processAssets.tap({ name: 'BenchMarks', stage: -2000 }, mark('processAssetsStart'));
  });
}

function wrapOurJs(compiler) {
  // Swap in a counting NormalModuleReplacementPlugin before our plugin reads it at afterPlugins.
  const namespace = compiler.webpack;
  const Original = namespace.NormalModuleReplacementPlugin;
  class CountingReplacementPlugin extends Original {
    constructor(filter, callback) {
      super(filter, typeof callback === 'function' ? (data) => {
        profile.replacementCallbacks++;
        const start = performance.now();
        try {
          return callback(data);
        } finally {
          profile.replacementCallbackMs += performance.now() - start;
        }
      } : callback);
    }
  }
  compiler.webpack = new Proxy(namespace, {
    get: (target, key) => (key === 'NormalModuleReplacementPlugin' ? CountingReplacementPlugin : Reflect.get(target, key)),
  });
  // Runs after every other plugin's normalModuleFactory tap: wraps our plugin's JS taps on the
  // factory's per-request hooks (webpack; on Rspack we tap none).
  compiler.hooks.normalModuleFactory.tap({ name: 'BenchProfile', stage: 1000 }, (factory) => {
    for (const hookName of ['beforeResolve', 'afterResolve', 'factorize', 'resolve', 'createModule', 'module']) {
      const hook = factory.hooks[hookName];
      if (!hook || !Array.isArray(hook.taps)) continue;
      for (const tap of hook.taps) {
        if (!/federated/i.test(tap.name) || tap.__benchWrapped) continue;
        // syncMs: time until the tap returns (its own CPU before any await); ms: until it settles.
        const counter = (profile.hookTaps[`${hookName}.${tap.type}`] ??= { calls: 0, ms: 0, syncMs: 0 });
        const fn = tap.fn;
        tap.fn = (...args) => {
          counter.calls++;
          const start = performance.now();
          const settle = () => {
            counter.ms += performance.now() - start;
          };
          let value;
          if (tap.type === 'async') {
            const callback = args.pop();
            value = fn(...args, (...results) => {
              settle();
              callback(...results);
            });
            counter.syncMs += performance.now() - start;
            return value;
          }
          value = fn(...args);
          counter.syncMs += performance.now() - start;
          if (value && typeof value.then === 'function') return value.finally(settle);
          settle();
          return value;
        };
        tap.__benchWrapped = true;
      }
      if (typeof hook._resetCompilation === 'function') hook._resetCompilation();
    }
  });
}

function countRequests(compiler) {
  compiler.hooks.normalModuleFactory.tap('BenchCount', (factory) => {
    factory.hooks.beforeResolve.tap('BenchCount', () => {
      profile.requests++;
    });
  });
  compiler.hooks.compilation.tap('BenchCount', (compilation) => {
    compilation.hooks.succeedModule?.tap('BenchCount', (module) => {
      const id = typeof module.identifier === 'function' ? module.identifier() : String(module.resource);
      if (id.includes('federated-share=')) profile.generatedModules++;
    });
  });
}

// ---- output facts ---------------------------------------------------------------------------

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else files.push(full);
  }
  return files;
}

function outputFacts(outDir) {
  if (!existsSync(path.join(outDir, 'main.js'))) return undefined; // the build failed before emitting
  const js = walk(outDir).filter((file) => file.endsWith('.js'));
  let bytes = 0;
  let gzip = 0;
  for (const file of js) {
    const content = readFileSync(file);
    bytes += content.length;
    if (request.gzip) gzip += gzipSync(content, { level: 9 }).length;
  }
  const main = path.join(outDir, 'main.js');
  const mainContent = readFileSync(main);
  return {
    jsFiles: js.length,
    jsBytes: bytes,
    jsGzip: request.gzip ? gzip : undefined,
    mainBytes: statSync(main).size,
    mainGzip: gzipSync(mainContent, { level: 9 }).length,
  };
}

/** Module kinds that tell sharing modules apart (native: module type; ours: resource query). */
function moduleFacts(stats) {
  const json = stats.toJson({ all: false, modules: true, nestedModules: true });
  const counts = { modules: 0, consume: 0, provide: 0 };
  const visit = (list) => {
    for (const module of list || []) {
      if (module.modules && module.modules.length && /concatenated/.test(module.moduleType || module.name || '') ) {
        visit(module.modules);
        continue;
      }
      counts.modules++;
      const id = `${module.identifier || ''} ${module.name || ''} ${module.moduleType || ''}`;
      if (/consume[- ]shared[- ]module|federated-share=consume/.test(id)) counts.consume++;
      else if (/provide[- ]module|provide shared module|federated-share=provide/.test(id)) counts.provide++;
    }
  };
  visit(json.modules);
  return counts;
}

function describeProblem(problem) {
  if (typeof problem === 'string') return problem;
  return `${problem.moduleName ? problem.moduleName + ': ' : ''}${problem.message}`.slice(0, 2000);
}

async function main() {
  const bundler = loadBundler(request.bundler);
  // Loading our plugin's code is a fixed cost the bundlers' own plugins pay while the bundler
  // loads (before the clock starts); it is reported separately, constructing the plugin is timed.
  const loadStart = performance.now();
  if (request.variant === 'ours') require(request.pluginPath);
  const pluginLoadMs = performance.now() - loadStart;
  const start = performance.now();
  buildStart = start;
  const result = await new Promise((resolve, reject) => {
    const compiler = bundler(configFor(bundler, request));
    compiler.run((error, stats) => {
      if (error) return compiler.close(() => reject(error));
      compiler.close(() => resolve({ stats, ms: performance.now() - start }));
    });
  });
  const { stats, ms } = result;
  const json = stats.toJson({ all: false, errors: true, warnings: true });
  const out = {
    ms,
    pluginLoadMs,
    maxRssKiB: process.resourceUsage().maxRSS,
    errors: (json.errors || []).map(describeProblem),
    warnings: (json.warnings || []).map(describeProblem),
    output: outputFacts(request.outDir),
  };
  if (request.collectModules) out.moduleCounts = moduleFacts(stats);
  if (request.marks || request.profile) out.marks = marks;
  if (request.profile) out.profile = profile;
  writeFileSync(request.resultFile, JSON.stringify(out));
}

main().catch((error) => {
  writeFileSync(request.resultFile, JSON.stringify({ fatal: String(error && error.stack ? error.stack : error) }));
  process.exitCode = 1;
});
