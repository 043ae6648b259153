/**
 * The few shapes of webpack's and Rspack's plugin API that the adapters touch, written
 * structurally. We never import a bundler (users may have only one of them installed, and
 * Rspack 2 is ESM-only); everything is reached through `compiler.webpack`.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

export type BundlerNamespace = Record<string, any> & { rspackVersion?: string };

export interface Compiler {
  webpack: BundlerNamespace;
  context: string;
  options: Record<string, any>;
  hooks: Record<string, any>;
  inputFileSystem?: any;
}

export type Compilation = Record<string, any>;

/** What a request hook hands over before resolution (both bundlers). */
export interface ResolveData {
  request: string;
  context: string;
  contextInfo: { issuer: string; issuerLayer?: string | null };
  createData?: { resource?: string } & Record<string, any>;
}

export function isRspack(compiler: Compiler): boolean {
  return 'rspackVersion' in compiler.webpack;
}
