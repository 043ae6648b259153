/**
 * Version inference for shared modules.
 *
 * - Provided version: the `version` of the nearest package.json of the resolved module. The
 *   resolver already read that file (`descriptionFileData` / `descriptionFilePath`), so this part
 *   is a pure function of what it found.
 * - Required version: the range the issuer's package declares for the consumed package, found by
 *   walking up from the issuer's directory (see `findRequiredVersion`).
 * - Dependency specs (`npm:`, git URLs, `workspace:`, …) are turned into a semver range or a
 *   warning that says why not (`normalizeVersionSpec`).
 *
 * Nothing here throws or guesses: every failure is a result carrying a warning text that starts
 * with webpack's phrase (so users can search for it) and then says what was looked at and how to
 * fix it.
 */
import semver from 'semver';
import {
  ancestorDirectories,
  createDescriptionFileReader,
  descriptionFilePathIn,
  type DescriptionFileRead,
  type DescriptionFileReader,
  type JsonObject,
  type SyncDescriptionFileReader,
  type ReadFileSystem,
} from './descriptionFiles';

export const NO_VERSION_PHRASE = 'No version specified and unable to automatically determine one.';
export const NO_REQUIRED_VERSION_PHRASE =
  'No required version specified and unable to automatically determine one.';

// ---------------------------------------------------------------------------------------------
// Provided version
// ---------------------------------------------------------------------------------------------

export type ProvidedVersionResult = { version: string } | { warning: string };

const PROVIDED_VERSION_FIX =
  'or set `version` in the shared config (`version: false` provides the module without a version).';

/**
 * The version a provided module is shared under, from the package.json the resolver found for it.
 *
 * Like webpack, only the nearest package.json counts. For a deep import (`pkg/sub/file.js`) that is
 * normally `pkg/package.json`; but if `pkg/sub/` has its own package.json (packages add those to
 * set `main`, `module` or `type` for a sub-path) and it has no `version`, the result is a warning,
 * exactly as in webpack — we do not walk further up, because the nearest file is the one the
 * bundler treats as the module's package. The warning points out the likely nested file.
 *
 * The version must be valid semver (a leading `v` or `=` is accepted and dropped), because the
 * runtime compares versions with semver rules; anything else would be compared unpredictably.
 */
export function getProvidedVersion(
  descriptionFileData: unknown,
  descriptionFilePath?: string,
): ProvidedVersionResult {
  const where = descriptionFilePath ?? 'the package.json of the module';
  if (descriptionFileData === undefined || descriptionFileData === null) {
    return {
      warning:
        `${NO_VERSION_PHRASE} No description file (package.json) was found for the module. ` +
        `Add a package.json with a "version" field next to the module or above it, ${PROVIDED_VERSION_FIX}`,
    };
  }
  const data = descriptionFileData as JsonObject;
  const version = data.version;
  if (version === undefined || version === null || version === '') {
    const nestedHint =
      typeof data.name === 'string'
        ? ''
        : ' It has no "name" either, so it is probably a nested package.json inside a package ' +
          '(one that only sets "main", "module" or "type" for a sub-path); the bundler treats it as ' +
          "the module's package.json, so its missing version counts.";
    return {
      warning:
        `${NO_VERSION_PHRASE} ${where} has no "version" field.${nestedHint} ` +
        `Add "version" to ${where}, ${PROVIDED_VERSION_FIX}`,
    };
  }
  const valid = typeof version === 'string' ? semver.valid(version, { loose: true }) : null;
  if (valid === null) {
    return {
      warning:
        `${NO_VERSION_PHRASE} The "version" field of ${where} is ${JSON.stringify(version)}, ` +
        `which is not a semver version. Fix the "version" in ${where}, ${PROVIDED_VERSION_FIX}`,
    };
  }
  return { version: valid };
}

// ---------------------------------------------------------------------------------------------
// Dependency specs → ranges
// ---------------------------------------------------------------------------------------------

/** A `warning` is a clause that reads well after "…, but ": it names the spec and why it fails. */
export type VersionSpecResult = { range: string } | { warning: string };

export interface NormalizeVersionSpecOptions {
  /**
   * Version of the workspace package a `workspace:^` / `workspace:~` spec points at, when the
   * caller knows it (e.g. the version of the resolved fallback module). Without it those specs
   * give a warning: the range depends on a version we cannot see from the issuer's package.json.
   */
  workspaceVersion?: string;
}

const GIT_PROTOCOL = /^(?:git\+[a-z]+|git|github|gitlab|bitbucket|gist):/i;
const HTTP_URL = /^https?:\/\//i;
const LOCAL_PROTOCOL = /^(?:file|link|portal|exec):/i;
const ANY_PROTOCOL = /^[a-z][a-z\d+.-]*:/i;
/** `./x`, `../x`, `/x`, `~/x`, `C:\x`: npm installs these from the local disk. */
const LOCAL_PATH = /^(?:\.{1,2}[\\/]|~[\\/]|[\\/]|[a-z]:[\\/])/i;
/** `git@github.com:user/repo.git#v1` (scp-like ssh address). */
const SCP_LIKE_GIT = /^[^\s@/:]+@[^\s/:]+:/;
/** `user/repo#ref`: npm's GitHub shorthand. */
const GITHUB_SHORTHAND = /^[^\s/@:.][^\s/@:]*\/[^\s/@:]+(?:#\S*)?$/;
/** `latest`, `next`, `beta`, `canary-5`: npm dist-tags. */
const DIST_TAG = /^[a-z][\w.-]*$/i;

const range = (value: string): VersionSpecResult => ({ range: value });
const warn = (reason: string): VersionSpecResult => ({ warning: reason });

/**
 * Turns what a package.json declares for a dependency into a semver range, or a warning saying why
 * that is impossible. Never throws, never guesses.
 *
 * - Plain ranges pass through unchanged (`^1.2.0`, `1.x || 2`, `>=1 <3`); `""` is npm's "any" → `*`.
 * - npm aliases: `npm:other@^1.2.0` → `^1.2.0`, `npm:other` → `*`; yarn's `npm:^1.2.0` → `^1.2.0`.
 * - git: `github:u/r#semver:^1.2.3`, `git+https://…#v1.2.3`, `u/r#1.2.3` → the range after
 *   `semver:`, or the version a tag names (`v1.2.3` → `1.2.3`). A branch or commit → warning.
 * - `workspace:^1.2.0` → `^1.2.0`, `workspace:*` → `*`, `workspace:other@^1` → `^1`;
 *   `workspace:^` / `workspace:~` → `^<v>` / `~<v>` when `options.workspaceVersion` is given,
 *   otherwise a warning (we do not go looking for the workspace package: finding it means reading
 *   the package manager's workspace globs, and a wrong guess would silently accept bad versions).
 * - `file:`, `link:`, `portal:`, `exec:`, local paths, tarball URLs, dist-tags (`latest`) → warning.
 * - yarn's `patch:` protocol → the spec of the patched dependency.
 */
export function normalizeVersionSpec(
  spec: unknown,
  options: NormalizeVersionSpecOptions = {},
): VersionSpecResult {
  if (typeof spec !== 'string') {
    return warn(`a dependency spec must be a string, got ${spec === null ? 'null' : typeof spec}`);
  }
  const text = spec.trim();
  if (text === '') return range('*'); // npm installs any version for an empty spec
  const lower = text.toLowerCase();

  if (lower.startsWith('npm:')) return fromAlias(text.slice(4), 'npm alias', options);
  if (lower.startsWith('workspace:')) return fromWorkspace(text.slice('workspace:'.length), options);
  if (lower.startsWith('patch:')) return fromPatch(text);
  if (LOCAL_PROTOCOL.test(text)) {
    return warn(`${JSON.stringify(text)} installs from the local disk, which has no version to check against`);
  }
  if (GIT_PROTOCOL.test(text) || SCP_LIKE_GIT.test(text)) return fromGitReference(text);
  if (HTTP_URL.test(text)) {
    // A fragment is a git ref (`https://github.com/u/r#semver:^1`); without one it is a tarball.
    return text.includes('#')
      ? fromGitReference(text)
      : warn(`${JSON.stringify(text)} is a tarball URL, which has no version range to check against`);
  }
  if (ANY_PROTOCOL.test(text)) {
    return warn(`${JSON.stringify(text)} uses a protocol we cannot read a version from`);
  }
  if (LOCAL_PATH.test(text)) {
    return warn(`${JSON.stringify(text)} is a local path, which has no version to check against`);
  }
  if (semver.validRange(text) !== null) return range(text);
  if (GITHUB_SHORTHAND.test(text)) return fromGitReference(text);
  if (DIST_TAG.test(text)) {
    return warn(
      `${JSON.stringify(text)} is a dist-tag; which version it means changes over time, so it cannot be checked`,
    );
  }
  return warn(`${JSON.stringify(text)} is not a valid semver range`);
}

/** `other@^1.2.0`, `@scope/other@^1`, `other` (any version), or yarn's bare `^1.2.0`. */
function fromAlias(target: string, what: string, options: NormalizeVersionSpecOptions): VersionSpecResult {
  if (target !== '' && semver.validRange(target) !== null) return range(target);
  const at = target.indexOf('@', 1); // index 0 is a scope's `@`
  if (at === -1) return range('*');
  const inner = normalizeVersionSpec(target.slice(at + 1), options);
  return 'warning' in inner ? warn(`the ${what} ${JSON.stringify(target)}: ${inner.warning}`) : inner;
}

function fromWorkspace(target: string, options: NormalizeVersionSpecOptions): VersionSpecResult {
  if (target === '*' || target === '') return range('*');
  if (target === '^' || target === '~') {
    const version = options.workspaceVersion && semver.valid(options.workspaceVersion, { loose: true });
    return version
      ? range(`${target}${version}`)
      : warn(
          `"workspace:${target}" means "${target}" plus the current version of the workspace package, ` +
            'which is not known here',
        );
  }
  if (LOCAL_PATH.test(target)) {
    return warn(`"workspace:${target}" points at a local path, which has no version to check against`);
  }
  if (semver.validRange(target) !== null) return range(target);
  if (target.includes('@', 1)) return fromAlias(target, 'workspace alias', options);
  return warn(`"workspace:${target}" does not contain a semver range`);
}

/** yarn's `patch:react@npm%3A18.2.0#./patches/react.patch`: the version is that of the patched spec. */
function fromPatch(text: string): VersionSpecResult {
  const body = text.slice('patch:'.length);
  const hash = body.lastIndexOf('#');
  let descriptor: string;
  try {
    descriptor = decodeURIComponent(hash === -1 ? body : body.slice(0, hash));
  } catch {
    return warn(`${JSON.stringify(text)} is a malformed patch: spec`);
  }
  const at = descriptor.indexOf('@', 1);
  if (at === -1) return range('*');
  const inner = normalizeVersionSpec(descriptor.slice(at + 1));
  return 'warning' in inner ? warn(`the patched dependency ${JSON.stringify(descriptor)}: ${inner.warning}`) : inner;
}

/**
 * A git dependency carries a version only in its fragment: `#semver:<range>` (npm and yarn), or a
 * ref that is a version tag (`#v1.2.3`, yarn's `#tag=v1.2.3`). npm separates several fragment parts
 * with `::`, yarn with `&`.
 */
function fromGitReference(text: string): VersionSpecResult {
  const hash = text.indexOf('#');
  if (hash === -1) {
    return warn(`${JSON.stringify(text)} points at a git repository without a "#semver:" range or version tag`);
  }
  const fragment = text.slice(hash + 1);
  for (const part of fragment.split(/::|&/)) {
    let value: string;
    try {
      value = decodeURIComponent(part);
    } catch {
      continue;
    }
    if (value.toLowerCase().startsWith('semver:')) {
      const wanted = value.slice('semver:'.length);
      return semver.validRange(wanted) !== null
        ? range(wanted)
        : warn(`${JSON.stringify(text)} has "semver:${wanted}", which is not a valid semver range`);
    }
    const ref = value.replace(/^(?:tag|commit|head|branch)=/i, '');
    // A tag names one exact version; a branch or commit names no version at all.
    const version = semver.valid(ref, { loose: true });
    if (version !== null) return range(version);
  }
  return warn(
    `${JSON.stringify(text)} points at the git ref "${fragment}", which is a branch or commit, not a version ` +
      '(use "#semver:<range>" or a version tag)',
  );
}

// ---------------------------------------------------------------------------------------------
// Required version
// ---------------------------------------------------------------------------------------------

/**
 * The dependency fields searched, in webpack's order. `optionalDependencies` first because npm lets
 * an entry there override the same name in `dependencies`; `peerDependencies` before
 * `devDependencies` because the peer range is what the package promises to accept, while the dev
 * range is only what it is tested with.
 */
export const DEPENDENCY_FIELDS = [
  'optionalDependencies',
  'dependencies',
  'peerDependencies',
  'devDependencies',
] as const;
export type DependencyField = (typeof DEPENDENCY_FIELDS)[number];

export type RequiredVersionResult =
  /** The nearest package.json listing the package declares a usable range. */
  | { requiredVersion: string; descriptionFilePath: string; field: DependencyField; spec: string }
  /**
   * The issuer belongs to the package itself (it imports itself by name). Like webpack: no version
   * check and no warning, since any version of a package is acceptable to itself. `false` is the
   * same value as the user option `requiredVersion: false`.
   */
  | { requiredVersion: false; descriptionFilePath: string; selfReference: true }
  | { warning: string; checkedFiles: string[] };

const REQUIRED_VERSION_FIX =
  'or set `requiredVersion` in the shared config (`requiredVersion: false` accepts any version).';

function findDeclaration(
  data: JsonObject,
  packageName: string,
): { field: DependencyField; spec: unknown } | undefined {
  for (const field of DEPENDENCY_FIELDS) {
    const list = data[field];
    if (list !== null && typeof list === 'object' && Object.prototype.hasOwnProperty.call(list, packageName)) {
      return { field, spec: (list as JsonObject)[packageName] };
    }
  }
  return undefined;
}

/**
 * The range the issuer's package requires for `packageName`.
 *
 * Walks up from `issuerDirectory` and stops at the first package.json that either
 * - is the package itself (`name === packageName`): a self-reference, see the result type, or
 * - lists the package in one of `DEPENDENCY_FIELDS`: its spec is normalised; an unusable spec
 *   (`file:`, `latest`, …) gives a warning and the search stops there, because that file is the
 *   one that decides which copy the issuer gets (a range further up would be somebody else's).
 * A package.json that does not list the package is passed over and the walk continues upward,
 * as in webpack: a library inside node_modules that forgot to declare a peer is governed by the
 * app that installed it. This is also why a package under nested node_modules gets its own range:
 * its own package.json is reached before the app's.
 *
 * `fs` is `compiler.inputFileSystem`, Node's `fs`, or (better, to read each file once per build) a
 * reader from `createDescriptionFileReader`.
 */
export async function findRequiredVersion(
  fs: ReadFileSystem | DescriptionFileReader,
  issuerDirectory: string,
  packageName: string,
  options: NormalizeVersionSpecOptions = {},
): Promise<RequiredVersionResult> {
  // Test for `readFile`, not `read`: Node's `fs` has a `read` function too.
  const reader = 'readFile' in fs ? createDescriptionFileReader(fs) : fs;
  const search = requiredVersionSearch(issuerDirectory, packageName, options);
  let step = search.next();
  while (!step.done) step = search.next(await reader.read(step.value));
  return step.value;
}

/**
 * The same search with synchronous reads, for adapters that decide inside a synchronous bundler
 * callback (Rspack's natively filtered request hook). Same rules, same results.
 */
export function findRequiredVersionSync(
  reader: SyncDescriptionFileReader,
  issuerDirectory: string,
  packageName: string,
  options: NormalizeVersionSpecOptions = {},
): RequiredVersionResult {
  const search = requiredVersionSearch(issuerDirectory, packageName, options);
  let step = search.next();
  while (!step.done) step = search.next(reader.read(step.value));
  return step.value;
}

// One search, driven by either reader: it yields the package.json path it wants next and receives
// what reading it gave.
function* requiredVersionSearch(
  issuerDirectory: string,
  packageName: string,
  options: NormalizeVersionSpecOptions,
): Generator<string, RequiredVersionResult, DescriptionFileRead> {
  const checkedFiles: string[] = [];
  for (const directory of ancestorDirectories(issuerDirectory)) {
    const file: DescriptionFileRead = yield descriptionFilePathIn(directory);
    if (file.kind === 'missing') continue;
    if (file.kind === 'unreadable') {
      return {
        warning:
          `${NO_REQUIRED_VERSION_PHRASE} Unable to read ${file.path} (${file.reason}) while looking for the ` +
          `range of "${packageName}". Fix that file, ${REQUIRED_VERSION_FIX}`,
        checkedFiles: [...checkedFiles, file.path],
      };
    }
    if (file.data.name === packageName) {
      return { requiredVersion: false, descriptionFilePath: file.path, selfReference: true };
    }
    const declaration = findDeclaration(file.data, packageName);
    if (declaration === undefined) {
      checkedFiles.push(file.path);
      continue;
    }
    const normalized = normalizeVersionSpec(declaration.spec, options);
    if ('warning' in normalized) {
      return {
        warning:
          `${NO_REQUIRED_VERSION_PHRASE} "${packageName}" is declared as ${JSON.stringify(declaration.spec)} ` +
          `in ${declaration.field} of ${file.path}, but ${normalized.warning}. ` +
          `Declare a semver range there, ${REQUIRED_VERSION_FIX}`,
        checkedFiles: [...checkedFiles, file.path],
      };
    }
    return {
      requiredVersion: normalized.range,
      descriptionFilePath: file.path,
      field: declaration.field,
      spec: declaration.spec as string,
    };
  }
  const looked =
    checkedFiles.length === 0
      ? `No package.json was found in ${issuerDirectory} or any directory above it.`
      : `None of these description files lists "${packageName}" in ${DEPENDENCY_FIELDS.join(', ')}:\n` +
        checkedFiles.map((file) => `  ${file}\n`).join('');
  return {
    warning:
      `${NO_REQUIRED_VERSION_PHRASE} ${looked}` +
      (looked.endsWith('\n') ? '' : ' ') +
      `Add "${packageName}" to "dependencies" (or "peerDependencies") of the issuer's package.json, ` +
      REQUIRED_VERSION_FIX,
    checkedFiles,
  };
}

/**
 * webpack's `include.version` / `exclude.version` filters of a shared config: does a module of
 * this version take part in sharing? An unknown version never passes `include`, and is never
 * excluded.
 */
export function passesVersionFilters(
  version: string | false | undefined,
  filters: { include?: { version?: string }; exclude?: { version?: string } },
): boolean {
  const satisfies = (range: string) => typeof version === 'string' && semver.satisfies(version, range);
  if (filters.include?.version !== undefined && !satisfies(filters.include.version)) return false;
  if (filters.exclude?.version !== undefined && satisfies(filters.exclude.version)) return false;
  return true;
}

/**
 * Versions and ranges a user wrote into a shared config that can never work as meant: said at
 * build time, because at runtime they would only show up as modules that are silently never shared.
 */
export function configVersionProblems(config: {
  request: string;
  version?: string | false;
  include?: { version?: string };
  exclude?: { version?: string };
}): string[] {
  const problems: string[] = [];
  if (typeof config.version === 'string' && semver.valid(config.version) === null) {
    problems.push(
      `The version "${config.version}" of shared module "${config.request}" is not a valid semver version, so no required version range ever matches it. ` +
        'Use a version like "1.2.3", or remove `version` to take it from package.json.',
    );
  }
  for (const filter of ['include', 'exclude'] as const) {
    const range = config[filter]?.version;
    if (range !== undefined && semver.validRange(range) === null) {
      problems.push(
        `Invalid version range "${range}" in \`${filter}.version\` of shared module "${config.request}": it matches no version, ` +
          (filter === 'include' ? 'so the module is never shared. ' : 'so it excludes nothing. ') +
          'Use a semver range such as "^1.0.0".',
      );
    }
  }
  return problems;
}
