export { ConsumeSharedPlugin } from './ConsumeSharedPlugin';
export { ProvideSharedPlugin } from './ProvideSharedPlugin';
export { SharePlugin } from './SharePlugin';
export type {
  ConsumeSharedPluginOptions,
  Consumes,
  ConsumesConfig,
  ProvideSharedPluginOptions,
  Provides,
  ProvidesConfig,
  Shared,
  SharedConfig,
  SharePluginOptions,
} from './options/types';
