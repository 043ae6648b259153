import type { Compiler } from './adapters/bundlerTypes';
import { sharingFor } from './adapters/sharing';
import { normalizeConsumeSharedPluginOptions, normalizeProvideSharedPluginOptions, splitSharePluginOptions } from './options/normalize';
import type { NormalizedConsumeSharedPluginOptions, NormalizedProvideSharedPluginOptions, SharePluginOptions } from './options/types';
import { validateSharePluginOptions } from './options/validate';

/** Provides and consumes the same modules: webpack's `sharing.SharePlugin`, `shared` map included. */
export class SharePlugin {
  readonly provide: NormalizedProvideSharedPluginOptions;
  readonly consume: NormalizedConsumeSharedPluginOptions;

  constructor(options: SharePluginOptions) {
    validateSharePluginOptions(options);
    // The split options are valid by construction: normalised directly, not validated again
    // (compiling each schema costs tens of milliseconds at startup).
    const { provide, consume } = splitSharePluginOptions(options);
    this.consume = normalizeConsumeSharedPluginOptions(consume);
    this.provide = normalizeProvideSharedPluginOptions(provide);
  }

  apply(compiler: Compiler): void {
    const sharing = sharingFor(compiler);
    sharing.addConsumes(this.consume);
    sharing.addProvides(this.provide);
  }
}
