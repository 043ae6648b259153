/**
 * Resolving with the compilation's own resolver, so the user's `resolve` options and aliases apply.
 */
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

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** Resolves, with the description file (package.json) the resolver read on the way. */
export function resolveAsync(resolver: any, context: string, request: string): Promise<(FallbackResolution & ResolvedWithDescription) | { error: string }> {
  return new Promise((resolve) => {
    resolver.resolve({}, context, request, {}, (error: unknown, result: string | false, details: any) => {
      if (error) return resolve({ error: firstLine(error) });
      if (typeof result !== 'string') return resolve({ error: 'the request is ignored by the resolve configuration (false)' });
      resolve({ path: result, descriptionFileData: details?.descriptionFileData, descriptionFilePath: details?.descriptionFilePath });
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
