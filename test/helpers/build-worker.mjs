// Builds one fixture app with a real bundler, in its own process.
//
// Why a separate process: @rspack/core 2 is ESM-only and Jest's module system cannot load it, and
// loading a bundler into every Jest worker leaks memory across cases. Plain Node loads both.
//
// Input: one JSON argument (see BuildRequest in buildApp.ts). Output: the result JSON written to
// `request.resultFile` (stdout/stderr stay free for the bundler's own noise).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const request = JSON.parse(process.argv[2]);

function loadBundler(name) {
  if (name === 'webpack') return require('webpack');
  if (name === 'rspack') return require('@rspack/core').rspack;
  throw new Error(`Unknown bundler "${name}"`);
}

function describeProblem(problem) {
  if (typeof problem === 'string') return problem;
  const where = problem.moduleName ? `${problem.moduleName}: ` : '';
  return `${where}${problem.message}`;
}

function baseConfig(req) {
  const web = req.target === 'web';
  return {
    mode: 'development',
    devtool: false,
    context: req.appDir,
    target: web ? 'web' : 'node',
    output: {
      path: req.outputDir,
      filename: '[name].js',
      chunkFilename: '[name].chunk.js',
      publicPath: web ? req.publicPath : undefined,
      uniqueName: req.uniqueName,
      clean: true,
    },
    optimization: { minimize: false },
    infrastructureLogging: { level: 'error' },
  };
}

// The fixture's config factory returns the app-specific part; the harness owns paths and target
// so that every case builds the same way on both bundlers.
function mergeConfig(base, own) {
  return {
    ...base,
    ...own,
    output: { ...base.output, ...(own.output || {}) },
    optimization: { ...base.optimization, ...(own.optimization || {}) },
  };
}

async function main() {
  const bundler = loadBundler(request.bundler);
  const share = require(request.pluginPath);
  const factory = require(request.configFile);
  const own = await factory({
    bundler: request.bundler,
    // The bundler's own namespace (as `compiler.webpack`), for its container plugins.
    webpack: bundler,
    target: request.target,
    share,
    appDir: request.appDir,
    options: request.options || {},
  });
  const config = mergeConfig(baseConfig(request), own);

  const result = await new Promise((resolve) => {
    let compiler;
    try {
      compiler = bundler(config);
    } catch (error) {
      resolve({ fatal: String(error && error.stack ? error.stack : error) });
      return;
    }
    compiler.run((error, stats) => {
      const finish = (value) => compiler.close(() => resolve(value));
      if (error) return finish({ fatal: String(error.stack || error) });
      const json = stats.toJson({ all: false, errors: true, warnings: true, assets: true, modules: true });
      finish({
        errors: (json.errors || []).map(describeProblem),
        warnings: (json.warnings || []).map(describeProblem),
        assets: (json.assets || []).map((asset) => asset.name).sort(),
        modules: (json.modules || []).map((module) => module.name).filter(Boolean),
      });
    });
  });
  writeFileSync(request.resultFile, JSON.stringify({ ...result, outputDir: request.outputDir }));
}

main().catch((error) => {
  writeFileSync(request.resultFile, JSON.stringify({ fatal: String(error && error.stack ? error.stack : error) }));
  process.exitCode = 1;
});
