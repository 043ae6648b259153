#!/usr/bin/env node
/**
 * Writes a synthetic federated workspace: npm packages (CJS and ESM, scoped, with package.json
 * versions and dependencies on each other), a host app with lazy pages, and a remote app that
 * provides the same packages (some in newer versions, from its own node_modules).
 *
 *   node bench/generate.mjs --size medium     # → bench/.work/medium/
 *
 * Layout:
 *   <root>/node_modules/<pkg>/           shared by both apps (parent-directory lookup)
 *   <root>/host/{package.json,src/}      the app the build benchmark builds
 *   <root>/remote/{package.json,src/,node_modules/}  the second app of the runtime benchmark
 *   <root>/workspace.json                what was generated: packages, shared config, counts
 *
 * Everything is derived from a seeded PRNG, so a preset always produces the same files.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRESETS } from './lib/presets.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const WORK_DIR = path.join(BENCH_DIR, '.work');
/** Bump when the generated files change, so stale workspaces are rewritten. */
const GENERATOR_VERSION = 4;

/**
 * Package roles, cycled so that every preset has each kind at least once (small has 8 packages).
 * kind: esm | cjs | esm-module ("type": "module", fully specified imports)
 * share: exact (`pkg`) | prefix (`pkg/`, consumed through deep imports) | singleton | none
 */
const ROLES = [
  { kind: 'esm', share: 'exact', scoped: false },
  { kind: 'cjs', share: 'exact', scoped: false },
  { kind: 'esm', share: 'prefix', scoped: false },
  { kind: 'esm', share: 'exact', scoped: true },
  { kind: 'esm-module', share: 'exact', scoped: false },
  { kind: 'cjs', share: 'none', scoped: false },
  { kind: 'cjs', share: 'prefix', scoped: true },
  { kind: 'esm', share: 'singleton', scoped: false },
];

const BASE_NAMES = [
  'ui-kit', 'date-kit', 'state-core', 'http-client', 'form-engine', 'chart-core', 'i18n-lite', 'router-core',
  'query-cache', 'validation', 'icons', 'theme', 'markdown', 'logger', 'motion', 'data-table', 'rich-editor',
  'auth-client', 'feature-flags', 'analytics', 'color-utils', 'fetch-retry', 'event-bus', 'virtual-list',
  'dnd-core', 'toast', 'modal', 'tooltip', 'calendar', 'upload', 'search-index', 'crypto-lite', 'uuid-gen',
  'money', 'geo-utils', 'csv-parse', 'yaml-lite', 'diff-lib', 'tree-utils', 'graph-lib', 'sorting', 'cache-lru',
  'immutable-lite', 'observable', 'scheduler-lite', 'keyboard', 'clipboard', 'storage', 'websocket', 'metrics',
];

/** Deterministic PRNG (mulberry32): the same preset always yields the same workspace. */
function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max) => Math.floor(next() * max),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// ---- packages --------------------------------------------------------------------------------

function describePackages(preset, random) {
  const packages = [];
  for (let i = 0; i < preset.packages; i++) {
    const role = ROLES[i % ROLES.length];
    const base = BASE_NAMES[i % BASE_NAMES.length] + (i >= BASE_NAMES.length ? `-${Math.floor(i / BASE_NAMES.length)}` : '');
    const name = role.scoped ? `@acme/${base}` : base;
    const major = 1 + (i % 4);
    const minor = (i * 3) % 10;
    const version = `${major}.${minor}.${i % 5}`;
    // Up to two dependencies on earlier packages: acyclic, like a real dependency tree.
    const deps = [];
    if (i > 0) {
      const count = Math.min(i, 1 + random.int(2));
      while (deps.length < count) {
        const candidate = random.int(i);
        if (!deps.includes(candidate)) deps.push(candidate);
      }
    }
    packages.push({ index: i, name, version, major, minor, ...role, deps, modules: preset.modulesPerPackage });
  }
  for (const pkg of packages) pkg.deepEntries = deepEntryIndexes(pkg, preset.deepEntries);
  return packages;
}

const moduleDir = (k) => `lib/g${Math.floor(k / 10)}`;
const moduleFile = (k) => `${moduleDir(k)}/m${k}.js`;
/** Modules exported from the package's index.js. */
const isPublic = (k) => k % 3 === 0;
const publicIndexes = (pkg) => Array.from({ length: pkg.modules }, (_, k) => k).filter(isPublic);

/** Entry points of a prefix-shared package that importers reach with deep requests. */
function deepEntryIndexes(pkg, count) {
  const picks = new Set();
  for (let j = 1; j <= count; j++) picks.add(Math.min(pkg.modules - 1, Math.floor((j * pkg.modules) / (count + 1))));
  return [...picks];
}

const isEsm = (kindOrPkg) => (typeof kindOrPkg === 'string' ? kindOrPkg : kindOrPkg.kind) !== 'cjs';
const identifier = (text) => text.replace(/[^a-zA-Z0-9]/g, '_');

/**
 * One import of `target` from a file of kind `importerKind`: the statement, and an expression for what
 * it imported. `fullySpecified` importers ("type": "module" packages) must name the extension.
 */
function importOf(target, { importerKind, alias, k, fullySpecified = false }) {
  let request;
  if (target.share === 'prefix') {
    const entry = k ?? target.deepEntries[0];
    request = `${target.name}/${moduleFile(entry).replace(/\.js$/, fullySpecified ? '.js' : '')}`;
    k = entry;
  } else {
    request = target.name;
    if (k === undefined || !isPublic(k)) k = 0;
  }
  if (!isEsm(importerKind)) {
    return { statement: `const ${alias} = require(${JSON.stringify(request)});`, ref: `${alias}.m${k}`, request };
  }
  if (isEsm(target)) {
    return { statement: `import { m${k} as ${alias} } from ${JSON.stringify(request)};`, ref: alias, request };
  }
  return { statement: `import ${alias} from ${JSON.stringify(request)};`, ref: `${alias}.m${k}`, request };
}

/**
 * A function body with some substance, so minifiers and parsers have real work. Imported bindings
 * are referenced, not called: calling each import would make a render cost exponential in the
 * depth of the module graph, and the runtime benchmark is about loading modules, not running them.
 */
function functionBody(label, refs) {
  return [
    `  let acc = String(input) + ${JSON.stringify(label)};`,
    ...(refs.length ? [`  const deps = [${refs.join(', ')}];`, "  acc += deps.filter((dep) => typeof dep === 'function').length;"] : []),
    `  const table = { alpha: ${JSON.stringify(label + '/alpha')}, beta: ${JSON.stringify(label + '/beta')}, size: acc.length };`,
    '  for (let i = 0; i < 3; i++) {',
    "    acc = acc.split('').reverse().join('').slice(0, 48) + i;",
    '  }',
    '  if (table.size > 40) {',
    '    acc = acc.slice(0, 40) + table.alpha;',
    '  } else {',
    "    acc = [acc, table.beta, String(table.size)].join(':');",
    '  }',
    '  return acc;',
  ].join('\n');
}

function packageModuleSource(pkg, k, packages, random) {
  const esm = isEsm(pkg);
  const fullySpecified = pkg.kind === 'esm-module';
  const lines = [];
  const refs = [];
  const local = new Set();
  if (k >= 1) local.add(k - 1);
  if (k >= 4) local.add(Math.floor(k / 2));
  if (k >= 8 && random.chance(0.5)) local.add(random.int(k - 1));
  for (const j of local) {
    let rel = path.posix.relative(moduleDir(k), moduleFile(j));
    if (!rel.startsWith('.')) rel = `./${rel}`;
    const alias = `l${j}`;
    lines.push(esm ? `import { m${j} as ${alias} } from ${JSON.stringify(rel)};` : `const { m${j}: ${alias} } = require(${JSON.stringify(rel)});`);
    refs.push(alias);
  }
  // Inter-package imports: the dependency's range comes from this package's package.json.
  if (pkg.deps.length > 0 && (k === 0 || random.chance(0.2))) {
    const dep = packages[random.pick(pkg.deps)];
    const target = dep.share === 'prefix' ? random.pick(dep.deepEntries) : random.pick(publicIndexes(dep));
    const imported = importOf(dep, { importerKind: pkg.kind, alias: `d_${identifier(dep.name)}`, k: target, fullySpecified });
    lines.push(imported.statement);
    refs.push(imported.ref);
  }
  const label = `${pkg.name}@${pkg.version}/m${k}`;
  if (esm) {
    lines.push('', `export function m${k}(input) {`, functionBody(label, refs), '}', `export const VERSION_${k} = ${JSON.stringify(pkg.version)};`);
  } else {
    lines.unshift("'use strict';");
    lines.push('', `exports.m${k} = function m${k}(input) {`, functionBody(label, refs), '};', `exports.VERSION_${k} = ${JSON.stringify(pkg.version)};`);
  }
  return lines.join('\n') + '\n';
}

function writePackage(root, pkg, packages, seed) {
  // Each copy of a package gets the same module graph whatever its version (seeded by index).
  const random = createRandom(seed * 7919 + pkg.index);
  const dir = path.join(root, 'node_modules', pkg.name);
  const dependencies = Object.fromEntries(pkg.deps.map((d) => [packages[d].name, `^${packages[d].major}.${packages[d].minor}.0`]));
  const manifest = { name: pkg.name, version: pkg.version, main: 'index.js', dependencies };
  if (pkg.kind === 'esm-module') manifest.type = 'module';
  if (isEsm(pkg)) manifest.sideEffects = false;
  write(dir, 'package.json', JSON.stringify(manifest, null, 2) + '\n');
  const barrel = publicIndexes(pkg).map((k) =>
    isEsm(pkg) ? `export { m${k} } from './${moduleFile(k)}';` : `exports.m${k} = require('./${moduleFile(k)}').m${k};`,
  );
  write(dir, 'index.js', (isEsm(pkg) ? '' : "'use strict';\n") + barrel.join('\n') + '\n');
  for (let k = 0; k < pkg.modules; k++) write(dir, moduleFile(k), packageModuleSource(pkg, k, packages, random));
  return pkg.modules + 1;
}

// ---- apps --------------------------------------------------------------------------------------

/** Entries for the runtime benchmark: the harness drives init, seeding and page loading. */
function benchEntries(appName) {
  const global = `globalThis.__bench_${appName}`;
  return {
    'src/bench-entry.js': [
      '// Runtime benchmark entry: the harness times scope initialisation and consume resolution.',
      `${global} = {`,
      "  init: function () { return __webpack_init_sharing__('default'); },",
      '  scope: function () { return __webpack_share_scopes__.default; },',
      '  seed: function (scope) { __webpack_share_scopes__.default = scope; },',
      "  boot: function () { return import('./bootstrap.js'); },",
      '};',
    ].join('\n') + '\n',
    'src/bench-entry-none.js': [
      '// Runtime benchmark entry for the build without sharing (page loading baseline).',
      `${global} = { boot: function () { return import('./bootstrap.js'); } };`,
    ].join('\n') + '\n',
    'src/index.js': "// Shared modules need an async boundary before first use.\nimport('./bootstrap.js').then((app) => app.start());\n",
  };
}

function bootstrapSource(eagerImports, pageFiles) {
  return [
    ...eagerImports.map((imp) => imp.statement),
    '',
    'export const pages = [',
    ...pageFiles.map((file) => `  () => import(${JSON.stringify(file)}),`),
    '];',
    '',
    '/** Loads every page (and so every lazy shared module) and renders it once. */',
    'export function loadAll() {',
    "  return Promise.all(pages.map((load, i) => load().then((page) => page.render('page' + i))));",
    '}',
    '',
    'export function start() {',
    `  let acc = 'start';`,
    ...eagerImports.map((imp) => `  acc += typeof ${imp.ref};`),
    '  return pages[0]().then((page) => page.render(acc));',
    '}',
  ].join('\n') + '\n';
}

function writeHost(root, preset, packages, random) {
  const dir = path.join(root, 'host');
  const shared = packages.filter((p) => p.share !== 'none');
  write(dir, 'package.json', JSON.stringify(appManifest('host-app', packages), null, 2) + '\n');
  for (const [file, source] of Object.entries(benchEntries('host'))) write(dir, file, source);

  // Import of some package from an app file; every package is reached by some component.
  const packageImport = (c, alias, pkg = random.pick(packages)) => {
    const k = pkg.share === 'prefix' ? random.pick(pkg.deepEntries) : random.pick(publicIndexes(pkg));
    return importOf(pkg, { importerKind: 'esm', alias, k });
  };
  let files = 0;
  for (let c = 0; c < preset.components; c++) {
    const imports = [];
    if (c >= 1) imports.push({ statement: `import { c${c - 1} as u0 } from './c${c - 1}.js';`, ref: 'u0' });
    if (c >= 6 && random.chance(0.6)) {
      const j = random.int(c - 1);
      imports.push({ statement: `import { c${j} as u1 } from './c${j}.js';`, ref: 'u1' });
    }
    imports.push(packageImport(c, 'p0', c < packages.length ? packages[c] : undefined));
    if (random.chance(0.5)) imports.push(packageImport(c, 'p1'));
    // A relative import straight into a package (no request config can match it).
    if (c % 40 === 7) {
      const pkg = random.pick(packages);
      const rel = `../../../node_modules/${pkg.name}/${moduleFile(0)}`;
      imports.push(isEsm(pkg)
        ? { statement: `import { m0 as r0 } from ${JSON.stringify(rel)};`, ref: 'r0' }
        : { statement: `import r0 from ${JSON.stringify(rel)};`, ref: 'r0.m0' });
    }
    const lines = imports.map((imp) => imp.statement);
    // An occasional nested lazy boundary inside the app.
    if (c >= 10 && c % 20 === 0) lines.push(`export const more${c} = () => import('./c${random.int(c)}.js');`);
    lines.push('', `export function c${c}(input) {`, functionBody(`host/c${c}`, imports.map((imp) => imp.ref)), '}');
    write(dir, `src/components/c${c}.js`, lines.join('\n') + '\n');
    files++;
  }
  const perPage = Math.ceil(preset.components / preset.pages);
  const pageFiles = [];
  for (let p = 0; p < preset.pages; p++) {
    const imports = [];
    const own = [];
    for (let c = p * perPage; c < Math.min(preset.components, (p + 1) * perPage); c++) own.push(c);
    for (let extra = 0; extra < 2; extra++) own.push(random.int(preset.components));
    [...new Set(own)].forEach((c, i) => imports.push({ statement: `import { c${c} as v${i} } from '../components/c${c}.js';`, ref: `v${i}` }));
    imports.push(packageImport(p, 'q0', random.pick(shared)));
    const lines = imports.map((imp) => imp.statement);
    lines.push('', 'export function render(input) {', functionBody(`host/page${p}`, imports.map((imp) => imp.ref)), '}');
    write(dir, `src/pages/p${p}.js`, lines.join('\n') + '\n');
    pageFiles.push(`./pages/p${p}.js`);
    files++;
  }
  // The bootstrap chunk consumes a few packages itself (the "app shell").
  const eager = shared.slice(0, 3).map((pkg, i) => importOf(pkg, { importerKind: 'esm', alias: `s${i}`, k: pkg.share === 'prefix' ? pkg.deepEntries[0] : 0 }));
  write(dir, 'src/bootstrap.js', bootstrapSource(eager, pageFiles));
  return files + 4;
}

/** The remote uses every shared package (so it provides all of them); some in newer versions. */
function writeRemote(root, preset, packages, seed) {
  const dir = path.join(root, 'remote');
  const shared = packages.filter((p) => p.share !== 'none');
  const overrides = shared.filter((_, i) => i % preset.remoteOverrides === 0).map((pkg) => ({
    ...pkg,
    minor: pkg.minor + 1,
    version: `${pkg.major}.${pkg.minor + 1}.0`,
  }));
  const versions = packages.map((pkg) => overrides.find((o) => o.index === pkg.index) ?? pkg);
  write(dir, 'package.json', JSON.stringify(appManifest('remote-app', versions), null, 2) + '\n');
  for (const [file, source] of Object.entries(benchEntries('remote'))) write(dir, file, source);
  let files = 0;
  for (const pkg of overrides) files += writePackage(dir, pkg, versions, seed);
  const pageFiles = [];
  shared.forEach((pkg, p) => {
    const entries = pkg.share === 'prefix' ? pkg.deepEntries : [0];
    const imports = entries.map((k, i) => importOf(pkg, { importerKind: 'esm', alias: `e${i}`, k }));
    const lines = imports.map((imp) => imp.statement);
    lines.push('', 'export function render(input) {', functionBody(`remote/page${p}`, imports.map((imp) => imp.ref)), '}');
    write(dir, `src/pages/r${p}.js`, lines.join('\n') + '\n');
    pageFiles.push(`./pages/r${p}.js`);
  });
  write(dir, 'src/bootstrap.js', bootstrapSource([], pageFiles));
  return { files: files + pageFiles.length + 4, overrides: overrides.map((o) => `${o.name}@${o.version}`) };
}

function appManifest(name, packages) {
  return {
    name,
    version: '1.0.0',
    private: true,
    dependencies: Object.fromEntries(packages.map((pkg) => [pkg.name, `^${pkg.major}.${pkg.minor}.0`])),
  };
}

/** The `shared` option given to both the bundler's SharePlugin and ours. */
export function sharedConfig(packages) {
  const shared = {};
  for (const pkg of packages) {
    if (pkg.share === 'exact') shared[pkg.name] = {};
    else if (pkg.share === 'singleton') shared[pkg.name] = { singleton: true };
    else if (pkg.share === 'prefix') shared[`${pkg.name}/`] = {};
  }
  return shared;
}

function write(dir, file, content) {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
}

/** Generates (or reuses, when up to date) the workspace of a preset; returns its description. */
export function generateWorkspace(size, { force = false } = {}) {
  const preset = PRESETS[size];
  if (!preset) throw new Error(`Unknown size "${size}" (known: ${Object.keys(PRESETS).join(', ')})`);
  const root = path.join(WORK_DIR, size);
  const descriptionFile = path.join(root, 'workspace.json');
  const stamp = JSON.stringify({ GENERATOR_VERSION, preset });
  if (!force) {
    try {
      const existing = JSON.parse(readFileSync(descriptionFile, 'utf8'));
      if (existing.stamp === stamp) return existing;
    } catch {
      // none yet
    }
  }
  rmSync(root, { recursive: true, force: true });
  const seed = 1 + Object.keys(PRESETS).indexOf(size);
  const random = createRandom(seed);
  const packages = describePackages(preset, random);
  let packageModules = 0;
  for (const pkg of packages) packageModules += writePackage(root, pkg, packages, seed);
  const hostFiles = writeHost(root, preset, packages, random);
  const remote = writeRemote(root, preset, packages, seed);
  const description = {
    stamp,
    size,
    preset,
    root,
    apps: { host: path.join(root, 'host'), remote: path.join(root, 'remote') },
    shared: sharedConfig(packages),
    packages: packages.map(({ name, version, kind, share, deps }) => ({ name, version, kind, share, deps: deps.map((d) => packages[d].name) })),
    remoteOverrides: remote.overrides,
    counts: { packages: packages.length, packageModules, hostFiles, hostModulesWritten: packageModules + hostFiles, remoteFiles: remote.files },
  };
  writeFileSync(descriptionFile, JSON.stringify(description, null, 2) + '\n');
  return description;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizeIndex = process.argv.indexOf('--size');
  const size = sizeIndex > 0 ? process.argv[sizeIndex + 1] : 'small';
  const description = generateWorkspace(size, { force: process.argv.includes('--force') });
  console.log(`${description.root}: ${JSON.stringify(description.counts)}`);
}
