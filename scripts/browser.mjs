// Finds a headless Chromium for the browser tests (test/e2e) and the example report
// (scripts/example.mjs), so both work on a machine that has only Node and `npm ci`:
//   1. CHROMIUM_PATH, when set (must exist: a wrong path is an error, not a silent fallback);
//   2. a system Chromium or Chrome on the PATH or in the usual places;
//   3. the Chromium inside the `@sparticuz/chromium` devDependency (Linux x64 only), unpacked
//      into the OS temp folder on first use (≈2 s, ≈200 MB).
// Where none can run, `findBrowser` throws one line that says what is missing and how to fix it.
//
// Run directly (`node scripts/browser.mjs`), it prints the choice as JSON. The Jest suite uses that
// form: `@sparticuz/chromium` is an ES module, which Jest's CommonJS module system cannot load.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Flags for this closed network (no sandbox as root, no background connections that would be
// refused); shared by both kinds of browser.
const NETWORK_ARGS = JSON.parse(readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8'));

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const SYSTEM_PATHS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findOnPath() {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return SYSTEM_PATHS.find(isExecutable);
}

const FIX =
  'install Chromium or Chrome (Debian/Ubuntu: apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium/Chrome executable';

/**
 * @returns {Promise<{ executablePath: string, args: string[], env: Record<string, string>, source: 'CHROMIUM_PATH' | 'system' | 'packaged', description: string }>}
 */
export async function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist: ${FIX}.`);
    return { executablePath: fromEnv, args: NETWORK_ARGS, env: {}, source: 'CHROMIUM_PATH', description: `${fromEnv} (CHROMIUM_PATH)` };
  }
  const system = findOnPath();
  if (system) return { executablePath: system, args: NETWORK_ARGS, env: {}, source: 'system', description: `${system} (system)` };

  const platform = `${process.platform}-${process.arch}`;
  if (platform !== 'linux-x64') {
    throw new Error(
      `No browser for the browser tests: no system Chromium/Chrome found, and the packaged Chromium (@sparticuz/chromium) runs only on linux-x64, not ${platform}: ${FIX}.`,
    );
  }
  let packaged;
  try {
    packaged = (await import('@sparticuz/chromium')).default;
  } catch (error) {
    throw new Error(`No browser for the browser tests: no system Chromium/Chrome found, and @sparticuz/chromium cannot be loaded (${error.message}); run npm ci, or ${FIX}.`);
  }
  const executablePath = await packaged.executablePath();
  // The package's own flags (single process, software GL, …) plus ours; playwright adds
  // `--headless` itself, so the package's `--headless='shell'` stays as the one that counts.
  const args = [...packaged.args, ...NETWORK_ARGS.filter((arg) => arg !== '--headless' && !packaged.args.includes(arg))];
  // Fonts ship unpacked next to the binary; without this the page would render with none.
  const env = { FONTCONFIG_PATH: path.join(tmpdir(), 'fonts') };
  return { executablePath, args, env, source: 'packaged', description: `${executablePath} (@sparticuz/chromium ${packagedVersion()})` };
}

function packagedVersion() {
  try {
    const manifest = new URL('../node_modules/@sparticuz/chromium/package.json', import.meta.url);
    return JSON.parse(readFileSync(manifest, 'utf8')).version;
  } catch {
    return '?';
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  findBrowser().then(
    (browser) => process.stdout.write(JSON.stringify(browser) + '\n'),
    (error) => {
      process.stderr.write(error.message + '\n');
      process.exitCode = 1;
    },
  );
}
