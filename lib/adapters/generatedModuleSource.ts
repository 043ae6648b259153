/**
 * Source of the generated consume and provide modules. The code that matters runs in the sharing
 * runtime; these modules exist to put the right modules into the right chunks:
 * - a consume module's fallback is an `import()` that is never called: it makes the bundler emit
 *   the fallback in its own chunk (lazy) or in the consumer's chunk (eager), and the runtime data
 *   records which module id and chunk ids that is;
 * - a provide module does the same for the provided module.
 */
import type { ConsumeDescriptor, ProvideDescriptor } from '../core/modules';

/** Name of the accessor the runtime defines; the consume module reads its resolved exports there. */
export const CONSUME_ACCESSOR = '__webpack_require__.FSc';

function lazyImport(request: string, eager: boolean): string {
  const mode = eager ? '/* webpackMode: "eager" */ ' : '';
  return `import(${mode}${JSON.stringify(request)})`;
}

// The `import()` must stay reachable: Rspack's production tree shaking drops an `import()` inside
// a function nothing uses, and with it the fallback's chunk. Handing the function to a call (the
// runtime ignores it) or to `module.exports` keeps it, at a few bytes.
export function generateConsumeModuleSource(descriptor: ConsumeDescriptor, fallbackFile: string | undefined): string {
  const keepFallback = fallbackFile === undefined ? '' : `, function () { return ${lazyImport(fallbackFile, descriptor.eager)}; }`;
  return [
    `// ${descriptor.shareKey} from share scope "${descriptor.shareScope}", resolved by the sharing runtime`,
    `module.exports = ${CONSUME_ACCESSOR}(module.id${keepFallback});`,
  ].join('\n') + '\n';
}

export function generateProvideModuleSource(descriptor: ProvideDescriptor): string {
  return [
    `// provides ${descriptor.shareKey} to share scope "${descriptor.shareScope}"; registered by the sharing runtime`,
    `module.exports = function () { return ${lazyImport(descriptor.request, descriptor.eager)}; };`,
  ].join('\n') + '\n';
}
