// Compiles lib/ to dist/ (CommonJS + declarations) and adds an ESM entry, so both
// `require('federated-share')` (webpack.config.js) and `import` (rspack.config.mjs) work.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});

// Option schemas compiled to plain functions: the fast path of option validation.
const { SCHEMAS, generateOptionChecks } = await import('./option-checks.mjs');
const schemas = Object.fromEntries(
  SCHEMAS.map((name) => [name, JSON.parse(readFileSync(path.join(root, 'lib/options', `${name}.json`), 'utf8'))]),
);
writeFileSync(path.join(dist, 'options/checks.js'), generateOptionChecks(schemas));

// Named ESM exports are generated from the CommonJS build, so the two entries can never disagree.
const cjs = createRequire(import.meta.url)(path.join(dist, 'index.js'));
const names = Object.keys(cjs).filter((name) => name !== 'default' && name !== '__esModule');
writeFileSync(
  path.join(dist, 'index.mjs'),
  `import cjs from './index.js';\n${names.map((name) => `export const ${name} = cjs.${name};`).join('\n')}\nexport default cjs;\n`,
);
