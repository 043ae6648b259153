// Rebuilds on BOTH bundlers: watch mode picking up a changed shared package, and a persistent
// cache (webpack `filesystem`, Rspack `persistent`) giving the same result as a cold build — and a
// fresh one when a shared package changed.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BUNDLERS, OUTPUT_ROOT, ROOT, type BuildResult } from './helpers/buildApp';
import { Sandbox } from './helpers/sandbox';

const FIXTURE = path.join(__dirname, 'watch/app');
const WORKER = path.join(__dirname, 'helpers/rebuild-worker.mjs');

interface Edit {
  file: string;
  content: string;
}

const NEW_VERSION: Edit[] = [
  { file: 'node_modules/lib/package.json', content: '{ "name": "lib", "version": "1.1.0", "main": "index.js" }\n' },
  { file: 'node_modules/lib/index.js', content: "module.exports = { value: 'second' };\n" },
];

async function rebuild(bundler: string, mode: 'watch' | 'cache', edits: Edit[], label: string) {
  const base = path.join(OUTPUT_ROOT, 'rebuild', `${bundler}-${label}`);
  rmSync(base, { recursive: true, force: true });
  const appDir = path.join(base, 'app');
  mkdirSync(base, { recursive: true });
  // The edits happen on a copy: the repository's fixture never changes.
  cpSync(FIXTURE, appDir, { recursive: true });
  const resultFile = path.join(base, 'result.json');
  const payload = {
    bundler,
    mode,
    appDir,
    edits,
    outputDir: path.join(base, 'dist'),
    cacheDir: path.join(base, 'cache'),
    pluginPath: path.join(ROOT, 'dist/index.js'),
    resultFile,
  };
  const stderr = await new Promise<string>((resolve) =>
    execFile(process.execPath, [WORKER, JSON.stringify(payload)], (_error, _stdout, text) => resolve(String(text))),
  );
  let parsed: { builds?: Array<{ errors: string[]; warnings: string[]; outputDir: string }>; fatal?: string };
  try {
    parsed = JSON.parse(readFileSync(resultFile, 'utf8'));
  } catch {
    throw new Error(`rebuild worker gave no result:\n${stderr}`);
  }
  if (parsed.fatal) throw new Error(`${parsed.fatal}\n${stderr}`);
  return parsed.builds!;
}

async function runOutput(outputDir: string) {
  const sandbox = new Sandbox('node');
  const build: BuildResult = { outputDir, publicPath: '/', errors: [], warnings: [], assets: [], modules: [] };
  sandbox.runEntry(build);
  return sandbox.caseResult();
}

describe.each(BUNDLERS)('%s rebuilds', (bundler) => {
  it('watch mode: a new version of a shared package is provided after the rebuild', async () => {
    const [first, second] = await rebuild(bundler, 'watch', NEW_VERSION, 'watch');
    for (const build of [first!, second!]) expect([build.errors, build.warnings]).toEqual([[], []]);
    expect(await runOutput(first!.outputDir)).toEqual({ value: 'first', registered: ['1.0.0'] });
    expect(await runOutput(second!.outputDir)).toEqual({ value: 'second', registered: ['1.1.0'] });
  });

  it('persistent cache: a second build from the cache behaves exactly like the first', async () => {
    const [cold, warm] = await rebuild(bundler, 'cache', [], 'cache-same');
    for (const build of [cold!, warm!]) expect([build.errors, build.warnings]).toEqual([[], []]);
    const expected = { value: 'first', registered: ['1.0.0'] };
    expect(await runOutput(cold!.outputDir)).toEqual(expected);
    expect(await runOutput(warm!.outputDir)).toEqual(expected);
  });

  it('persistent cache: a changed shared package is not served stale from the cache', async () => {
    const [, warm] = await rebuild(bundler, 'cache', NEW_VERSION, 'cache-edit');
    expect(warm!.errors).toEqual([]);
    expect(await runOutput(warm!.outputDir)).toEqual({ value: 'second', registered: ['1.1.0'] });
  });
});
