/**
 * Puts the sharing runtime into every runtime chunk of a compilation: the runtime requirements it
 * relies on, one runtime module per runtime chunk, and (webpack) keeps webpack's own share runtime
 * out, since ours defines `__webpack_require__.S` and `.I`.
 */
import { sharingRuntimeModuleFor } from '../runtime-modules/SharingRuntimeModule';
import { isRspack, type Compilation, type Compiler } from './bundlerTypes';

/* eslint-disable @typescript-eslint/no-explicit-any */

const PLUGIN_NAME = 'FederatedSharePlugin';

export function addSharingRuntime(compiler: Compiler, compilation: Compilation, options: { debug: boolean | undefined; asyncStartup: boolean }): void {
  const RuntimeGlobals = compiler.webpack.RuntimeGlobals;
  const debug = options.debug ?? compiler.options.mode === 'development';
  const { asyncStartup } = options;
  const uniqueName: string = compiler.options.output?.uniqueName ?? '';
  const RuntimeModule = sharingRuntimeModuleFor(compiler.webpack);
  const added = new WeakSet<object>();

  compilation.hooks.additionalTreeRuntimeRequirements.tap(PLUGIN_NAME, (chunk: any, set: Set<string>) => {
    for (const requirement of [
      RuntimeGlobals.ensureChunkHandlers,
      RuntimeGlobals.ensureChunk,
      RuntimeGlobals.hasOwnProperty,
      RuntimeGlobals.moduleFactories,
      RuntimeGlobals.require,
    ]) {
      set.add(requirement);
    }
    if (debug) set.add(RuntimeGlobals.global);
    // Makes the bundler start the entry through `__webpack_require__.x`, which we can delay.
    if (asyncStartup) set.add(RuntimeGlobals.startup);
    if (added.has(chunk)) return;
    added.add(chunk);
    compilation.addRuntimeModule(chunk, new RuntimeModule({ uniqueName, debug, asyncStartup }));
  });

  // Our runtime defines `__webpack_require__.S` and `.I`; webpack would otherwise add its own
  // share runtime for them (user code reading `__webpack_share_scopes__`, container references).
  const inTree = compilation.hooks.runtimeRequirementInTree;
  if (inTree && typeof inTree.for === 'function' && !isRspack(compiler)) {
    for (const global of [RuntimeGlobals.shareScopeMap, RuntimeGlobals.initializeSharing]) {
      inTree.for(global).tap({ name: PLUGIN_NAME, stage: -10 }, () => true);
    }
  }
}
