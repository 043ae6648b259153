/**
 * Build benchmark: the host app built with (a) no sharing, (b) the bundler's own SharePlugin,
 * (c) ours with the same `shared` config — for each bundler and mode, each build in its own
 * process, interleaved a b c a b c …, after warm-up rounds.
 */
import path from 'node:path';
import { build, buildRequest } from './child.mjs';
import { median, pairedRatios, summary } from './stats.mjs';

export const VARIANTS = ['none', 'native', 'ours'];
export const BUNDLERS = ['rspack', 'webpack'];
export const MODES = ['development', 'production'];

/**
 * @returns one entry per bundler × mode:
 *   { bundler, mode, variants: { [variant]: { runs: [...], time, rss, output, moduleCounts, errors, warnings } },
 *     ratios: { oursOverNative, oursOverNone, nativeOverNone }, profile }
 */
export async function runBuildBench({ workspace, pluginPath, runs, warmup, bundlers = BUNDLERS, modes = MODES, log }) {
  const groups = [];
  for (const bundler of bundlers) {
    for (const mode of modes) {
      const variants = Object.fromEntries(VARIANTS.map((v) => [v, { runs: [], errors: [], warnings: [] }]));
      const request = (variant, extra = {}) =>
        buildRequest({
          bundler,
          mode,
          variant,
          appDir: workspace.apps.host,
          outDir: path.join(workspace.root, 'out', `${bundler}-${mode}-${variant}`),
          shared: workspace.shared,
          pluginPath,
          ...extra,
        });
      for (let round = 0; round < warmup + runs; round++) {
        const warm = round < warmup;
        for (const variant of VARIANTS) {
          // The first warm-up build also records what was built (module counts cost a stats pass).
          const result = await build(request(variant, { collectModules: round === 0, marks: true }));
          const slot = variants[variant];
          if (round === 0) {
            slot.moduleCounts = result.moduleCounts;
            slot.output = result.output;
            slot.errors = result.errors.slice(0, 5);
            slot.errorCount = result.errors.length;
            slot.warnings = result.warnings.slice(0, 5);
            slot.warningCount = result.warnings.length;
          }
          if (!warm) slot.runs.push({ ms: result.ms, processMs: result.processMs, maxRssKiB: result.maxRssKiB, pluginLoadMs: result.pluginLoadMs, phases: phaseDurations(result.marks) });
          log?.(`  ${bundler} ${mode} ${variant.padEnd(6)} ${warm ? 'warm-up' : `run ${round - warmup + 1}/${runs}`}: ${Math.round(result.ms)} ms, ${Math.round(result.maxRssKiB / 1024)} MiB${result.errors.length ? `, ${result.errors.length} errors` : ''}`);
        }
      }
      for (const slot of Object.values(variants)) {
        slot.time = summary(slot.runs.map((r) => r.ms));
        slot.processTime = summary(slot.runs.map((r) => r.processMs));
        slot.rssMiB = summary(slot.runs.map((r) => r.maxRssKiB / 1024));
        slot.pluginLoadMs = summary(slot.runs.map((r) => r.pluginLoadMs));
        // Median of each phase over the measured runs (the phases of one run need not add up to
        // the median total).
        slot.phases = Object.fromEntries(PHASES.map((phase) => [phase, median(slot.runs.map((r) => r.phases[phase]))]));
      }
      const ms = (variant) => variants[variant].runs.map((r) => r.ms);
      const rss = (variant) => variants[variant].runs.map((r) => r.maxRssKiB);
      const group = {
        bundler,
        mode,
        measuredAt: new Date().toISOString(),
        variants,
        ratios: {
          oursOverNative: pairedRatios(ms('ours'), ms('native')),
          oursOverNone: pairedRatios(ms('ours'), ms('none')),
          nativeOverNone: pairedRatios(ms('native'), ms('none')),
          rssOursOverNative: pairedRatios(rss('ours'), rss('native')),
        },
      };
      // Two untimed, instrumented builds of ours: the JS our plugin runs per request (counted and
      // timed), then every request and generated module counted (taps that are costly on Rspack).
      const js = await build(request('ours', { profile: 'js' }));
      const counted = await build(request('ours', { profile: 'count' }));
      group.profile = { ...js.profile, ms: js.ms, requests: counted.profile.requests, generatedModules: counted.profile.generatedModules };
      groups.push(group);
    }
  }
  return groups;
}

export const PHASES = ['setup', 'make', 'finishMake', 'seal', 'processAssets', 'emit'];

/** Durations between the phase marks build-child.mjs records (ms from the start of the build). */
function phaseDurations(marks = {}) {
  const span = (from, to) => (marks[from] !== undefined && marks[to] !== undefined ? marks[to] - marks[from] : undefined);
  return {
    setup: marks.makeStart,
    make: span('makeStart', 'finishMakeStart'),
    finishMake: span('finishMakeStart', 'finishMakeEnd'),
    seal: span('sealStart', 'processAssetsStart'),
    processAssets: span('processAssetsStart', 'afterCompile'),
    emit: span('afterCompile', 'done'),
  };
}
