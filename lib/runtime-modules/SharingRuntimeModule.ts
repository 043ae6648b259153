/**
 * The runtime module carrying the sharing runtime and this build's data. One class per bundler
 * namespace (webpack's and Rspack's `RuntimeModule` differ), built from `compiler.webpack`.
 */
import { buildRuntimeData } from '../core/runtimeData';
import type { BundlerNamespace } from '../adapters/bundlerTypes';
import { collectGraphFacts } from './graphFacts';
import { renderRuntime } from './renderRuntime';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface SharingRuntimeOptions {
  uniqueName: string;
  debug: boolean;
  asyncStartup: boolean;
}

type SharingRuntimeModuleClass = new (options: SharingRuntimeOptions) => any;

const classes = new WeakMap<BundlerNamespace, SharingRuntimeModuleClass>();

export function sharingRuntimeModuleFor(webpack: BundlerNamespace): SharingRuntimeModuleClass {
  let SharingRuntimeModule = classes.get(webpack);
  if (SharingRuntimeModule) return SharingRuntimeModule;
  const Base = webpack.RuntimeModule as new (name: string, stage?: number) => any;
  // "attach" stage: after the basic runtime (`o`, `e`, `f`) it relies on exists.
  const stage: number = (webpack.RuntimeModule as any).STAGE_ATTACH ?? 10;
  SharingRuntimeModule = class extends Base {
    constructor(private readonly options: SharingRuntimeOptions) {
      super('federated-share sharing', stage);
    }

    // Runs after module and chunk ids are assigned, so the data can name them.
    generate(): string {
      const facts = collectGraphFacts(this.compilation, this.chunk);
      return renderRuntime(buildRuntimeData(this.options.uniqueName, facts), this.options);
    }
  };
  classes.set(webpack, SharingRuntimeModule);
  return SharingRuntimeModule;
}
