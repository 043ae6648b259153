import type { Compiler } from './adapters/bundlerTypes';
import { sharingFor } from './adapters/sharing';
import { normalizeProvideSharedPluginOptions } from './options/normalize';
import type { NormalizedProvideSharedPluginOptions, ProvideSharedPluginOptions } from './options/types';
import { validateProvideSharedPluginOptions } from './options/validate';

/** Registers modules of this build in a share scope, for this and other builds to consume. */
export class ProvideSharedPlugin {
  readonly options: NormalizedProvideSharedPluginOptions;

  constructor(options: ProvideSharedPluginOptions) {
    // Validate at construction so a bad config fails where it is written, before any build.
    validateProvideSharedPluginOptions(options);
    this.options = normalizeProvideSharedPluginOptions(options);
  }

  apply(compiler: Compiler): void {
    sharingFor(compiler).addProvides(this.options);
  }
}
