// Compiles the option schemas (lib/options/*.json) into standalone validation functions at build
// time, as webpack does for its own schemas: valid options are then checked without loading ajv
// (which costs ~100 ms at the first plugin construction); invalid ones still go through
// schema-utils, which produces the error message.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const SCHEMAS = ['ProvideSharedPlugin', 'ConsumeSharedPlugin', 'SharePlugin'];

/** CommonJS source exporting one `(options) => boolean` per schema. */
export function generateOptionChecks(schemas) {
  const Ajv = require('ajv').default;
  const standalone = require('ajv/dist/standalone').default;
  const { _ } = require('ajv/dist/compile/codegen');
  // `unicode: false`: string lengths as `.length` (the schemas only ask for non-empty strings), so
  // the output needs no ajv runtime module.
  const ajv = new Ajv({ code: { source: true }, strict: false, allErrors: false, unicode: false });
  // The one non-standard keyword the schemas use (as with schema-utils' ajv-keywords), written
  // as inline code so the standalone output needs no runtime support.
  ajv.addKeyword({
    keyword: 'instanceof',
    schemaType: 'string',
    code(context) {
      if (context.schema !== 'RegExp') throw new Error(`option-checks: unsupported instanceof ${context.schema}`);
      context.fail(_`!(${context.data} instanceof RegExp)`);
    },
  });
  const refs = {};
  for (const [name, schema] of Object.entries(schemas)) {
    ajv.addSchema(schema, name);
    refs[name] = name;
  }
  return standalone(ajv, refs);
}
