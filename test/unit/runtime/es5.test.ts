/*
 * Every file in runtime/ is embedded into bundles as `(<fn.toString()>)(...)`: it must be
 * ES5 and must not reach for anything but its parameters and standard built-ins.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import type { RuntimeData as PluginRuntimeData } from '../../../lib/core/runtimeData';
import { renderRuntime } from '../../../lib/runtime-modules/renderRuntime';
import { consume, data, SINGLETON, STRICT } from './fakeWebpackRequire';

const acorn = require('acorn');

const RUNTIME_DIR = path.join(__dirname, '../../../runtime');
const FILES = fs.readdirSync(RUNTIME_DIR).filter((f) => f.endsWith('.js'));

// Standard built-ins a runtime file may use; `console` only behind a typeof guard.
const ALLOWED = new Set(['Object', 'Array', 'Promise', 'Error', 'TypeError', 'JSON', 'Math', 'String', 'Number', 'RegExp', 'undefined', 'console']);

type Node = { type: string; [key: string]: any };

/** Names a function declares in its own scope (params, vars, inner function names), not in nested functions. */
function ownDeclarations(fn: Node): Set<string> {
  const names = new Set<string>(fn.params.map((p: Node) => p.name));
  if (fn.type === 'FunctionExpression' && fn.id) names.add(fn.id.name);
  const visit = (node: Node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'VariableDeclarator') names.add(node.id.name);
    if (node.type === 'FunctionDeclaration') {
      names.add(node.id.name);
      return;
    }
    if (node.type === 'FunctionExpression') return;
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(fn.body);
  return names;
}

/** Identifiers a function (and everything nested in it) reads without declaring them. */
export function freeVariables(source: string): string[] {
  const ast = acorn.parse(`(${source})`, { ecmaVersion: 5 });
  const free = new Set<string>();
  const walk = (node: Node, scopes: Set<string>[], parent?: Node, key?: string) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') {
      const inner = [...scopes, ownDeclarations(node)];
      walk(node.body, inner, node, 'body');
      return;
    }
    if (node.type === 'CatchClause') {
      walk(node.body, [...scopes, new Set([node.param.name])], node, 'body');
      return;
    }
    if (node.type === 'Identifier') {
      const isPropertyName =
        (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) ||
        (parent?.type === 'Property' && key === 'key');
      if (!isPropertyName && !scopes.some((s) => s.has(node.name))) free.add(node.name);
      return;
    }
    for (const [k, value] of Object.entries(node)) {
      if (Array.isArray(value)) value.forEach((v) => walk(v, scopes, node, k));
      else if (value && typeof value === 'object') walk(value, scopes, node, k);
    }
  };
  walk(ast, []);
  return [...free].sort();
}

describe('the free-variable check itself', () => {
  it('finds globals, and ignores params, vars, hoisted functions, catch params and property names', () => {
    const source = `function (a) {
      var b = a.x + c;
      try { d(); } catch (e) { e.y = window; }
      return { z: b, w: f(g) };
      function f(h) { var i = h; return i + a + k; }
    }`;
    expect(freeVariables(source)).toEqual(['c', 'd', 'g', 'k', 'window']);
  });
});

describe.each(FILES)('runtime/%s', (file) => {
  const fullPath = path.join(RUNTIME_DIR, file);
  const fileSource = fs.readFileSync(fullPath, 'utf8');
  const fn = require(fullPath);

  it('exports one factory function', () => {
    expect(typeof fn).toBe('function');
    expect(Object.keys(require(fullPath))).toEqual([]);
  });

  it('is ES5, the whole file and the embedded function source', () => {
    expect(() => acorn.parse(fileSource, { ecmaVersion: 5 })).not.toThrow();
    expect(() => acorn.parse(`(${fn.toString()})`, { ecmaVersion: 5 })).not.toThrow();
  });

  it('reads no free variables beyond standard built-ins', () => {
    const free = freeVariables(fn.toString());
    expect(free.filter((name) => !ALLOWED.has(name))).toEqual([]);
    if (free.includes('console')) expect(fn.toString()).toMatch(/typeof console\s*!=/);
  });
});

describe('the assembled runtime in a bare vm context', () => {
  // Only the language's built-ins exist in a new context: no console, no require, no module.
  const context = vm.createContext({});

  it('initialises, warns, fails and consumes without reaching for anything else (every optional part embedded)', async () => {
    const modules: Record<string, () => unknown> = { 10: () => 'react 18', 11: () => 'react 17', 12: () => 'fallback' };
    const R: any = (id: string) => modules[id]();
    R.o = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
    R.f = {};
    R.e = (chunkId: string) => Promise.all(Object.keys(R.f).map((k) => R.f[k](chunkId, [])));
    R.g = {};
    R.x = () => 'started';
    const d = data({
      uniqueName: 'vm',
      init: { default: [['react', '18.2.0', 10, []], ['react', '17.0.2', 11, [], 1], 99] },
      consumes: {
        1: consume('react', { range: '^17.0.0', flags: SINGLETON }), // warns (no console here)
        2: consume('react', { range: '^16.0.0', flags: STRICT, fallback: [12, []] }),
        3: consume('nope', { range: '^1.0.0' }), // throws
      },
      initial: [1, 2],
    });
    modules[99] = () => {
      throw new Error('broken remote'); // warns
    };
    // As the plugin assembles it, remotes.js, asyncStartup.js and debug.js included.
    const code = renderRuntime(d as unknown as PluginRuntimeData, { debug: true, asyncStartup: true });
    for (const file of FILES) expect(code).toContain(require(path.join(RUNTIME_DIR, file)).toString());
    vm.runInContext(`(function (__webpack_require__) {\n${code}\n})`, context)(R);
    expect(R.I('default')).toBe(1);
    expect(R.FSc(1)).toBe('react 18');
    expect(R.FSc(2)).toBe('fallback');
    expect(() => R.FSc(3)).toThrow(/^Shared module nope doesn't exist/);
    await expect(R.x()).resolves.toBe('started');
    const debug = R.g.__webpack_module_federation_debug__;
    expect(debug.getHealthMetrics().total).toBe(3);
    expect(debug.testResolution('default', 'react', '^17.0.0').version).toBe('18.2.0');
    expect(debug.getConnectionInfo('default', 'react').providers).toEqual(['vm']);
  });
});
