import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export type Bundler = 'rspack' | 'webpack';
export type Target = 'node' | 'web';

export const BUNDLERS: Bundler[] = ['rspack', 'webpack'];
export const ROOT = path.resolve(__dirname, '../..');
export const OUTPUT_ROOT = path.join(ROOT, 'test/.output');
const WORKER = path.join(__dirname, 'build-worker.mjs');
const PLUGIN = path.join(ROOT, 'dist/index.js');

export interface BuildRequest {
  bundler: Bundler;
  target: Target;
  /** The fixture app: context of the build, holds its package.json and node_modules. */
  appDir: string;
  /** CommonJS file exporting `({ bundler, target, share, appDir, options }) => config`. */
  configFile: string;
  /** Where the output goes; one folder per app × bundler × target. */
  outputDir: string;
  /** Served under this URL path in the web runner. */
  publicPath: string;
  uniqueName: string;
  /** Free-form values handed to the config factory (a case may build one app several ways). */
  options?: Record<string, unknown>;
}

export interface BuildResult {
  outputDir: string;
  publicPath: string;
  errors: string[];
  warnings: string[];
  assets: string[];
  modules: string[];
}

interface WorkerResult extends Partial<BuildResult> {
  fatal?: string;
}

/** Builds one app with the real bundler in a child process and returns its diagnostics. */
export async function buildApp(request: Omit<BuildRequest, 'publicPath'> & { publicPath?: string }): Promise<BuildResult> {
  const full: BuildRequest = { publicPath: '/', ...request };
  mkdirSync(full.outputDir, { recursive: true });
  const resultFile = `${full.outputDir}.result.json`;
  rmSync(resultFile, { force: true });
  const payload = JSON.stringify({ ...full, resultFile, pluginPath: PLUGIN });
  const { stderr } = await new Promise<{ stderr: string }>((resolve) => {
    execFile(process.execPath, [WORKER, payload], { maxBuffer: 64 * 1024 * 1024 }, (_error, _stdout, stderrText) =>
      resolve({ stderr: String(stderrText) }),
    );
  });
  let parsed: WorkerResult;
  try {
    parsed = JSON.parse(readFileSync(resultFile, 'utf8')) as WorkerResult;
  } catch {
    throw new Error(`${full.bundler} build of ${full.appDir} produced no result.\n${stderr}`);
  }
  if (parsed.fatal) throw new Error(`${full.bundler} build of ${full.appDir} failed:\n${parsed.fatal}\n${stderr}`);
  return {
    outputDir: full.outputDir,
    publicPath: full.publicPath,
    errors: parsed.errors ?? [],
    warnings: parsed.warnings ?? [],
    assets: parsed.assets ?? [],
    modules: parsed.modules ?? [],
  };
}

/** A fresh output folder for a case, so stale files from an earlier run can never satisfy a test. */
export function outputDirFor(...parts: string[]): string {
  const dir = path.join(OUTPUT_ROOT, ...parts);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}
