// Runtime cost of sharing, in one process: a remote and a host (node-target production builds)
// run in one `vm` realm like two apps on one page. The remote initialises the share scope, the
// host adopts it (`__webpack_share_scopes__.default = remoteScope`, as a container's
// `init(shareScope)` would) and registers its own provides, then loads every page — which
// resolves every consume in the host. Each iteration is a fresh realm; compiled scripts are
// reused, so only the first iteration pays parsing and compilation ("cold").
//
// Input: one JSON argument { host: outDir, remote?: outDir, iterations, resultFile }.
import { builtinModules, createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const request = JSON.parse(process.argv[2]);
const now = () => Number(process.hrtime.bigint()) / 1000; // µs

const compiled = new Map();
function scriptFor(file) {
  let script = compiled.get(file);
  if (!script) {
    const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
    script = new vm.Script(source, { filename: file });
    compiled.set(file, script);
  }
  return script;
}

/** A fresh realm in which node-target bundles run; chunks are loaded with the bundle's own `require`. */
function createRealm() {
  const logs = { warn: 0, error: 0, messages: [] };
  const record = (level) => (...args) => {
    if (level in logs) logs[level]++;
    if (logs.messages.length < 5 && level !== 'log') logs.messages.push(`[${level}] ${args.map(String).join(' ')}`.slice(0, 500));
  };
  const context = vm.createContext({
    console: { log() {}, info() {}, debug() {}, warn: record('warn'), error: record('error') },
    setTimeout,
    clearTimeout,
    setImmediate,
    queueMicrotask,
  });
  const modules = new Map();
  const requireFile = (file) => {
    const cached = modules.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} };
    modules.set(file, module);
    const wrapper = scriptFor(file).runInContext(context);
    const localRequire = (spec) => {
      if (spec.startsWith('.') || path.isAbsolute(spec)) return requireFile(path.resolve(path.dirname(file), spec));
      if (spec.startsWith('node:') || builtinModules.includes(spec)) return require(spec);
      throw new Error(`runtime bench: the bundle required "${spec}" from ${file}`);
    };
    wrapper.call(module.exports, module.exports, localRequire, module, file, path.dirname(file));
    return module.exports;
  };
  return { context, logs, requireFile, global: vm.runInContext('globalThis', context) };
}

/** Which entry each key resolved to: `key@version from app` for every loaded entry of the scope. */
function loadedEntries(scope) {
  const loaded = [];
  for (const key of Object.keys(scope || {}).sort()) {
    for (const version of Object.keys(scope[key])) {
      const entry = scope[key][version];
      if (entry && entry.loaded) loaded.push(`${key}@${version} from ${entry.from}`);
    }
  }
  return loaded;
}

async function iteration() {
  const realm = createRealm();
  const t = {};
  const startup = now();
  if (request.remote) realm.requireFile(path.join(request.remote, 'main.js'));
  realm.requireFile(path.join(request.host, 'main.js'));
  t.startupUs = now() - startup;
  const remote = realm.global.__bench_remote;
  const host = realm.global.__bench_host;
  if (request.remote) {
    const a = now();
    await remote.init();
    t.remoteInitUs = now() - a;
    host.seed(remote.scope());
    const b = now();
    await host.init();
    t.hostInitUs = now() - b;
  }
  const c = now();
  const bootstrap = await host.boot();
  await bootstrap.loadAll();
  t.consumeAllUs = now() - c;
  t.scopeVersions = request.remote ? Object.values(host.scope()).reduce((n, versions) => n + Object.keys(versions).length, 0) : 0;
  t.loaded = request.remote ? loadedEntries(host.scope()) : [];
  t.logs = realm.logs;
  return t;
}

async function main() {
  const iterations = [];
  for (let i = 0; i < request.iterations; i++) {
    if (global.gc) global.gc();
    iterations.push(await iteration());
  }
  const last = iterations[iterations.length - 1];
  writeFileSync(
    request.resultFile,
    JSON.stringify({
      iterations: iterations.map(({ loaded, logs, ...times }) => times),
      loaded: last.loaded,
      logs: last.logs,
    }),
  );
}

main().catch((error) => {
  writeFileSync(request.resultFile, JSON.stringify({ fatal: String(error && error.stack ? error.stack : error) }));
  process.exitCode = 1;
});
