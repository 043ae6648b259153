/**
 * Which npm package a bare module request points into.
 *
 * Used to find the range an issuer declares for a consumed module: `react/jsx-runtime` is governed
 * by the `react` entry of the issuer's package.json, `@scope/pkg/deep/x` by `@scope/pkg`.
 */

/** `./x`, `../x`, `.` and `..`: resolved against the issuer, never a package. */
const RELATIVE_REQUEST = /^\.\.?(?:[\\/]|$)/;
/** `/x`, `\x`, `C:\x`, `C:/x`, `\\server\share`: a file, not a package. */
const ABSOLUTE_PATH = /^(?:[a-zA-Z]:)?[\\/]/;
/** `node:fs`, `data:...`, `https://...`: a scheme, not a package (two letters minimum so `C:` is a drive). */
const URL_SCHEME = /^[a-zA-Z][a-zA-Z\d+.-]+:/;

/**
 * The package a request names, or undefined when it names none.
 *
 * `react` → `react`, `react/jsx-runtime` → `react`, `@scope/pkg/deep/x` → `@scope/pkg`.
 * Undefined for relative and absolute paths, the empty string, a bare scope (`@scope`),
 * package-internal imports (`#internal`), loader syntax (`a-loader!x`) and URL-like requests,
 * because none of them has an entry in a package.json's dependency lists.
 * A query (`pkg?x`) or fragment is not part of the name.
 */
export function getPackageName(request: string): string | undefined {
  if (request === '' || request.startsWith('#') || request.includes('!')) return undefined;
  if (RELATIVE_REQUEST.test(request) || ABSOLUTE_PATH.test(request) || URL_SCHEME.test(request)) {
    return undefined;
  }
  const path = request.split(/[?#]/, 1)[0];
  // Requests use `/`; `\` is accepted too because Windows users sometimes write it.
  const segments = path.split(/[\\/]/);
  if (path.startsWith('@')) {
    const [scope, name] = segments;
    if (scope.length < 2 || !name) return undefined;
    return `${scope}/${name}`;
  }
  return segments[0] || undefined;
}
