import { validate, ValidationError } from 'schema-utils';
import type { Schema } from 'schema-utils';
import consumeSharedPluginSchema from './ConsumeSharedPlugin.json';
import provideSharedPluginSchema from './ProvideSharedPlugin.json';
import sharePluginSchema from './SharePlugin.json';
import type {
  ConsumeSharedPluginOptions,
  ProvideSharedPluginOptions,
  SharePluginOptions,
} from './types';

type SchemaError = ValidationError['errors'][number];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const ARRAY_INDEX = /^\d+$/;

/**
 * schema-utils prints an error's JSON-pointer path by joining its segments with dots, so the keys
 * sharing configs are made of come out garbled: `'./src/store'` as `..~1src~1store`, `'lodash/'`
 * as `lodash~1`. Segments that are not plain identifiers are swapped for `[#n]` placeholders
 * (schema-utils copies segments that start with `[` verbatim) and later for `["./src/store"]`.
 */
function withReadablePaths(errors: SchemaError[], keys: string[]): SchemaError[] {
  return errors.map((error) => {
    const instancePath = error.instancePath
      .split('/')
      .map((segment) => {
        const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
        if (segment === '' || IDENTIFIER.test(key) || ARRAY_INDEX.test(key)) return segment;
        keys.push(key);
        return `[#${keys.length - 1}]`;
      })
      .join('/');
    const children = error.children && withReadablePaths(error.children, keys);
    return { ...error, instancePath, ...(children && { children }) };
  });
}

type Check = (options: unknown) => boolean;

/**
 * The schemas compiled to functions at build time (scripts/option-checks.mjs → dist/options/checks.js).
 * Absent when running from source (unit tests): then schema-utils checks everything.
 */
function compiledCheck(pluginName: string): Check | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('./checks.js') as Record<string, Check>)[pluginName];
  } catch {
    return undefined;
  }
}

/**
 * Throws schema-utils' `ValidationError` when `options` do not match `schema`. Its message names
 * the plugin and the offending option path (e.g. `options.consumes.react.requiredVersion`),
 * because `baseDataPath` roots every reported path at `options`.
 */
export function validateOptions(pluginName: string, schema: object, options: unknown): void {
  // Valid options (the usual case) pass the compiled check without loading ajv.
  if (compiledCheck(pluginName)?.(options)) return;
  const configuration = { name: pluginName, baseDataPath: 'options' };
  try {
    // schema-utils types the options parameter as object, but rejecting non-objects with a
    // readable message is exactly its job, so anything the user passed goes in unchanged.
    validate(schema as Schema, options as object, configuration);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const keys: string[] = [];
    const reformatted = new ValidationError(withReadablePaths(error.errors, keys), schema as Schema, configuration);
    const message = reformatted.message.replace(/\[#(\d+)\]/g, (_, index: string) => `[${JSON.stringify(keys[Number(index)])}]`);
    // Keep the original error (class, `errors` with real JSON pointers); only its text changes.
    if (error.stack) error.stack = error.stack.replace(error.message, message);
    error.message = message;
    throw error;
  }
}

// Each assertion narrows `unknown`, so the plugin constructors can use the options afterwards
// without casts of their own.

export function validateProvideSharedPluginOptions(
  options: unknown,
): asserts options is ProvideSharedPluginOptions {
  validateOptions('ProvideSharedPlugin', provideSharedPluginSchema, options);
}

export function validateConsumeSharedPluginOptions(
  options: unknown,
): asserts options is ConsumeSharedPluginOptions {
  validateOptions('ConsumeSharedPlugin', consumeSharedPluginSchema, options);
}

export function validateSharePluginOptions(options: unknown): asserts options is SharePluginOptions {
  validateOptions('SharePlugin', sharePluginSchema, options);
}
