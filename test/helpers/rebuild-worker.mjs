// Builds a fixture app twice in one process — in watch mode, or twice with a persistent cache —
// applying edits between the builds, and runs each output in the parent test. Like
// build-worker.mjs, it runs outside Jest because Rspack 2 is ESM-only.
//
// Input (JSON argument): { bundler, appDir, outputDir, pluginPath, resultFile, mode: 'watch' | 'cache',
//   cacheDir?, edits: [{ file, content }] }. Output: { builds: [{ errors, warnings, outputDir }] }.
import { createRequire } from 'node:module';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const request = JSON.parse(process.argv[2]);
const bundler = request.bundler === 'webpack' ? require('webpack') : require('@rspack/core').rspack;
const share = require(request.pluginPath);

function config(outputDir) {
  const own = require(path.join(request.appDir, 'app.config.js'))({ share, bundler: request.bundler, options: {} });
  return {
    mode: 'development',
    devtool: false,
    context: request.appDir,
    target: 'node',
    infrastructureLogging: { level: 'error' },
    ...own,
    output: { path: outputDir, filename: '[name].js', chunkFilename: '[name].chunk.js', uniqueName: 'app' },
    ...(request.mode === 'cache' ? { cache: { type: 'filesystem', cacheDirectory: request.cacheDir } } : {}),
    ...(request.mode === 'cache' && request.bundler === 'rspack'
      ? { cache: { type: 'persistent', storage: { type: 'filesystem', directory: request.cacheDir } } }
      : {}),
  };
}

const summary = (stats, outputDir) => {
  const json = stats.toJson({ all: false, errors: true, warnings: true });
  return { errors: json.errors.map((e) => e.message), warnings: json.warnings.map((w) => w.message), outputDir };
};

// Each build writes to its own folder (copied when done), so the parent can run both outputs.
const snapshot = (from, index) => {
  const to = `${request.outputDir}-${index}`;
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
  return to;
};

const applyEdits = () => {
  for (const edit of request.edits) writeFileSync(path.join(request.appDir, edit.file), edit.content);
};

async function watchTwice() {
  const compiler = bundler(config(request.outputDir));
  const builds = [];
  // Only a build that started after the edits counts as "the rebuild": watchers may report
  // unrelated early changes (e.g. files settling after the first build).
  let startedAt = 0;
  let editedAt = Infinity;
  compiler.hooks.watchRun.tap('rebuild-worker', () => {
    startedAt = Date.now();
  });
  await new Promise((resolve, reject) => {
    // Rspack's watcher ignores node_modules by default; the edit is a package upgrade, so watch it.
    const watching = compiler.watch({ aggregateTimeout: 50, poll: false, ignored: /[\\/]\.git[\\/]/ }, (error, stats) => {
      if (error) return reject(error);
      if (builds.length === 0) {
        builds.push(summary(stats, snapshot(request.outputDir, 0)));
        // Give the watcher a moment to settle before editing, so the edit is seen as a change.
        setTimeout(() => {
          editedAt = Date.now();
          applyEdits();
        }, 300);
      } else if (startedAt >= editedAt) {
        builds.push(summary(stats, snapshot(request.outputDir, 1)));
        watching.close(() => resolve());
      }
    });
  });
  return builds;
}

async function buildTwiceWithCache() {
  const builds = [];
  for (let index = 0; index < 2; index++) {
    if (index === 1) applyEdits();
    const compiler = bundler(config(request.outputDir));
    const stats = await new Promise((resolve, reject) => compiler.run((error, result) => (error ? reject(error) : resolve(result))));
    builds.push(summary(stats, snapshot(request.outputDir, index)));
    await new Promise((resolve) => compiler.close(resolve));
  }
  return builds;
}

const run = request.mode === 'watch' ? watchTwice : buildTwiceWithCache;
const timer = setTimeout(() => {
  writeFileSync(request.resultFile, JSON.stringify({ fatal: 'timed out waiting for the second build' }));
  process.exit(1);
}, 60000);
run().then(
  (builds) => {
    clearTimeout(timer);
    writeFileSync(request.resultFile, JSON.stringify({ builds }));
    process.exit(0);
  },
  (error) => {
    clearTimeout(timer);
    writeFileSync(request.resultFile, JSON.stringify({ fatal: String(error && error.stack ? error.stack : error) }));
    process.exit(1);
  },
);
