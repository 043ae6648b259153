/**
 * The loader behind the modules sharing adds. A consumed request is rewritten to
 * `<resolved fallback file>?federated-share=consume&scope=…&key=…` (to this file when there is no
 * fallback), a provide module is `<provided file>?federated-share=provide&…`, and this loader's
 * pitch returns the module's code — so the real file is never read, and no other loader runs on
 * it (a pitch that returns ends the chain). It works the same on webpack and Rspack, which cannot
 * take JS `Module` subclasses.
 */
import { descriptorFromQuery } from '../core/modules';
import { ENTRY_PLACEHOLDER_QUERY } from './requestInterceptor';
import { generateConsumeModuleSource, generateProvideModuleSource } from './generatedModuleSource';

interface LoaderContext {
  resourceQuery: string;
  resourcePath: string;
}

function loader(this: LoaderContext, source: string): string {
  // Only reached when the pitch did not answer, which means the query was not ours.
  return source;
}

function pitch(this: LoaderContext): string | undefined {
  if (this.resourceQuery === ENTRY_PLACEHOLDER_QUERY) return '// federated-share: an entry for builds that have none, so provides can be included\n';
  const module = descriptorFromQuery(this.resourceQuery, this.resourcePath);
  if (module === undefined) return undefined;
  if (module.kind === 'consume') {
    // The fallback is the file this module stands in for (resolved from the issuer, with the
    // user's aliases, by the compilation's resolver). No fallback (`import: false`): the resource is us.
    const fallback = module.descriptor.import === undefined ? undefined : this.resourcePath;
    return generateConsumeModuleSource(module.descriptor, fallback);
  }
  return generateProvideModuleSource(module.descriptor);
}

// CommonJS shape a loader runner expects: the function, with `pitch` on it.
module.exports = Object.assign(loader, { pitch });
