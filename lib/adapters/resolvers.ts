/**
 * Resolving with the compilation's own resolver, so the user's `resolve` options and aliases apply.
 */
import path from 'node:path';
import type { Compilation } from './bundlerTypes';
import type { FallbackResolution } from './requestInterceptor';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface ResolvedWithDescription {
  path: string;
  descriptionFileData?: unknown;
  descriptionFilePath?: string;
}

// Shared imports are resolved as ESM imports: the `import`/`module` conditions of `exports` apply.
const RESOLVE_OPTIONS = { dependencyType: 'esm' };

export function esmResolver(compilation: Compilation): any {
  return compilation.resolverFactory.get('normal', RESOLVE_OPTIONS);
}

/** webpack reports the package.json path, Rspack the directory that holds it: report the file. */
export function descriptionFilePathOf(details: any): string | undefined {
  const reported: unknown = details?.descriptionFilePath;
  if (typeof reported !== 'string') return undefined;
  return reported.endsWith('.json') ? reported : path.join(reported, 'package.json');
}

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** Resolves, with the description file (package.json) the resolver read on the way. */
export function resolveAsync(resolver: any, context: string, request: string): Promise<(FallbackResolution & ResolvedWithDescription) | { error: string }> {
  return new Promise((resolve) => {
    resolver.resolve({}, context, request, {}, (error: unknown, result: string | false, details: any) => {
      if (error) return resolve({ error: firstLine(error) });
      if (typeof result !== 'string') return resolve({ error: 'the request is ignored by the resolve configuration (false)' });
      resolve({ path: result, descriptionFileData: details?.descriptionFileData, descriptionFilePath: descriptionFilePathOf(details) });
    });
  });
}

/** Rspack's resolver answers synchronously (it is native), which its request callback needs. */
export function resolveSync(resolver: any, context: string, request: string): FallbackResolution {
  try {
    const result = resolver.resolveSync({}, context, request);
    return typeof result === 'string' ? { path: result } : { error: 'the request is ignored by the resolve configuration (false)' };
  } catch (error) {
    return { error: firstLine(error) };
  }
}
