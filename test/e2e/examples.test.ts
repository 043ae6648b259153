// The examples, end to end, as a user meets them: `scripts/example.mjs` (what `npm run example`
// runs) builds every app with the bundlers' CLIs and serves them; this test then drives the pages
// in real headless Chromium, asserts what the sharing runtime did, saves screenshots under
// test/.output/e2e/, and stops the runner with Ctrl-C (SIGINT).
//
// The browser: CHROMIUM_PATH, else a system Chromium/Chrome, else the Chromium inside the
// @sparticuz/chromium devDependency (scripts/browser.mjs). Where none can run, the suite fails
// with one line saying why; it never skips.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const OUTPUT = path.join(ROOT, 'test/.output/e2e');

interface Browser {
  executablePath: string;
  args: string[];
  env: Record<string, string>;
  source: 'CHROMIUM_PATH' | 'system' | 'packaged';
  description: string;
}

/**
 * The browser scripts/example.mjs uses too. Chosen in a child process: @sparticuz/chromium is an
 * ES module, which Jest's module system cannot load.
 */
function findBrowser(): Browser {
  try {
    return JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'scripts/browser.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Browser;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(stderr || String(error));
  }
}

interface Resolution {
  app: string;
  key: string;
  requiredVersion: string;
  version: string | null;
  from: string | null;
  fallback: boolean;
  failed: boolean;
  message: string | null;
}

interface PageReport {
  url: string;
  ok: boolean;
  problems: string[];
  resolutions?: Resolution[];
  health?: { total: number; successful: number; fallback: number; failed: number };
  scopes?: Record<string, Record<string, Array<{ version: string; from: string; loaded: boolean }>>>;
}

interface RunnerReport {
  url: string;
  builds: Array<{ id: string; bundler: string; ok: boolean; output: string }>;
  pages: Record<string, PageReport>;
  browser?: { source: string; executablePath: string };
}

/** The example runner as a child process: `npm run example` with its output kept for assertions. */
class Runner {
  output = '';
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [path.join(ROOT, 'scripts/example.mjs'), ...args], { cwd: ROOT });
    this.child.stdout?.on('data', (chunk) => (this.output += chunk));
    this.child.stderr?.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Resolves once `text` was printed; fails with everything printed if the runner exits first. */
  async waitFor(text: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    while (!this.output.includes(text)) {
      if (exited || Date.now() > deadline) throw new Error(`example runner did not print "${text}":\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  interrupt(): void {
    this.child.kill('SIGINT');
  }
}

/** Loads a page and collects everything the browser complains about while it runs. */
async function open(context: BrowserContext, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  // An uncaught error ends the wait at once: such a page never gets ready.
  let crash: (error: Error) => void = () => {};
  const crashed = new Promise<never>((_, reject) => (crash = reject));
  crashed.catch(() => {});
  page.on('pageerror', (error) => {
    problems.push(`uncaught: ${error.stack ?? error.message}`);
    crash(new Error('the page threw'));
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(url);
  try {
    // Generous: on a loaded 2-core machine (other test files build in parallel) pages are slow.
    await Promise.race([page.waitForFunction("document.body && document.body.dataset.ready === 'true'", null, { timeout: 30000 }), crashed]);
  } catch (error) {
    throw new Error(`${url} did not get ready: ${(error as Error).message}\n${problems.join('\n')}`);
  }
  return { page, problems };
}

/** The rows of a page's decisions table (`data-testid` of the table), as arrays of cell texts. */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
  const rows = page.getByTestId(testId).locator('tbody tr');
  const texts: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) texts.push(await rows.nth(i).locator('td').allTextContents());
  return texts;
}

describe('examples in headless Chromium (npm run example)', () => {
  let runner: Runner;
  let report: RunnerReport;
  let baseUrl: string;
  let context: BrowserContext;
  let profile: string;
  let browser: Browser;

  beforeAll(async () => {
    browser = findBrowser();
    // Which browser ran, in the test output (the report JSON records it too).
    process.stdout.write(`e2e browser: ${browser.description}\n`);
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    // Builds go to test/.output, so a test run never touches the examples' own dist folders.
    runner = new Runner(['--port', '0', '--out', path.join(OUTPUT, 'build'), '--json', path.join(OUTPUT, 'report.json')]);
    await runner.waitFor('Press Ctrl-C to stop.', 100000);
    report = JSON.parse(readFileSync(path.join(OUTPUT, 'report.json'), 'utf8')) as RunnerReport;
    baseUrl = report.url.replace('localhost', '127.0.0.1');
    profile = mkdtempSync(path.join(os.tmpdir(), 'federated-share-e2e-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browser.executablePath,
      headless: true,
      args: browser.args,
      env: { ...process.env, ...browser.env } as Record<string, string>,
      viewport: { width: 1100, height: 900 },
    });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    runner?.interrupt();
  });

  it('builds every app with the CLIs and prints a report of the sharing decisions', () => {
    expect(report.builds.map((build) => [build.id, build.bundler, build.ok])).toEqual([
      ['basic', 'rspack', true],
      ['basic-webpack', 'webpack', true],
      ['host', 'rspack', true],
      ['remote-rspack', 'rspack', true],
      ['remote-webpack', 'webpack', true],
    ]);
    // The text report, as `npm run example` prints it: one row per decision, then the counters.
    expect(runner.output).toMatch(/Serving the examples at http:\/\/localhost:\d+\//);
    expect(runner.output).toMatch(/basic\s+clsx\s+\^2\.1\.0\s+2\.1\.1\s+basic\s+no/);
    expect(runner.output).toMatch(/remote-webpack\s+lodash\/capitalize\s+4\.17\.21\s+\(own copy\)\s+-\s+yes/);
    expect(runner.output).toMatch(/health: \d+ resolutions, \d+ successful, 1 fallback, 0 failed/);
    for (const page of Object.values(report.pages)) expect(page.problems).toEqual([]);
    // The runner read the pages with the same browser as this test.
    expect(report.browser).toEqual({ source: browser.source, executablePath: browser.executablePath });
    expect(Object.keys(report.pages).length).toBeGreaterThan(0);
  });

  it.each(['/basic/', '/basic-webpack/'])('basic (%s): one config, the app consumes the clsx it provides', async (route) => {
    const { page, problems } = await open(context, new URL(route, baseUrl).href);
    expect(await tableRows(page, 'decisions')).toEqual([['clsx', '^2.1.0', '2.1.1', 'basic', 'no']]);
    // clsx really ran: the class list it computed is on the element.
    expect(await page.locator('#root').getAttribute('class')).toBe('card ready');
    expect(await page.locator('body').textContent()).toContain('health: 1 successful, 0 fallback, 0 failed');
    if (route === '/basic/') await page.screenshot({ path: path.join(OUTPUT, 'basic.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('react-host-remotes: one React across an Rspack host, an Rspack remote and a webpack remote', async () => {
    const { page, problems } = await open(context, new URL('/react-host-remotes/host/', baseUrl).href);

    // The remotes' components use hooks inside the host's tree: that only works with one React.
    expect(await page.getByTestId('one-react').textContent()).toContain('one (React 18.3.1)');
    const counter = page.getByTestId('remote-rspack-counter');
    await counter.getByRole('button').click();
    await counter.getByRole('button').click();
    expect(await counter.getByTestId('count').textContent()).toBe('2');
    const badge = page.getByTestId('remote-webpack-badge');
    expect(await badge.getByTestId('mounted').textContent()).toBe('mounted'); // its useEffect ran
    await badge.getByRole('button').click();
    expect(await badge.getByRole('button').textContent()).toBe('on');

    // The decisions table is read from the live debug API; check it against the runtime itself.
    const decisions = (await tableRows(page, 'decisions')).map(([app, key, required, used, from, fallback]) => ({ app, key, required, used, from, fallback }));
    const decision = (app: string, key: string) => decisions.filter((row) => row.app === app && row.key === key);

    // React: every app, every consume, the same version from the same provider.
    const reactRows = decisions.filter((row) => row.key === 'react' || row.key === 'react-dom');
    expect(new Set(reactRows.map((row) => row.app))).toEqual(new Set(['host', 'remote-rspack', 'remote-webpack']));
    expect(new Set(reactRows.map((row) => `${row.used} from ${row.from}`)).size).toBe(1);
    expect(reactRows[0].used).toBe('18.3.1');

    // clsx at two majors: the webpack remote needs ^1 and gets 1.2.1, the others share 2.1.1.
    expect(decision('remote-webpack', 'clsx')).toEqual([{ app: 'remote-webpack', key: 'clsx', required: '^1.2.1', used: '1.2.1', from: 'remote-webpack', fallback: 'no' }]);
    for (const app of ['host', 'remote-rspack']) {
      expect(decision(app, 'clsx')).toEqual([expect.objectContaining({ used: '2.1.1', fallback: 'no' })]);
    }
    expect(new Set(decision('host', 'clsx').concat(decision('remote-rspack', 'clsx')).map((row) => row.from)).size).toBe(1);

    // Prefix-shared lodash: each lodash/<fn> is a share key of its own, shared at 4.18.1 …
    expect(decision('remote-rspack', 'lodash/capitalize')).toEqual([expect.objectContaining({ required: '^4.18.0', used: '4.18.1', fallback: 'no' })]);
    expect(decision('host', 'lodash/startCase')).toEqual([expect.objectContaining({ used: '4.18.1', from: 'host', fallback: 'no' })]);
    // … except for the webpack remote, which pins 4.17.21 that nobody provides: its own copy.
    expect(decision('remote-webpack', 'lodash/capitalize')).toEqual([
      { app: 'remote-webpack', key: 'lodash/capitalize', required: '4.17.21', used: 'own copy', from: 'remote-webpack (bundled)', fallback: 'yes' },
    ]);

    // The share scope holds both clsx majors, and the counters match the table.
    const scope = Object.fromEntries((await tableRows(page, 'scope')).map(([key, versions]) => [key, versions]));
    // (Equal versions from several apps: the larger uniqueName wins, so every app picks the same.)
    expect(scope.clsx.split(', ').sort()).toEqual(['1.2.1 (remote-webpack; loaded)', '2.1.1 (remote-rspack; loaded)']);
    const health = await page.getByTestId('health').textContent();
    expect(health).toContain(`resolutions: ${decisions.length}`);
    expect(health).toContain(`successful: ${decisions.length - 1}`);
    expect(health).toContain('fallback: 1');
    expect(health).toContain('failed: 0');

    await page.screenshot({ path: path.join(OUTPUT, 'react-host-remotes.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('stops cleanly on Ctrl-C', async () => {
    runner.interrupt();
    expect(await runner.exited).toBe(0);
    expect(runner.output).toContain('Stopped.');
    await expect(fetch(baseUrl)).rejects.toThrow();
  });
});
