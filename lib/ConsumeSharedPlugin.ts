import type { Compiler } from './adapters/bundlerTypes';
import { sharingFor } from './adapters/sharing';
import { normalizeConsumeSharedPluginOptions } from './options/normalize';
import type { ConsumeSharedPluginOptions, NormalizedConsumeSharedPluginOptions } from './options/types';
import { validateConsumeSharedPluginOptions } from './options/validate';

/** Takes matching requests from a share scope at runtime, falling back to this build's own copy. */
export class ConsumeSharedPlugin {
  readonly options: NormalizedConsumeSharedPluginOptions;

  constructor(options: ConsumeSharedPluginOptions) {
    validateConsumeSharedPluginOptions(options);
    this.options = normalizeConsumeSharedPluginOptions(options);
  }

  apply(compiler: Compiler): void {
    sharingFor(compiler).addConsumes(this.options);
  }
}
