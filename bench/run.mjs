#!/usr/bin/env node
/**
 * The benchmark: build overhead, runtime bytes and runtime resolution cost of our sharing,
 * against no sharing and against the bundlers' own SharePlugin. Writes bench/results/*.json and
 * regenerates bench/RESULTS.md from every result file present.
 *
 *   npm run bench                                 # small workspace, everything (< 5 min on 2 cores)
 *   npm run bench -- --size medium                # ≈20 packages, ≈2,500 modules
 *   npm run bench -- --size small --runs 7 --only build
 *   npm run bench -- --only bytes,runtime --bundler rspack
 *
 * Options:
 *   --size small|medium|large   workspace preset (bench/lib/presets.mjs)           [small]
 *   --runs N                    measured build rounds per bundler × mode          [5]
 *   --warmup N                  warm-up rounds before them                         [1]
 *   --only build|bytes|runtime  one or more parts, comma-separated                 [all]
 *   --only report               only re-render RESULTS.md from bench/results/
 *   --bundler rspack|webpack    one bundler only                                   [both]
 *   --iterations N              fresh realms per runtime child process             [30]
 *   --processes N               runtime child processes per variant                [5]
 *   --plugin path/to/index.js   the plugin build to measure                        [a snapshot of dist/]
 *
 * Our plugin is loaded from a snapshot of dist/ (and runtime/) taken at start, so a rebuild
 * while the benchmark runs cannot mix two versions. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { generateWorkspace, WORK_DIR } from './generate.mjs';
import { BUNDLERS, runBuildBench } from './lib/build-bench.mjs';
import { runBytesBench } from './lib/bytes-bench.mjs';
import { DEFAULT_RUNS, PRESETS, WARMUP_ROUNDS } from './lib/presets.mjs';
import { renderResults } from './lib/report.mjs';
import { runRuntimeBench } from './lib/runtime-bench.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH_DIR);
const RESULTS_DIR = path.join(BENCH_DIR, 'results');
const require = createRequire(import.meta.url);
const PARTS = ['build', 'bytes', 'runtime'];
/** `--only report` re-renders RESULTS.md from the stored results without measuring. */
const ONLY_CHOICES = [...PARTS, 'report'];

function parseArgs(argv) {
  const options = { size: 'small', runs: DEFAULT_RUNS, warmup: WARMUP_ROUNDS, only: PARTS, bundlers: BUNDLERS, iterations: 30, processes: 5, plugin: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    const count = (name) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number`);
      return n;
    };
    if (arg === '--size') options.size = value();
    else if (arg === '--runs') options.runs = count('--runs');
    else if (arg === '--warmup') options.warmup = count('--warmup');
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--bundler') options.bundlers = value().split(',');
    else if (arg === '--iterations') options.iterations = count('--iterations');
    else if (arg === '--processes') options.processes = count('--processes');
    else if (arg === '--plugin') options.plugin = path.resolve(value());
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`Unknown option ${arg} (see --help)`);
  }
  if (!PRESETS[options.size]) throw new Error(`--size must be one of ${Object.keys(PRESETS).join(', ')}`);
  for (const part of options.only) if (!ONLY_CHOICES.includes(part)) throw new Error(`--only takes ${ONLY_CHOICES.join(', ')}`);
  for (const bundler of options.bundlers) if (!BUNDLERS.includes(bundler)) throw new Error(`--bundler takes ${BUNDLERS.join(', ')}`);
  if (options.runs < 1) throw new Error('--runs must be at least 1');
  return options;
}

/** Copies dist/ and runtime/ aside; dist's runtime lookup (`../../runtime` from dist/x/) still works. */
function snapshotPlugin() {
  const dist = path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first.');
  const dir = path.join(WORK_DIR, `plugin-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(dist, path.join(dir, 'dist'), { recursive: true });
  cpSync(path.join(ROOT, 'runtime'), path.join(dir, 'runtime'), { recursive: true });
  const builtAtMs = statSync(path.join(dist, 'index.js')).mtimeMs;
  const stale = Math.max(newestMtime(path.join(ROOT, 'lib')), newestMtime(path.join(ROOT, 'runtime'))) > builtAtMs;
  if (stale) console.warn('warning: lib/ or runtime/ changed after dist/ was built; measuring the older dist/ (run `npm run build` to measure the sources).');
  return { dir, pluginPath: path.join(dir, 'dist', 'index.js'), builtAt: new Date(builtAtMs).toISOString(), stale };
}

/** Newest modification time under `dir` (ms), to tell whether dist/ was built from the current sources. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function environment(plugin) {
  const version = (name) => {
    try {
      return require(`${name}/package.json`).version;
    } catch {
      return 'n/a';
    }
  };
  const dirty = git('status', '--porcelain', '--', 'lib', 'runtime');
  return {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
    },
    versions: { webpack: version('webpack'), '@rspack/core': version('@rspack/core'), terser: version('terser'), plugin: require(path.join(ROOT, 'package.json')).version },
    plugin: {
      commit: git('rev-parse', '--short', 'HEAD'),
      uncommittedChanges: dirty ? dirty.split('\n').length : 0,
      distBuiltAt: plugin.builtAt,
      distOlderThanSources: plugin.stale === true,
      path: plugin.custom ? plugin.pluginPath : 'dist/ (snapshot)',
    },
  };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    // The usage is this file's opening comment.
    const comment = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('/**')[1].split('*/')[0];
    console.log(comment.split('\n').map((line) => line.replace(/^ \* ?/, '')).join('\n').trim());
    return;
  }
  mkdirSync(WORK_DIR, { recursive: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const measuring = options.only.some((part) => PARTS.includes(part));
  const plugin = !measuring
    ? { custom: true }
    : options.plugin
      ? { pluginPath: options.plugin, custom: true, builtAt: statSync(options.plugin).mtime.toISOString() }
      : snapshotPlugin();
  const started = performance.now();
  const log = (line) => console.log(line);
  try {
    const env = environment(plugin);
    const stamp = () => ({ measuredAt: new Date().toISOString(), loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100), ...env });
    const sizeFile = path.join(RESULTS_DIR, `${options.size}.json`);
    const results = readJson(sizeFile) ?? { size: options.size };

    if (options.only.includes('build') || options.only.includes('runtime')) {
      const workspace = generateWorkspace(options.size);
      results.workspace = { preset: workspace.preset, counts: workspace.counts, shared: workspace.shared, packages: workspace.packages, remoteOverrides: workspace.remoteOverrides };
      if (options.only.includes('build')) {
        log(`build benchmark, ${options.size} workspace (${workspace.counts.hostModulesWritten} modules written), ${options.warmup} warm-up + ${options.runs} runs`);
        const before = stamp();
        const groups = await runBuildBench({ workspace, pluginPath: plugin.pluginPath, runs: options.runs, warmup: options.warmup, bundlers: options.bundlers, log });
        results.build = { ...before, loadAverageAfter: os.loadavg().map((l) => Math.round(l * 100) / 100), runs: options.runs, warmup: options.warmup, groups: mergeGroups(results.build?.groups, groups) };
      }
      if (options.only.includes('runtime')) {
        log(`runtime cost, ${options.size} workspace, ${options.processes} processes × ${options.iterations} iterations per variant`);
        const before = stamp();
        const runtime = await runRuntimeBench({ workspace, pluginPath: plugin.pluginPath, iterations: options.iterations, processes: options.processes, bundlers: options.bundlers, log });
        results.runtime = { ...before, bundlers: { ...(results.runtime?.bundlers ?? {}), ...runtime } };
      }
      writeFileSync(sizeFile, JSON.stringify(results, null, 2) + '\n');
    }
    if (options.only.includes('bytes')) {
      log('runtime bytes (1 and N shared packages, production builds)');
      const before = stamp();
      const bytes = await runBytesBench({ workRoot: WORK_DIR, pluginPath: plugin.pluginPath, bundlers: options.bundlers, log });
      const bytesFile = path.join(RESULTS_DIR, 'bytes.json');
      const previous = readJson(bytesFile);
      writeFileSync(bytesFile, JSON.stringify({ ...before, ...bytes, builds: { ...(previous?.builds ?? {}), ...bytes.builds }, added: { ...(previous?.added ?? {}), ...bytes.added } }, null, 2) + '\n');
    }

    const all = { bytes: readJson(path.join(RESULTS_DIR, 'bytes.json')), sizes: {} };
    for (const size of Object.keys(PRESETS)) {
      const data = readJson(path.join(RESULTS_DIR, `${size}.json`));
      if (data) all.sizes[size] = data;
    }
    writeFileSync(path.join(BENCH_DIR, 'RESULTS.md'), renderResults(all));
    log(`bench/RESULTS.md written (${Math.round((performance.now() - started) / 1000)} s)`);
  } finally {
    if (!plugin.custom) rmSync(plugin.dir, { recursive: true, force: true });
  }
}

/** A run with --bundler keeps the other bundler's groups from an earlier run. */
function mergeGroups(previous = [], current) {
  const key = (g) => `${g.bundler}/${g.mode}`;
  const merged = new Map(previous.map((g) => [key(g), g]));
  for (const group of current) merged.set(key(group), group);
  return [...merged.values()].sort((a, b) => key(a).localeCompare(key(b)));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exitCode = 1;
});
