/**
 * Runtime bytes: what sharing adds to the main (runtime) chunk of a production build.
 *
 * Method: a tiny app with 1 shared package and one with N, each built without sharing, with the
 * bundler's own SharePlugin and with ours (production, web target, minified). The runtime and the
 * sharing data live in the main chunk (the entry only does `import('./bootstrap')`), so
 * "main chunk bytes with sharing − main chunk bytes without" is what the sharing runtime costs,
 * and (N-package cost − 1-package cost) / (N − 1) the increment per further package.
 * Our runtime is also measured in isolation by scripts/runtime-size.mjs (terser, same data shape).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, buildRequest } from './child.mjs';
import { BUNDLERS, VARIANTS } from './build-bench.mjs';

export const MANY = 10;

function writeBytesWorkspace(root) {
  rmSync(root, { recursive: true, force: true });
  const write = (file, content) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  };
  for (let i = 0; i < MANY; i++) {
    write(`node_modules/lib${i}/package.json`, JSON.stringify({ name: `lib${i}`, version: '1.2.3', main: 'index.js', sideEffects: false }));
    write(`node_modules/lib${i}/index.js`, `export default function lib${i}(x) { return 'lib${i}:' + x; }\n`);
  }
  const apps = {};
  for (const count of [1, MANY]) {
    const dir = `app${count}`;
    const libs = Array.from({ length: count }, (_, i) => `lib${i}`);
    write(`${dir}/package.json`, JSON.stringify({ name: dir, version: '1.0.0', private: true, dependencies: Object.fromEntries(libs.map((l) => [l, '^1.0.0'])) }));
    write(`${dir}/src/index.js`, "import('./bootstrap.js').then((app) => app.start());\n");
    write(`${dir}/src/bootstrap.js`, `${libs.map((l) => `import ${l} from '${l}';`).join('\n')}\nexport function start() { return [${libs.map((l) => `${l}('x')`).join(', ')}]; }\n`);
    apps[count] = { dir: path.join(root, dir), shared: Object.fromEntries(libs.map((l) => [l, {}])) };
  }
  return apps;
}

export async function runBytesBench({ workRoot, pluginPath, bundlers = BUNDLERS, log }) {
  const root = path.join(workRoot, 'bytes');
  const apps = writeBytesWorkspace(root);
  const builds = {};
  for (const bundler of bundlers) {
    builds[bundler] = {};
    for (const variant of VARIANTS) {
      builds[bundler][variant] = {};
      for (const count of [1, MANY]) {
        const result = await build(
          buildRequest({
            bundler,
            mode: 'production',
            variant,
            appDir: apps[count].dir,
            outDir: path.join(root, 'out', `${bundler}-${variant}-${count}`),
            shared: apps[count].shared,
            pluginPath,
            entry: './src/index.js',
            gzip: true,
          }),
        );
        if (result.errors.length) throw new Error(`bytes build ${bundler} ${variant} ${count} failed:\n${result.errors.join('\n')}`);
        builds[bundler][variant][count] = result.output;
        log?.(`  ${bundler} ${variant.padEnd(6)} ${String(count).padStart(2)} package(s): main ${result.output.mainBytes} B / ${result.output.mainGzip} B gzip`);
      }
    }
  }
  // Sharing's cost over the build without sharing, per bundler and variant.
  const added = {};
  for (const bundler of bundlers) {
    added[bundler] = {};
    for (const variant of ['native', 'ours']) {
      const cost = (count, field) => builds[bundler][variant][count][field] - builds[bundler].none[count][field];
      added[bundler][variant] = {
        one: { minified: cost(1, 'mainBytes'), gzip: cost(1, 'mainGzip') },
        many: { minified: cost(MANY, 'mainBytes'), gzip: cost(MANY, 'mainGzip') },
        perPackage: { minified: (cost(MANY, 'mainBytes') - cost(1, 'mainBytes')) / (MANY - 1), gzip: (cost(MANY, 'mainGzip') - cost(1, 'mainGzip')) / (MANY - 1) },
        allJs: { one: cost(1, 'jsBytes'), many: cost(MANY, 'jsBytes'), oneGzip: cost(1, 'jsGzip'), manyGzip: cost(MANY, 'jsGzip') },
      };
    }
  }
  const { measureRuntimeSize } = await import(new URL('../../scripts/runtime-size.mjs', import.meta.url).href);
  const isolated = await measureRuntimeSize();
  return { many: MANY, builds, added, isolated };
}
