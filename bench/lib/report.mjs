/**
 * Renders bench/RESULTS.md from the result files: targets first (met / missed), then machine,
 * method, and one section per measurement. Pure function of the JSON, so the file can be
 * regenerated at any time without re-measuring.
 */
import { PHASES } from './build-bench.mjs';
import { PRESETS } from './presets.mjs';

// ---- the targets set by the project leads (issue 6) -------------------------------------------
export const TARGETS = {
  buildRatio: { rspack: 1.1, webpack: 1.0 },
  runtimeOne: { minified: 2500, gzip: 1200 },
  runtimePerPackage: { minified: 200 },
  initPerVersionUs: 1.2,
};

const SIZE_ORDER = Object.keys(PRESETS);
const VARIANT_LABEL = { none: 'no sharing', native: 'bundler SharePlugin', ours: 'federated-share' };

const int = (n) => (n === undefined || Number.isNaN(n) ? 'n/a' : Math.round(n).toLocaleString('en-US'));
const fixed = (n, digits = 2) => (n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));
const ratio = (s) => (s ? `${fixed(s.median)}× (${fixed(s.min)}–${fixed(s.max)})` : 'n/a');
const ms = (s) => (s ? `${int(s.median)} ms` : 'n/a');
const range = (s, unit = '') => (s ? `${int(s.min)}–${int(s.max)}${unit}` : 'n/a');
const verdict = (ok) => (ok === undefined ? '—' : ok ? '**met**' : '**missed**');
const signed = (n) => (n === undefined ? 'n/a' : `${n >= 0 ? '+' : ''}${int(n)}`);

/** When and against which plugin build a part was measured. */
function provenance(stamp) {
  const plugin = stamp.plugin ?? {};
  const commit = plugin.commit ? `commit ${plugin.commit}${plugin.uncommittedChanges ? ` + ${plugin.uncommittedChanges} uncommitted file(s)` : ''}` : 'unknown commit';
  const dist = plugin.distOlderThanSources ? ' (**dist/ was older than lib/ or runtime/**)' : '';
  return `Measured ${stamp.measuredAt} against ${commit}${dist}, load average ${stamp.loadAverage?.[0] ?? 'n/a'} at start.`;
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The largest measured preset that has `part`, preferring medium (the targets' workspace). */
function targetSize(sizes, part) {
  if (sizes.medium?.[part]) return 'medium';
  const available = SIZE_ORDER.filter((s) => sizes[s]?.[part]);
  return available[available.length - 1];
}

function group(sizes, size, bundler, mode) {
  return sizes[size]?.build?.groups?.find((g) => g.bundler === bundler && g.mode === mode);
}

// ---- sections ------------------------------------------------------------------------------------

function targetsSection(all) {
  const { sizes, bytes } = all;
  const rows = [];
  const buildSize = targetSize(sizes, 'build');
  for (const bundler of ['rspack', 'webpack']) {
    for (const mode of ['development', 'production']) {
      const g = buildSize && group(sizes, buildSize, bundler, mode);
      const r = g?.ratios.oursOverNative;
      rows.push([
        `${bundler} ${mode === 'development' ? 'dev' : 'prod'} build time ≤ ${fixed(TARGETS.buildRatio[bundler])}× the bundler's own sharing`,
        buildSize ?? 'n/a',
        r ? `${ratio(r)} (ours/native, paired runs)` : 'not measured',
        verdict(r && r.median <= TARGETS.buildRatio[bundler]),
      ]);
    }
  }
  if (bytes) {
    for (const bundler of Object.keys(bytes.added)) {
      const ours = bytes.added[bundler].ours;
      const native = bytes.added[bundler].native;
      rows.push([
        `runtime bytes, 1 shared package ≤ ${int(TARGETS.runtimeOne.minified)} B min / ${int(TARGETS.runtimeOne.gzip)} B gzip (${bundler} build)`,
        'bytes app',
        `${int(ours.one.minified)} B / ${int(ours.one.gzip)} B (native: ${int(native.one.minified)} / ${int(native.one.gzip)})`,
        verdict(ours.one.minified <= TARGETS.runtimeOne.minified && ours.one.gzip <= TARGETS.runtimeOne.gzip),
      ]);
      rows.push([
        `runtime bytes per further package ≤ ${TARGETS.runtimePerPackage.minified} B min (${bundler} build)`,
        'bytes app',
        `${int(ours.perPackage.minified)} B / ${int(ours.perPackage.gzip)} B gzip (native: ${int(native.perPackage.minified)} / ${int(native.perPackage.gzip)})`,
        verdict(ours.perPackage.minified <= TARGETS.runtimePerPackage.minified),
      ]);
    }
    const iso = bytes.isolated;
    if (iso) {
      const one = iso.assembled['1 package'];
      rows.push([
        'runtime bytes, isolated (scripts/runtime-size.mjs): 1 package / per further package',
        'synthetic data',
        `${int(one.minified)} B / ${int(one.gzip)} B gzip; +${int(iso.perPackage.minified)} B / +${int(iso.perPackage.gzip)} B gzip`,
        verdict(one.minified <= TARGETS.runtimeOne.minified && one.gzip <= TARGETS.runtimeOne.gzip && iso.perPackage.minified <= TARGETS.runtimePerPackage.minified),
      ]);
    }
  }
  const runtimeSize = targetSize(sizes, 'runtime');
  const runtime = runtimeSize && sizes[runtimeSize].runtime.bundlers;
  for (const bundler of Object.keys(runtime ?? {})) {
    const { ours, native } = runtime[bundler].variants;
    rows.push([
      `per-consume resolution no slower than the bundler's own runtime (${bundler} build)`,
      runtimeSize,
      `warm ${fixed(ours.warm.perConsumeUs, 1)} vs ${fixed(native.warm.perConsumeUs, 1)} µs; cold ${fixed(ours.cold.perConsumeUs, 1)} vs ${fixed(native.cold.perConsumeUs, 1)} µs per consume (ours vs native)`,
      // Judged on the warm medians (many samples); the cold ones (one per process) are shown.
      verdict(ours.warm.perConsumeUs <= native.warm.perConsumeUs),
    ]);
    rows.push([
      `scope init ≤ ${TARGETS.initPerVersionUs} µs per registered version (${bundler} build)`,
      runtimeSize,
      `${fixed(ours.warm.initPerRegistrationUs)} µs warm, ${fixed(ours.cold.initPerRegistrationUs)} µs cold (native: ${fixed(native.warm.initPerRegistrationUs)} / ${fixed(native.cold.initPerRegistrationUs)})`,
      verdict(ours.warm.initPerRegistrationUs <= TARGETS.initPerVersionUs),
    ]);
  }
  if (buildSize) {
    for (const bundler of ['rspack', 'webpack']) {
      const g = group(sizes, buildSize, bundler, 'production');
      if (!g?.variants.ours.output || !g.variants.native.output) continue;
      const ours = g.variants.ours.output.jsBytes;
      const native = g.variants.native.output.jsBytes;
      rows.push([
        `output bytes no larger than the bundler's own sharing (${bundler} prod, all JS)`,
        buildSize,
        `${int(ours)} B vs ${int(native)} B (${fixed(ours / native)}×)`,
        verdict(ours <= native),
      ]);
    }
  }
  return ['## Targets', '', table(['target', 'workspace', 'measured', 'verdict'], rows)].join('\n');
}

function environmentSection(all) {
  const stamps = [all.bytes, ...SIZE_ORDER.flatMap((s) => [all.sizes[s]?.build, all.sizes[s]?.runtime])].filter(Boolean);
  const latest = stamps.sort((a, b) => String(b.measuredAt).localeCompare(String(a.measuredAt)))[0];
  if (!latest) return '';
  const { machine, versions, plugin } = latest;
  return [
    '## Machine and versions',
    '',
    `- ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.os}; Node ${machine.node}`,
    `- webpack ${versions.webpack}, @rspack/core ${versions['@rspack/core']}, terser ${versions.terser}; federated-share ${versions.plugin} at commit ${plugin.commit ?? 'n/a'}` +
      (plugin.uncommittedChanges ? ` with ${plugin.uncommittedChanges} uncommitted file(s) in lib/ or runtime/` : '') +
      ` (dist built ${plugin.distBuiltAt})`,
    `- load average (1/5/15 min) when each part started: ${stamps.map((s) => `${s.loadAverage?.join('/')}`).join('; ')}. ` +
      'Other processes on this machine (e.g. test runs) add noise; interleaving keeps the ratios fair, the min column shows the quietest run.',
  ].join('\n');
}

const method = (many) => `## Method

- **Workspace** (\`bench/generate.mjs\`): seeded, so a preset always produces the same files. npm packages in
  \`node_modules\` (ESM with \`sideEffects: false\`, CommonJS, \`"type": "module"\` with fully specified imports,
  scoped \`@acme/*\`), with versions and dependencies on each other (inter-package imports, bare and deep);
  a host app whose entry only does \`import('./bootstrap.js')\`, lazy pages (one \`import()\` boundary each),
  components with bare, deep (\`pkg/lib/g0/m6\`), scoped and relative-into-\`node_modules\` imports and a few
  nested lazy boundaries; a remote app that uses every shared package, a third of them in a newer minor
  version from its own \`node_modules\`. The \`shared\` config has exact keys (\`pkg\`, \`@acme/pkg\`), prefix keys
  (\`pkg/\`, \`@acme/pkg/\`, consumed through deep requests) and a singleton; some packages are not shared.
  Path keys are not used. The \`"type": "module"\` package imports deep entries of a prefix-shared package with the
  \`.js\` extension, so one file is requested under two share keys (\`pkg/lib/g2/m28\` and \`pkg/lib/g2/m28.js\`):
  the bundlers' own ProvideSharedPlugin provide a file under one key only, ours under both — hence more provide
  modules (and chunks) with ours, and the extra scope entries in the runtime section.
- **Build time**: each build runs in its own \`node\` process (\`bench/lib/build-child.mjs\`). Variants: no sharing,
  \`compiler.webpack.sharing.SharePlugin\` (webpack's JS plugin / Rspack's Rust plugin), and
  \`federated-share\`'s \`SharePlugin\` with the same \`shared\` object. Rounds interleave the variants (a b c a b c …);
  warm-up rounds are discarded. *Build time* is measured inside the child from creating the compiler to
  \`compiler.close()\` (plugin construction and validation included; loading our plugin's code is reported
  separately as *plugin load*, because the bundlers' own plugins load with the bundler). Ratios are computed per
  round (run i of ours / run i of native) and summarised as median (min–max). Peak RSS is the child's
  \`process.resourceUsage().maxRSS\` (includes Rspack's native memory). Web target, \`devtool: false\`, other
  options at the bundlers' defaults for the mode (production: minified with the bundler's default minimizer).
- **Phases**: every build records timestamps from hooks that run once per build (\`make\`, \`finishMake\`,
  \`seal\`, \`processAssets\`, \`afterCompile\`, \`done\`), the same for all variants; the phase table shows their
  medians. **Profile**: two extra, untimed builds of ours per bundler and mode: one counting and timing the calls
  of our \`NormalModuleReplacementPlugin\` callback (Rspack matches its RegExp natively and calls JS only on a
  match) and of our JS taps on the module factory's hooks (webpack; promise taps: own time until they return,
  and time until they settle, which includes waiting on the resolver); one counting every request the factory
  sees and every generated module built (per-request taps, themselves costly on Rspack, hence a build of its own).
- **Runtime bytes** (\`bench/lib/bytes-bench.mjs\`): a tiny app with 1 and with ${many} shared packages, built in
  production (web target) without sharing, with the bundler's SharePlugin and with ours. The sharing runtime and
  its data live in the main chunk (the entry only does \`import()\`), so *added bytes* = main chunk with sharing −
  main chunk without (minified; gzip level 9 of the same files), and *per further package* =
  (added for ${many} − added for 1) / ${many - 1}. Consume/provide modules in other chunks are not counted
  there; the "all JS" columns give the difference over every emitted JS file. The *isolated* numbers are
  \`scripts/runtime-size.mjs\` (our runtime minified with terser on its own, with a representative data object).
- **Runtime cost** (\`bench/lib/runtime-child.mjs\`): host and remote built in production for the node target,
  run in one \`vm\` realm like two apps on one page. The remote calls \`__webpack_init_sharing__('default')\`;
  the host adopts the remote's scope (\`__webpack_share_scopes__.default = remoteScope\`, as a container's
  \`init(shareScope)\` would) and initialises; then the host loads every page, which resolves every consume in
  the host (lazy consumes, through the chunk-loading handler). Times: *init* = both \`__webpack_init_sharing__\`
  calls; *consume all* = \`import('./bootstrap.js')\` + loading all pages (includes chunk loading and module
  evaluation). *Per consume* = consume all / consumes in the host; *overhead per consume* subtracts the same
  app built without sharing. Each iteration is a fresh realm; scripts are compiled once per process, so
  iteration 1 is *cold* (parse, compile, first run) and the rest *warm*. Several child processes per variant,
  interleaved; medians. Target verdicts use the warm medians (many samples; the cold ones have one sample per
  process). Which version every consume got is compared between ours and native.`;

function buildSection(size, data) {
  const build = data.build;
  const w = data.workspace;
  const shared = Object.keys(w.shared);
  const lines = [
    `## Build time — ${size} workspace`,
    '',
    `${w.counts.packages} packages (${shared.length} shared: ${shared.filter((k) => k.endsWith('/')).length} prefix keys, ` +
      `${shared.filter((k) => !k.endsWith('/')).length} exact keys), ${int(w.counts.packageModules)} package modules + ${int(w.counts.hostFiles)} app files = ` +
      `${int(w.counts.hostModulesWritten)} modules written. ${build.warmup} warm-up + ${build.runs} measured rounds per bundler × mode. ${provenance(build)}`,
    '',
  ];
  const rows = [];
  for (const g of build.groups) {
    for (const variant of ['none', 'native', 'ours']) {
      const v = g.variants[variant];
      rows.push([
        g.bundler,
        g.mode === 'development' ? 'dev' : 'prod',
        VARIANT_LABEL[variant],
        ms(v.time),
        range(v.time, ' ms'),
        v.rssMiB ? `${int(v.rssMiB.median)} MiB (${range(v.rssMiB)})` : 'n/a',
        v.output ? `${v.output.jsFiles} files, ${int(v.output.jsBytes / 1024)} KiB` : 'n/a',
        v.moduleCounts ? `${int(v.moduleCounts.modules)} (${v.moduleCounts.consume} consume, ${v.moduleCounts.provide} provide)` : 'n/a',
        variant === 'ours' && v.pluginLoadMs ? `${int(v.pluginLoadMs.median)} ms` : '',
        (v.errorCount ?? 0) || (v.warningCount ?? 0) ? `${v.errorCount ?? 0} / ${v.warningCount ?? 0}` : '0 / 0',
      ]);
    }
  }
  lines.push(table(['bundler', 'mode', 'variant', 'build time (median)', 'min–max', 'peak RSS (median, min–max)', 'output JS', 'modules', 'plugin load', 'errors / warnings'], rows));
  lines.push('', 'Ratios of paired runs, median (min–max):', '');
  lines.push(
    table(
      ['bundler', 'mode', 'ours / native', 'ours / none', 'native / none', 'peak RSS ours / native', 'ours / native, each round', 'target (ours / native)'],
      build.groups.map((g) => [
        g.bundler,
        g.mode === 'development' ? 'dev' : 'prod',
        ratio(g.ratios.oursOverNative),
        ratio(g.ratios.oursOverNone),
        ratio(g.ratios.nativeOverNone),
        ratio(g.ratios.rssOursOverNative),
        g.ratios.oursOverNative?.values ? g.ratios.oursOverNative.values.map((v) => fixed(v)).join(', ') : 'n/a',
        `≤ ${fixed(TARGETS.buildRatio[g.bundler])}× ${verdict(g.ratios.oursOverNative && g.ratios.oursOverNative.median <= TARGETS.buildRatio[g.bundler])}`,
      ]),
    ),
  );
  const profiled = build.groups.filter((g) => g.profile);
  if (profiled.length) {
    lines.push('', 'Where our plugin runs JS per request (one untimed, instrumented build of ours):', '');
    lines.push(
      table(
        ['bundler', 'mode', 'requests seen', 'NormalModuleReplacementPlugin callbacks', 'time in them', 'our factory-hook taps', 'generated modules built'],
        profiled.map((g) => {
          const p = g.profile;
          const taps = Object.entries(p.hookTaps ?? {}).map(([hook, c]) => `${hook}: ${int(c.calls)} calls, ${fixed(c.syncMs ?? NaN, 1)} ms own (${int(c.ms)} ms until settled)`).join('; ') || 'none';
          return [g.bundler, g.mode === 'development' ? 'dev' : 'prod', int(p.requests), int(p.replacementCallbacks), `${int(p.replacementCallbackMs)} ms`, taps, int(p.generatedModules)];
        }),
      ),
    );
  }
  if (build.groups.some((g) => g.variants.none.phases)) {
    lines.push(
      '',
      'Where the build time goes: medians over the measured runs, ms between hooks called once per build (setup = creating the compiler, ' +
        'plugins and option validation included, to `make`; make = `make` to `finishMake`; seal = `seal` to `processAssets`; ' +
        'process assets includes minification; emit = `afterCompile` to `done`):',
      '',
    );
    const rows = [];
    for (const g of build.groups) {
      for (const variant of ['none', 'native', 'ours']) {
        const p = g.variants[variant].phases;
        if (!p) continue;
        rows.push([g.bundler, g.mode === 'development' ? 'dev' : 'prod', VARIANT_LABEL[variant], ...PHASES.map((phase) => int(p[phase])), ms(g.variants[variant].time)]);
      }
    }
    lines.push(table(['bundler', 'mode', 'variant', 'setup', 'make', 'finishMake', 'seal', 'process assets', 'emit', 'total (median)'], rows));
  }
  const problems = build.groups.flatMap((g) =>
    ['native', 'ours'].flatMap((variant) => {
      const v = g.variants[variant];
      const texts = [...(v.errors ?? []).map((e) => `error: ${e}`), ...(v.warnings ?? []).map((w) => `warning: ${w}`)];
      return texts.length ? [`- ${g.bundler} ${g.mode} ${variant}: ${texts.slice(0, 3).map((t) => t.split('\n')[0].slice(0, 300)).join(' · ')}`] : [];
    }),
  );
  if (problems.length) lines.push('', 'Diagnostics (first of each build):', '', ...problems);
  return lines.join('\n');
}

function bytesSection(bytes) {
  const lines = ['## Runtime bytes', '', `${provenance(bytes)} Main chunk of a production build (web target); added = with sharing − without.`, ''];
  const rows = [];
  for (const bundler of Object.keys(bytes.added)) {
    for (const variant of ['native', 'ours']) {
      const a = bytes.added[bundler][variant];
      const b = bytes.builds[bundler];
      rows.push([
        bundler,
        VARIANT_LABEL[variant],
        `${int(b[variant][1].mainBytes)} / ${int(b.none[1].mainBytes)}`,
        `+${int(a.one.minified)} B`,
        `+${int(a.one.gzip)} B`,
        `+${int(a.many.minified)} B`,
        `+${int(a.many.gzip)} B`,
        `${signed(a.perPackage.minified)} B`,
        `${signed(a.perPackage.gzip)} B`,
        `${signed(a.allJs.one)} / ${signed(a.allJs.many)} B`,
      ]);
    }
  }
  lines.push(
    table(
      ['bundler', 'variant', 'main chunk, 1 pkg (sharing / none)', 'added, 1 pkg (min)', 'gzip', `added, ${bytes.many} pkgs (min)`, 'gzip', 'per further package (min)', 'gzip', `all JS added, 1 / ${bytes.many} pkgs (min)`],
      rows,
    ),
  );
  if (bytes.isolated) {
    lines.push('', 'Our runtime in isolation (`scripts/runtime-size.mjs`, terser, representative production data):', '');
    lines.push(
      table(
        ['what', 'minified', 'gzip'],
        [
          ...Object.entries(bytes.isolated.files).map(([name, s]) => [`runtime/${name}.js`, `${int(s.minified)} B`, `${int(s.gzip)} B`]),
          ...Object.entries(bytes.isolated.assembled).map(([name, s]) => [`assembled, ${name}`, `${int(s.minified)} B`, `${int(s.gzip)} B`]),
          ['each further package', `${int(bytes.isolated.perPackage.minified)} B`, `${int(bytes.isolated.perPackage.gzip)} B`],
        ],
      ),
    );
  }
  return lines.join('\n');
}

function runtimeSection(size, data) {
  const r = data.runtime;
  const lines = [`## Runtime cost — ${size} workspace`, '', `${provenance(r)} Medians; µs; warm / cold.`, ''];
  const rows = [];
  for (const [bundler, result] of Object.entries(r.bundlers)) {
    for (const variant of ['none', 'native', 'ours']) {
      const v = result.variants[variant];
      const sharing = variant !== 'none';
      rows.push([
        bundler,
        VARIANT_LABEL[variant],
        sharing ? `${v.consumes}` : '—',
        sharing ? `${v.remoteProvides} + ${v.hostProvides} (${v.scopeVersions} versions)` : '—',
        sharing ? `${fixed(v.warm.initUs.median, 1)} / ${fixed(v.cold.initUs.median, 1)}` : '—',
        sharing ? `${fixed(v.warm.initPerRegistrationUs)} / ${fixed(v.cold.initPerRegistrationUs)}` : '—',
        `${int(v.warm.consumeAllUs.median)} / ${int(v.cold.consumeAllUs.median)}`,
        sharing ? `${fixed(v.warm.perConsumeUs, 1)} / ${fixed(v.cold.perConsumeUs, 1)}` : '—',
        sharing ? `${fixed(v.warm.overheadPerConsumeUs, 1)} / ${fixed(v.cold.overheadPerConsumeUs, 1)}` : '—',
        `${int(v.warm.startupUs.median)} / ${int(v.cold.startupUs.median)}`,
      ]);
    }
  }
  lines.push(
    table(
      ['bundler', 'variant', 'consumes (host)', 'registrations (remote + host)', 'init, warm / cold', 'init per registration', 'consume all', 'per consume', 'overhead per consume (vs none)', 'startup (main.js)'],
      rows,
    ),
  );
  lines.push('');
  for (const [bundler, result] of Object.entries(r.bundlers)) {
    const logs = ['native', 'ours'].map((v) => `${v}: ${result.variants[v].logs.warn} warnings, ${result.variants[v].logs.error} errors`).join('; ');
    const ours = result.variants.ours.loaded;
    const native = result.variants.native.loaded;
    const list = (entries) => (entries.length ? entries.slice(0, 6).map((e) => `\`${e}\``).join(', ') + (entries.length > 6 ? ', …' : '') : 'none');
    const difference = result.sameSelection
      ? 'every consume to the same version and provider'
      : `**different** entries — loaded only with ours: ${list(ours.filter((e) => !native.includes(e)))}; only with native: ${list(native.filter((e) => !ours.includes(e)))}`;
    lines.push(
      `- ${bundler}: ours and native resolved ${difference} ` +
        `(${ours.length} / ${native.length} entries loaded from the scope); console: ${logs}; ${result.processes} processes × ${result.iterations} iterations per variant.`,
    );
  }
  return lines.join('\n');
}

function closingNote(all) {
  const { sizes, bytes } = all;
  const parts = [];
  const buildSize = targetSize(sizes, 'build');
  if (buildSize) {
    const quote = (bundler) =>
      ['development', 'production']
        .map((mode) => {
          const g = group(sizes, buildSize, bundler, mode);
          return g ? `${mode === 'development' ? 'dev' : 'prod'} ${fixed(g.ratios.oursOverNative.median)}× native (${fixed(g.ratios.oursOverNone.median)}× no sharing; native itself ${fixed(g.ratios.nativeOverNone.median)}×)` : undefined;
        })
        .filter(Boolean)
        .join(', ');
    parts.push(`Build time, ${buildSize} workspace (medians of paired runs): Rspack ${quote('rspack')} — target ≤ ${fixed(TARGETS.buildRatio.rspack)}×; webpack ${quote('webpack')} — target ≤ ${fixed(TARGETS.buildRatio.webpack)}×.`);
    for (const g of sizes[buildSize].build.groups) {
      const ours = g.variants.ours.phases;
      const native = g.variants.native.phases;
      if (!ours || !native || !g.ratios.oursOverNative || g.ratios.oursOverNative.median <= TARGETS.buildRatio[g.bundler]) continue;
      const p = g.profile ?? {};
      const taps = Object.values(p.hookTaps ?? {}).reduce((sum, c) => sum + (c.syncMs ?? 0), 0);
      parts.push(
        `Where ours spends the extra time (${g.bundler} ${g.mode === 'development' ? 'dev' : 'prod'}, ${buildSize}; ours − native, medians in ms): ` +
          `${PHASES.map((phase) => `${phase} ${signed(ours[phase] - native[phase])}`).join(', ')}; total ${signed(g.variants.ours.time.median - g.variants.native.time.median)}. ` +
          `${int(p.replacementCallbacks)} of ${int(p.requests)} requests reach our NormalModuleReplacementPlugin callback (${int(p.replacementCallbackMs)} ms in it)` +
          (taps ? `; our module-factory taps run ${fixed(taps, 0)} ms of their own` : '') +
          `; ${int(p.generatedModules)} generated modules built.`,
      );
    }
  }
  if (bytes) {
    const q = (bundler) => {
      const a = bytes.added[bundler];
      return a ? `${bundler}: ours +${int(a.ours.one.minified)} B / +${int(a.ours.one.gzip)} B gzip for one package, ${signed(a.ours.perPackage.minified)} B per further package (native +${int(a.native.one.minified)} / +${int(a.native.one.gzip)}, ${signed(a.native.perPackage.minified)} B)` : undefined;
    };
    parts.push(
      `Runtime bytes in the main chunk: ${['webpack', 'rspack'].map(q).filter(Boolean).join('; ')} — targets ≤ ${int(TARGETS.runtimeOne.minified)} B / ${int(TARGETS.runtimeOne.gzip)} B gzip and ≤ ${TARGETS.runtimePerPackage.minified} B per further package.`,
    );
  }
  const runtimeSize = targetSize(sizes, 'runtime');
  if (runtimeSize) {
    const q = Object.entries(sizes[runtimeSize].runtime.bundlers).map(([bundler, r]) => {
      const { ours, native } = r.variants;
      return `${bundler} build ${fixed(ours.warm.perConsumeUs, 1)} µs per consume warm / ${fixed(ours.cold.perConsumeUs, 1)} cold vs native ${fixed(native.warm.perConsumeUs, 1)} / ${fixed(native.cold.perConsumeUs, 1)}, scope init ${fixed(ours.warm.initPerRegistrationUs)} µs per registration (native ${fixed(native.warm.initPerRegistrationUs)})`;
    });
    parts.push(`Runtime, ${runtimeSize} workspace: ${q.join('; ')}.`);
  }
  return ['## Closing note', '', ...parts.map((p) => `- ${p}`)].join('\n');
}

export function renderResults(all) {
  const sections = [
    '# Benchmark results',
    '',
    '_Generated by `npm run bench` (`bench/run.mjs`) from `bench/results/*.json`; do not edit by hand. ' +
      'Regenerate with `npm run bench -- --size small` (all parts, < 5 min) and `npm run bench -- --size medium`._',
    '',
    targetsSection(all),
    '',
    closingNote(all),
    '',
    environmentSection(all),
    '',
    method(all.bytes?.many ?? 10),
  ];
  for (const size of SIZE_ORDER) {
    const data = all.sizes[size];
    if (data?.build) sections.push('', buildSection(size, data));
  }
  if (all.bytes) sections.push('', bytesSection(all.bytes));
  for (const size of SIZE_ORDER) {
    const data = all.sizes[size];
    if (data?.runtime) sections.push('', runtimeSection(size, data));
  }
  return sections.join('\n') + '\n';
}
