/** Runs one bench child process (a build or a runtime measurement) and returns its JSON result. */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const LIB_DIR = path.dirname(fileURLToPath(import.meta.url));
export const BUILD_CHILD = path.join(LIB_DIR, 'build-child.mjs');
export const RUNTIME_CHILD = path.join(LIB_DIR, 'runtime-child.mjs');

/**
 * @param script  child script
 * @param request JSON-able request; `resultFile` is added
 * @param resultFile where the child writes its answer
 * @param nodeArgs   extra node flags (e.g. --expose-gc)
 */
export async function runChild(script, request, resultFile, nodeArgs = []) {
  mkdirSync(path.dirname(resultFile), { recursive: true });
  rmSync(resultFile, { force: true });
  const start = performance.now();
  const stderr = await new Promise((resolve) => {
    execFile(process.execPath, [...nodeArgs, script, JSON.stringify({ ...request, resultFile })], { maxBuffer: 256 * 1024 * 1024 }, (_error, _stdout, text) =>
      resolve(String(text)),
    );
  });
  const processMs = performance.now() - start;
  let result;
  try {
    result = JSON.parse(readFileSync(resultFile, 'utf8'));
  } catch {
    throw new Error(`${path.basename(script)} produced no result for ${describe(request)}\n${stderr.slice(-4000)}`);
  }
  if (result.fatal) throw new Error(`${path.basename(script)} failed for ${describe(request)}:\n${result.fatal}\n${stderr.slice(-4000)}`);
  return { ...result, processMs };
}

function describe(request) {
  return [request.bundler, request.mode, request.variant, request.appDir].filter(Boolean).join(' ');
}

/** A build request for build-child.mjs. */
export function buildRequest({ bundler, mode, variant, appDir, outDir, shared, pluginPath, entry = './src/index.js', target = 'web', uniqueName = 'app', ...rest }) {
  return { bundler, mode, variant, appDir, outDir, shared, pluginPath, entry, target, uniqueName, ...rest };
}

export function build(request) {
  return runChild(BUILD_CHILD, request, `${request.outDir}.result.json`);
}
