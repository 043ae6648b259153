#!/usr/bin/env node
// `npm run example`: builds every example app with the bundlers' own CLIs (`rspack build`,
// `webpack`), serves them on localhost, prints the URL and what the sharing runtime decided on
// each page (read from the live debug API in headless Chromium), and keeps serving until Ctrl-C.
//
//   node scripts/example.mjs [--once] [--port N] [--out DIR] [--json FILE] [--no-report]
//
//   --once       build, print the report, exit (non-zero when a build or a page failed)
//   --port N     port to listen on; 0 = any free port (default: 3000, or the next free one)
//   --out DIR    build every app into DIR/<app id> instead of the example's own dist folder
//   --json FILE  also write the report as JSON (the browser test reads it)
//   --no-report  do not open the pages in Chromium; just build and serve
//
// The report needs Chromium: CHROMIUM_PATH, else a system Chromium/Chrome, else the one inside the
// @sparticuz/chromium devDependency (Linux x64), see scripts/browser.mjs. Where none can run, the
// examples are still built and served: open the URL in any browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './browser.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ------------------------------------------------------------------------------------------------
// What there is to build and serve. `route` is the URL path an app is served under; the host's
// config names its remotes' URLs with these paths, so they are fixed.

const EXAMPLES = [
  {
    name: 'basic',
    description: 'one app provides and consumes clsx; /basic/ is built with Rspack, /basic-webpack/ from the same config with webpack',
    pages: ['/basic/', '/basic-webpack/'],
    apps: [
      { id: 'basic', dir: 'examples/basic', bundler: 'rspack', config: 'rspack.config.mjs', dist: 'dist', route: '/basic/' },
      // The very same config file, built by webpack: the plugin takes one config on both bundlers.
      { id: 'basic-webpack', dir: 'examples/basic', bundler: 'webpack', config: 'rspack.config.mjs', dist: 'dist-webpack', route: '/basic-webpack/' },
    ],
  },
  {
    name: 'react-host-remotes',
    description: 'an Rspack host renders components of an Rspack remote and a webpack remote; React is one singleton',
    pages: ['/react-host-remotes/host/'],
    // Each remote's own page (not part of the report): the component alone, with the remote's React.
    links: ['/react-host-remotes/remote-rspack/', '/react-host-remotes/remote-webpack/'],
    apps: [
      { id: 'host', dir: 'examples/react-host-remotes/host', bundler: 'rspack', config: 'rspack.config.mjs', dist: 'dist', route: '/react-host-remotes/host/' },
      { id: 'remote-rspack', dir: 'examples/react-host-remotes/remote-rspack', bundler: 'rspack', config: 'rspack.config.mjs', dist: 'dist', route: '/react-host-remotes/remote-rspack/' },
      { id: 'remote-webpack', dir: 'examples/react-host-remotes/remote-webpack', bundler: 'webpack', config: 'webpack.config.mjs', dist: 'dist', route: '/react-host-remotes/remote-webpack/' },
    ],
  },
];

// ------------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const options = { once: false, port: undefined, out: undefined, json: undefined, report: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--once') options.once = true;
    else if (arg === '--no-report') options.report = false;
    else if (arg === '--port') options.port = Number(value());
    else if (arg === '--out') options.out = path.resolve(value());
    else if (arg === '--json') options.json = path.resolve(value());
    else if (arg === '--help' || arg === '-h') {
      // The comment at the top of this file is the help text.
      const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
      console.log(lines.slice(0, lines.findIndex((line) => !line.startsWith('//'))).join('\n').replace(/^\/\/ ?/gm, ''));
      process.exit(0);
    } else fail(`unknown option ${arg} (see --help)`);
  }
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port >= 0 && options.port < 65536)) fail('--port needs a port number');
  return options;
}

function fail(message) {
  console.error(`example: ${message}`);
  process.exit(2);
}

// ------------------------------------------------------------------------------------------------
// Building

/**
 * The examples import the plugin from dist/: build it when it is missing (a fresh clone after
 * `npm ci`). An existing dist/ is used as it is: `npm run build` refreshes it, and rebuilding here
 * would delete dist/ under a test run or a watching editor.
 */
async function ensurePluginBuilt() {
  const entry = path.join(ROOT, 'dist/index.mjs');
  if (existsSync(entry)) {
    if (newestMtime(path.join(ROOT, 'lib')) > statSync(entry).mtimeMs) console.log('Note: lib/ changed since dist/ was built; run `npm run build` to use the changes.');
    return;
  }
  console.log('Building the plugin (npm run build)…');
  const result = await run(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], ROOT);
  if (result.code !== 0) {
    console.error(result.output);
    fail('building the plugin failed');
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(file) : statSync(file).mtimeMs);
  }
  return newest;
}

function cliOf(bundler) {
  const pkg = bundler === 'rspack' ? '@rspack/cli' : 'webpack-cli';
  const manifest = require(`${pkg}/package.json`);
  const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin)[0];
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), bin);
}

function outputDirOf(app, options) {
  return options.out ? path.join(options.out, app.id) : path.join(ROOT, app.dir, app.dist);
}

/** Builds one app with its bundler's CLI, exactly as a user would run it from the app's folder. */
async function buildApp(app, options) {
  const appDir = path.join(ROOT, app.dir);
  const args = app.bundler === 'rspack' ? ['build', '--config', app.config] : ['--config', app.config];
  // Both CLIs accept -o; webpack-cli wants it absolute.
  args.push('--output-path', outputDirOf(app, options));
  const started = Date.now();
  const result = await run(process.execPath, [cliOf(app.bundler), ...args], appDir);
  const output = stripAnsi(result.output);
  return {
    app,
    ok: result.code === 0,
    seconds: (Date.now() - started) / 1000,
    command: `${app.bundler === 'rspack' ? 'rspack' : 'webpack'} ${args.slice(0, -2).join(' ')}`,
    output,
    warnings: /\bWARNING\b/.test(output),
  };
}

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: output + String(error) }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

// ------------------------------------------------------------------------------------------------
// Serving: one origin, each app under its route; a route serves the app's build output, then its
// public/ folder (the static index.html).

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function createServer(options, builds) {
  const mounts = EXAMPLES.flatMap((example) =>
    example.apps.map((app) => ({ route: app.route, roots: [outputDirOf(app, options), path.join(ROOT, app.dir, 'public')] })),
  ).sort((a, b) => b.route.length - a.route.length);

  return http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(response, 400, 'text/plain', 'Bad request');
    }
    if (pathname === '/') return send(response, 200, TYPES['.html'], indexPage(builds));
    if (pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    const mount = mounts.find((candidate) => pathname.startsWith(candidate.route));
    if (!mount) {
      // `/basic` without the slash: redirect, so relative URLs in the page resolve under the route.
      const bare = mounts.find((candidate) => candidate.route === `${pathname}/`);
      if (bare) return redirect(response, bare.route);
      return send(response, 404, 'text/plain', `Not found: ${pathname}`);
    }
    const rest = pathname.slice(mount.route.length) || 'index.html';
    for (const root of mount.roots) {
      const file = path.join(root, rest);
      // Never serve anything outside the mounted folders.
      if (!file.startsWith(root + path.sep)) return send(response, 403, 'text/plain', 'Forbidden');
      if (existsSync(file) && statSync(file).isFile()) {
        return send(response, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', readFileSync(file));
      }
    }
    send(response, 404, 'text/plain', `Not found: ${pathname}`);
  });
}

function send(response, status, type, body) {
  // Examples are rebuilt often: never let the browser serve a stale chunk.
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

function redirect(response, location) {
  response.writeHead(302, { location });
  response.end();
}

function indexPage(builds) {
  const items = EXAMPLES.map((example) => {
    const failed = builds.filter((build) => example.apps.includes(build.app) && !build.ok).map((build) => build.app.id);
    const links = [...example.pages, ...(example.links ?? [])].map((page) => `<a href="${page}">${page}</a>`).join(' · ');
    const status = failed.length ? ` <strong>build failed: ${failed.join(', ')}</strong>` : '';
    return `<li><b>${example.name}</b>: ${example.description}<br>${links}${status}</li>`;
  }).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>federated-share examples</title>
<style>body{font:15px/1.6 system-ui,sans-serif;margin:2rem}li{margin:.6rem 0}</style>
<h1>federated-share examples</h1><ul>${items}</ul>`;
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

async function listenSomewhere(server, requested) {
  if (requested !== undefined) return listen(server, requested);
  for (let port = 3000; port < 3010; port++) {
    try {
      return await listen(server, port);
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
    }
  }
  return listen(server, 0);
}

// ------------------------------------------------------------------------------------------------
// Report: each page is opened in headless Chromium; once it says it is ready
// (`<body data-ready="true">`), the debug API shared by every app on the page is read.

/** Runs in the page: a plain-data copy of what the sharing runtime decided and holds. */
function snapshotInPage() {
  const debug = globalThis.__webpack_module_federation_debug__;
  if (!debug) return { error: 'the page has no __webpack_module_federation_debug__ (is it a development build?)' };
  const scopes = {};
  for (const [scopeName, scope] of Object.entries(debug.shareScopes || {})) {
    scopes[scopeName] = {};
    for (const [key, versions] of Object.entries(scope)) {
      scopes[scopeName][key] = Object.entries(versions).map(([version, entry]) => ({
        version,
        from: entry.from,
        eager: !!entry.eager,
        loaded: !!entry.loaded,
      }));
    }
  }
  return {
    apps: Object.keys(debug.apps),
    resolutions: debug.resolutions.map((record) => ({ ...record })),
    health: debug.getHealthMetrics(),
    scopes,
  };
}

async function reportPages(baseUrl, browser, builds) {
  const { chromium } = require('playwright-core');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'federated-share-example-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browser.executablePath,
    headless: true,
    args: browser.args,
    env: { ...process.env, ...browser.env },
  });
  const pages = {};
  try {
    for (const example of EXAMPLES) {
      const failed = builds.filter((build) => example.apps.includes(build.app) && !build.ok).map((build) => build.app.id);
      for (const route of example.pages) {
        const url = new URL(route, baseUrl).href;
        pages[route] = failed.length ? { url, ok: false, problems: [`not loaded: the build of ${failed.join(', ')} failed`] } : await reportPage(context, url);
      }
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return pages;
}

async function reportPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const where = message.location()?.url;
    problems.push(`console.${message.type()}: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  // An uncaught error ends the wait at once: the page will not get ready, no need to time out.
  let crash;
  const crashed = new Promise((_, reject) => (crash = reject));
  crashed.catch(() => {});
  page.on('pageerror', (error) => {
    problems.push(`uncaught: ${firstLines(error)}`);
    crash(new Error('the page threw, see above'));
  });
  try {
    await page.goto(url);
    await Promise.race([page.waitForFunction(() => document.body && document.body.dataset.ready === 'true', null, { timeout: 30000 }), crashed]);
    return { url, ok: problems.length === 0, problems, ...(await page.evaluate(snapshotInPage)) };
  } catch (error) {
    return { url, ok: false, problems: [...problems, String(error.message || error).split('\n')[0]] };
  } finally {
    await page.close();
  }
}

/** An error's message and the frame it was thrown in (enough to find it in the bundle). */
function firstLines(error) {
  const frame = String(error.stack || '').split('\n').find((line) => line.trim().startsWith('at '));
  return frame ? `${error.message} (${frame.trim()})` : error.message;
}

function formatPage(route, result) {
  const lines = [`${route}`];
  if (result.error) lines.push(`  ${result.error}`);
  if (result.resolutions) {
    const rows = [['app', 'shared module', 'required', 'version used', 'provided by', 'fallback']];
    for (const record of result.resolutions) {
      rows.push([
        record.app,
        record.key,
        record.requiredVersion,
        record.failed ? 'FAILED' : record.fallback ? '(own copy)' : record.version,
        record.from ?? '-',
        record.fallback ? 'yes' : 'no',
      ]);
    }
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
    for (const row of rows) lines.push('  ' + row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd());
    for (const record of result.resolutions) if (record.message) lines.push(`  note (${record.app}, ${record.key}): ${record.message.split('\n')[0]}`);
    const h = result.health;
    lines.push(`  health: ${h.total} resolutions, ${h.successful} successful, ${h.fallback} fallback, ${h.failed} failed`);
  }
  for (const problem of result.problems) lines.push(`  problem: ${problem}`);
  return lines.join('\n');
}

// ------------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  await ensurePluginBuilt();

  const apps = EXAMPLES.flatMap((example) => example.apps);
  console.log(`Building ${apps.length} apps with the bundlers' CLIs…`);
  const builds = await Promise.all(apps.map((app) => buildApp(app, options)));
  for (const build of builds) {
    const mark = build.ok ? 'ok    ' : 'FAILED';
    console.log(`  ${mark} ${build.app.id.padEnd(15)} ${build.command.padEnd(42)} ${build.seconds.toFixed(1)} s${build.warnings ? ' (with warnings)' : ''}`);
  }
  for (const build of builds.filter((candidate) => !candidate.ok || candidate.warnings)) {
    console.log(`\n--- ${build.app.id} (${build.app.dir}) ---\n${build.output.trim()}\n`);
  }

  const server = createServer(options, builds);
  const port = await listenSomewhere(server, options.port);
  const baseUrl = `http://localhost:${port}/`;
  console.log(`\nServing the examples at ${baseUrl}`);
  for (const example of EXAMPLES) console.log(`  ${example.name}: ${example.pages.map((page) => new URL(page, baseUrl).href).join('  ')}`);

  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    server.closeAllConnections?.();
    server.close(() => {
      if (!options.once) console.log('Stopped.');
      process.exit(code);
    });
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  const report = { url: baseUrl, builds: builds.map((b) => ({ id: b.app.id, bundler: b.app.bundler, ok: b.ok, output: b.output })), pages: {} };
  let pagesOk = true;
  if (options.report) {
    let browser;
    try {
      browser = await findBrowser();
    } catch (error) {
      // Still useful without a browser: the apps are built and served.
      console.log(`\n${error.message}\nOpen the URL above in any browser to see the sharing decisions.`);
      pagesOk = false;
    }
    if (browser) {
      console.log(`\nReading the pages in headless Chromium: ${browser.description}`);
      report.browser = { source: browser.source, executablePath: browser.executablePath };
      // Chromium resolves localhost itself; the server listens on 127.0.0.1.
      report.pages = await reportPages(`http://127.0.0.1:${port}/`, browser, builds);
      console.log('\nSharing decisions, read from each page\'s debug API (__webpack_module_federation_debug__):\n');
      for (const [route, result] of Object.entries(report.pages)) {
        console.log(formatPage(route, result) + '\n');
        pagesOk &&= result.ok;
      }
    }
  }
  if (options.json) writeFileSync(options.json, JSON.stringify(report, null, 2));

  if (options.once) return stop(builds.every((build) => build.ok) && pagesOk ? 0 : 1);
  console.log(`Press Ctrl-C to stop.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
