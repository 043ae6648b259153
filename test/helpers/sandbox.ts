import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import type { BuildResult, Target } from './buildApp';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}

const ORIGIN = 'http://localhost';

/**
 * One JavaScript realm in which one or more built apps run, the way they would share a page
 * (web target: script tags + JSONP, emulated) or a Node process (node target: CommonJS `require`
 * of chunk files). Every file the bundles load is recorded, so tests can assert which chunk ran.
 */
export class Sandbox {
  readonly context: vm.Context;
  readonly logs: LogEntry[] = [];
  /** Output files executed, in order, as `<publicPath><file>` (e.g. `/main.js`, `/lazy_js.chunk.js`). */
  readonly loadedFiles: string[] = [];
  private readonly mounts: BuildResult[] = [];
  private readonly scripts: FakeScript[] = [];
  private readonly moduleCache = new Map<string, { exports: unknown }>();

  constructor(readonly target: Target) {
    const record = (level: LogEntry['level']) => (...args: unknown[]) => {
      this.logs.push({ level, text: args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ') });
    };
    const sandbox: Record<string, unknown> = {
      console: { log: record('log'), info: record('info'), warn: record('warn'), error: record('error'), debug: record('log') },
      setTimeout,
      clearTimeout,
      setImmediate,
      queueMicrotask,
    };
    this.context = vm.createContext(sandbox);
    if (target === 'web') this.installBrowserGlobals(sandbox);
  }

  /** Makes a build's output reachable by its public path (web) or file path (node). */
  mount(build: BuildResult): void {
    if (!this.mounts.includes(build)) this.mounts.push(build);
  }

  /** Mounts a build and runs its entry. */
  runEntry(build: BuildResult, entry = 'main.js'): unknown {
    this.mount(build);
    const file = path.join(build.outputDir, entry);
    if (this.target === 'node') return this.requireFile(file);
    this.executeScript(file, build.publicPath + entry);
    return undefined;
  }

  /** Runs code in the realm (e.g. to call an API an app put on the global object). */
  evaluate(code: string): unknown {
    return vm.runInContext(code, this.context);
  }

  /**
   * Waits for the value the fixture app stored in `globalThis.caseResult` (a promise or a value).
   * The app may set it late: with async startup the entry module runs after chunks load.
   */
  async caseResult(timeoutMs = 10000): Promise<unknown> {
    const global = this.context as Record<string, unknown>;
    const deadline = Date.now() + timeoutMs;
    while (global.caseResult === undefined) {
      if (Date.now() > deadline) throw new Error('The app did not set globalThis.caseResult.\n' + this.describeLogs());
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`caseResult did not settle in ${timeoutMs} ms.\n${this.describeLogs()}`)), Math.max(0, deadline - Date.now()));
    });
    try {
      return await Promise.race([global.caseResult, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  describeLogs(): string {
    return this.logs.map((entry) => `[${entry.level}] ${entry.text}`).join('\n');
  }

  // ---- node target: CommonJS files evaluated in the realm -------------------------------------

  private requireFile(file: string): unknown {
    const cached = this.moduleCache.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    this.moduleCache.set(file, module);
    const wrapper = vm.runInContext(
      `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`,
      this.context,
      { filename: file },
    ) as (...args: unknown[]) => void;
    this.loadedFiles.push(this.publicName(file));
    const localRequire = (request: string) => {
      if (request.startsWith('.') || path.isAbsolute(request)) {
        return this.requireFile(path.resolve(path.dirname(file), request));
      }
      // Node built-ins (and nothing else): the bundles must not reach outside their output.
      if (request.startsWith('node:') || builtinModules.includes(request)) return require(request);
      throw new Error(`Sandbox: the bundle required "${request}" from ${file}; only output files and Node built-ins are available.`);
    };
    wrapper(module.exports, localRequire, module, file, path.dirname(file));
    return module.exports;
  }

  private publicName(file: string): string {
    const mount = this.mounts.find((build) => file.startsWith(build.outputDir + path.sep));
    return mount ? mount.publicPath + path.relative(mount.outputDir, file).split(path.sep).join('/') : file;
  }

  // ---- web target: a minimal DOM for script-tag (JSONP) chunk loading --------------------------

  private installBrowserGlobals(sandbox: Record<string, unknown>): void {
    const head = {
      appendChild: (script: FakeScript) => {
        this.scripts.push(script);
        script.parentNode = head;
        // Browsers load scripts asynchronously; so do we, to keep the bundles' timing honest.
        setTimeout(() => this.loadScriptElement(script), 0);
        return script;
      },
      removeChild: (script: FakeScript) => {
        const index = this.scripts.indexOf(script);
        if (index >= 0) this.scripts.splice(index, 1);
        script.parentNode = null;
        return script;
      },
    };
    const document = {
      head,
      body: head,
      baseURI: `${ORIGIN}/`,
      currentScript: null,
      createElement: (tagName: string) => new FakeScript(tagName),
      getElementsByTagName: (tagName: string) => (tagName.toLowerCase() === 'script' ? this.scripts.slice() : []),
      querySelectorAll: () => [],
    };
    Object.assign(sandbox, {
      document,
      location: { href: `${ORIGIN}/`, origin: ORIGIN, protocol: 'http:' },
      navigator: { userAgent: 'federated-share-sandbox' },
    });
    // `window`, `self` and `globalThis` must be the same object, as on a page.
    const global = vm.runInContext('globalThis', this.context) as Record<string, unknown>;
    global.window = global;
    global.self = global;
  }

  private resolveUrl(url: string): string | undefined {
    const pathname = url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url;
    const mount = this.mounts
      .filter((build) => pathname.startsWith(build.publicPath))
      .sort((a, b) => b.publicPath.length - a.publicPath.length)[0];
    if (!mount) return undefined;
    const file = path.join(mount.outputDir, pathname.slice(mount.publicPath.length));
    return existsSync(file) ? file : undefined;
  }

  private loadScriptElement(script: FakeScript): void {
    const file = script.src ? this.resolveUrl(script.src) : undefined;
    if (!file) {
      script.onerror?.({ type: 'error', target: script });
      return;
    }
    try {
      this.executeScript(file, script.src.replace(ORIGIN, ''));
    } catch (error) {
      // A throwing script still fires `load` in browsers; the error goes to the console.
      this.logs.push({ level: 'error', text: `Uncaught ${(error as Error).message}` });
    }
    script.onload?.({ type: 'load', target: script });
  }

  private executeScript(file: string, publicName: string): void {
    this.loadedFiles.push(publicName);
    vm.runInContext(readFileSync(file, 'utf8'), this.context, { filename: file });
  }
}

class FakeScript {
  src = '';
  charset = '';
  timeout = 0;
  parentNode: unknown = null;
  onload: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  private readonly attributes = new Map<string, string>();

  constructor(readonly tagName: string) {}

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
    if (name === 'src') this.src = String(value);
  }

  getAttribute(name: string): string | null {
    if (name === 'src') return this.src || null;
    return this.attributes.get(name) ?? null;
  }
}
