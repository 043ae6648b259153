import type { Compiler } from './adapters/bundlerTypes';
import { ConsumeSharedPlugin } from './ConsumeSharedPlugin';
import { splitSharePluginOptions } from './options/normalize';
import type { SharePluginOptions } from './options/types';
import { validateSharePluginOptions } from './options/validate';
import { ProvideSharedPlugin } from './ProvideSharedPlugin';

/** Provides and consumes the same modules: webpack's `sharing.SharePlugin`, `shared` map included. */
export class SharePlugin {
  readonly provide: ProvideSharedPlugin;
  readonly consume: ConsumeSharedPlugin;

  constructor(options: SharePluginOptions) {
    validateSharePluginOptions(options);
    const { provide, consume } = splitSharePluginOptions(options);
    this.consume = new ConsumeSharedPlugin(consume);
    this.provide = new ProvideSharedPlugin(provide);
  }

  apply(compiler: Compiler): void {
    this.consume.apply(compiler);
    this.provide.apply(compiler);
  }
}
