import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildApp, outputDirFor, type BuildResult, type Bundler, type Target } from './buildApp';
import { Sandbox } from './sandbox';

export const CASES_DIR = path.resolve(__dirname, '../cases');

/** One app of a case: a folder with its package.json/node_modules and a config factory. */
export interface CaseApp {
  name: string;
  /** Relative to the case folder; default `.`. */
  dir?: string;
  /** Relative to the app folder; default `app.config.js`. */
  config?: string;
  options?: Record<string, unknown>;
  /**
   * `other` builds this app with the other bundler than the variant under test, so one case
   * covers mixed pairs (Rspack host + webpack remote, and the reverse).
   */
  bundler?: 'same' | 'other';
}

export interface CaseContext {
  bundler: Bundler;
  target: Target;
  builds: Record<string, BuildResult>;
  /** A fresh realm serving every app's output, with the named apps' entries run in order; resolves with `globalThis.caseResult`. */
  run(...appNames: string[]): Promise<{ sandbox: Sandbox; result: unknown }>;
}

/** What `test/cases/<name>/case.js` exports. */
export interface CaseDefinition {
  description: string;
  targets: Target[];
  apps?: CaseApp[];
  /** Build errors are a failure unless the case is about them. */
  allowErrors?: boolean;
  verify(context: CaseContext): Promise<void> | void;
}

function otherBundler(bundler: Bundler): Bundler {
  return bundler === 'rspack' ? 'webpack' : 'rspack';
}

export function listCases(): string[] {
  return readdirSync(CASES_DIR)
    .filter((name) => existsSync(path.join(CASES_DIR, name, 'case.js')))
    .sort();
}

export function loadCase(name: string): CaseDefinition {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(CASES_DIR, name, 'case.js')) as CaseDefinition;
}

/** Builds every app of a case with one bundler for one target (apps in parallel: separate processes). */
export async function buildCase(name: string, definition: CaseDefinition, bundler: Bundler, target: Target): Promise<CaseContext> {
  const apps = definition.apps ?? [{ name: 'app' }];
  const results = await Promise.all(
    apps.map((app) => {
      const appDir = path.join(CASES_DIR, name, app.dir ?? '.');
      return buildApp({
        bundler: app.bundler === 'other' ? otherBundler(bundler) : bundler,
        target,
        appDir,
        configFile: path.join(appDir, app.config ?? 'app.config.js'),
        outputDir: outputDirFor('cases', name, `${bundler}-${target}`, app.name),
        publicPath: apps.length === 1 ? '/' : `/${app.name}/`,
        uniqueName: app.name,
        options: app.options,
      });
    }),
  );
  const builds: Record<string, BuildResult> = {};
  apps.forEach((app, index) => (builds[app.name] = results[index]));
  return {
    bundler,
    target,
    builds,
    async run(...appNames: string[]) {
      const sandbox = new Sandbox(target);
      // Every app of the case is reachable (a host loads its remotes' files); only the named ones start.
      for (const build of Object.values(builds)) sandbox.mount(build);
      const names = appNames.length > 0 ? appNames : apps.map((app) => app.name);
      for (const appName of names) sandbox.runEntry(builds[appName]);
      const result = await sandbox.caseResult();
      return { sandbox, result };
    },
  };
}
