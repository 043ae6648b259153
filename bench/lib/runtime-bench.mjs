/**
 * Runtime cost: share-scope initialisation and resolving every consume, in Node, with a host and
 * a remote registering into one scope (two node-target production builds in one `vm` realm; see
 * runtime-child.mjs). The build without sharing gives the page-loading baseline, so
 * "(consume-all time − baseline) / consumes" is what sharing costs per consume.
 */
import path from 'node:path';
import { build, buildRequest, runChild, RUNTIME_CHILD } from './child.mjs';
import { BUNDLERS, VARIANTS } from './build-bench.mjs';
import { summary } from './stats.mjs';

export async function runRuntimeBench({ workspace, pluginPath, iterations, processes, bundlers = BUNDLERS, log }) {
  const results = {};
  for (const bundler of bundlers) {
    const outputs = {};
    const counts = {};
    for (const variant of VARIANTS) {
      outputs[variant] = {};
      counts[variant] = {};
      for (const app of variant === 'none' ? ['host'] : ['remote', 'host']) {
        const outDir = path.join(workspace.root, 'runtime', `${bundler}-${variant}-${app}`);
        const result = await build(
          buildRequest({
            bundler,
            mode: 'production',
            variant,
            appDir: workspace.apps[app],
            outDir,
            shared: workspace.shared,
            pluginPath,
            target: 'node',
            entry: variant === 'none' ? './src/bench-entry-none.js' : './src/bench-entry.js',
            uniqueName: app,
            collectModules: true,
          }),
        );
        if (result.errors.length) throw new Error(`runtime build ${bundler} ${variant} ${app} failed:\n${result.errors.join('\n')}`);
        outputs[variant][app] = outDir;
        counts[variant][app] = result.moduleCounts;
      }
    }
    // Child processes interleaved by variant; each runs `iterations` fresh realms.
    const raw = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    for (let p = 0; p < processes; p++) {
      for (const variant of VARIANTS) {
        const result = await runChild(
          RUNTIME_CHILD,
          { host: outputs[variant].host, remote: outputs[variant].remote, iterations },
          path.join(workspace.root, 'runtime', `${bundler}-${variant}-${p}.result.json`),
          ['--expose-gc'],
        );
        raw[variant].push(result);
      }
    }
    const variants = {};
    for (const variant of VARIANTS) {
      const runs = raw[variant];
      const warm = runs.flatMap((r) => r.iterations.slice(1));
      const cold = runs.map((r) => r.iterations[0]);
      const pick = (list, field) => list.map((t) => t[field]);
      const consumes = counts[variant].host?.consume ?? 0;
      const registrations = (counts[variant].host?.provide ?? 0) + (counts[variant].remote?.provide ?? 0);
      variants[variant] = {
        consumes,
        registrations,
        remoteProvides: counts[variant].remote?.provide ?? 0,
        hostProvides: counts[variant].host?.provide ?? 0,
        scopeVersions: runs[0].iterations[0].scopeVersions,
        warm: {
          startupUs: summary(pick(warm, 'startupUs')),
          initUs: summary(warm.map((t) => (t.remoteInitUs ?? 0) + (t.hostInitUs ?? 0))),
          consumeAllUs: summary(pick(warm, 'consumeAllUs')),
        },
        cold: {
          startupUs: summary(pick(cold, 'startupUs')),
          initUs: summary(cold.map((t) => (t.remoteInitUs ?? 0) + (t.hostInitUs ?? 0))),
          consumeAllUs: summary(pick(cold, 'consumeAllUs')),
        },
        loaded: runs[0].loaded,
        logs: runs[0].logs,
      };
      log?.(`  ${bundler} ${variant.padEnd(6)} consume all: warm ${Math.round(variants[variant].warm.consumeAllUs.median)} µs, cold ${Math.round(variants[variant].cold.consumeAllUs.median)} µs`);
    }
    // Derived per-consume and per-registration costs (medians over iterations).
    for (const variant of ['native', 'ours']) {
      const v = variants[variant];
      for (const phase of ['warm', 'cold']) {
        const baseline = variants.none[phase].consumeAllUs.median;
        v[phase].perConsumeUs = v[phase].consumeAllUs.median / v.consumes;
        v[phase].overheadPerConsumeUs = (v[phase].consumeAllUs.median - baseline) / v.consumes;
        v[phase].initPerRegistrationUs = v[phase].initUs.median / v.registrations;
      }
    }
    const sameSelection = JSON.stringify(variants.native.loaded) === JSON.stringify(variants.ours.loaded);
    results[bundler] = { variants, sameSelection, iterations, processes };
  }
  return results;
}
