/**
 * Resolving with the compilation's own resolver, so the user's `resolve` options and aliases apply.
 */
import type { Compilation } from './bundlerTypes';
import type { FallbackResolution } from './requestInterceptor';

/* eslint-disable @typescript-eslint/no-explicit-any */

// Shared imports are resolved as ESM imports: the `import`/`module` conditions of `exports` apply.
const RESOLVE_OPTIONS = { dependencyType: 'esm' };

export function esmResolver(compilation: Compilation): any {
  return compilation.resolverFactory.get('normal', RESOLVE_OPTIONS);
}

/** What a resolver's `false` result means (an alias or fallback to `false`). */
const IGNORED = 'the request is ignored by the resolve configuration (false)';

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

/** webpack's resolver answers asynchronously. */
export function resolveAsync(resolver: any, context: string, request: string): Promise<FallbackResolution> {
  return new Promise((resolve) => {
    resolver.resolve({}, context, request, {}, (error: unknown, result: string | false) => {
      if (error) return resolve({ error: firstLine(error) });
      resolve(typeof result === 'string' ? { path: result } : { error: IGNORED });
    });
  });
}

/** Rspack's resolver answers synchronously (it is native), which its request callback needs. */
export function resolveSync(resolver: any, context: string, request: string): FallbackResolution {
  try {
    const result = resolver.resolveSync({}, context, request);
    return typeof result === 'string' ? { path: result } : { error: IGNORED };
  } catch (error) {
    return { error: firstLine(error) };
  }
}
