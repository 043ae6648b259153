import path from 'node:path';
import fs from 'node:fs';
import semver from 'semver';
import { CachedInputFileSystem, ResolverFactory } from 'enhanced-resolve';
import { getPackageName } from '../../lib/core/packageName';
import {
  createDescriptionFileReader,
  type ReadFileSystem,
} from '../../lib/core/descriptionFiles';
import {
  findRequiredVersion,
  getProvidedVersion,
  normalizeVersionSpec,
  NO_REQUIRED_VERSION_PHRASE,
  NO_VERSION_PHRASE,
} from '../../lib/core/versions';

const TREES = path.resolve(__dirname, '../fixtures/trees');
const APP = path.join(TREES, 'app');
const NM = path.join(APP, 'node_modules');
const WEB = path.join(TREES, 'workspace/packages/web');

// A resolver like the bundlers': it reports the nearest package.json of what it resolved.
const resolver = ResolverFactory.createResolver({
  fileSystem: new CachedInputFileSystem(fs, 4000),
  extensions: ['.js'],
  descriptionFiles: ['package.json'],
});
interface Resolved {
  path: string;
  descriptionFileData?: unknown;
  descriptionFilePath?: string;
}
const resolve = (context: string, request: string) =>
  new Promise<Resolved>((done, fail) =>
    resolver.resolve({}, context, request, {}, (error, result, info) => {
      if (error || !result || !info) return fail(error ?? new Error(`cannot resolve ${request}`));
      done({ path: result, descriptionFileData: info.descriptionFileData, descriptionFilePath: info.descriptionFilePath });
    }),
  );
const providedVersionOf = async (context: string, request: string) => {
  const resolved = await resolve(context, request);
  return getProvidedVersion(resolved.descriptionFileData, resolved.descriptionFilePath);
};

/** An in-memory fs with `readFile(path, cb)`, counting reads. */
const memoryFs = (files: Record<string, string | Error>) => {
  const reads: string[] = [];
  const fileSystem: ReadFileSystem = {
    readFile(filePath, callback) {
      reads.push(filePath);
      const entry = files[filePath];
      setImmediate(() => {
        if (entry instanceof Error) callback(entry);
        else if (entry === undefined) callback(Object.assign(new Error(`ENOENT: ${filePath}`), { code: 'ENOENT' }));
        else callback(null, Buffer.from(entry));
      });
    },
  };
  return { fileSystem, reads };
};

describe('getPackageName', () => {
  it.each([
    ['react', 'react'],
    ['react/jsx-runtime', 'react'],
    ['@scope/pkg', '@scope/pkg'],
    ['@scope/pkg/deep/x', '@scope/pkg'],
    ['lodash/fp/map.js', 'lodash'],
    ['pkg?query', 'pkg'],
    ['@scope\\pkg\\x', '@scope/pkg'],
    ['./local', undefined],
    ['../up', undefined],
    ['.', undefined],
    ['/abs/path', undefined],
    ['C:\\abs\\path', undefined],
    ['c:/abs', undefined],
    ['\\\\server\\share', undefined],
    ['', undefined],
    ['@scope', undefined],
    ['@scope/', undefined],
    ['#internal', undefined],
    ['style-loader!./x.css', undefined],
    ['node:fs', undefined],
  ])('%j → %j', (request, expected) => {
    expect(getPackageName(request)).toBe(expected);
  });
});

describe('getProvidedVersion', () => {
  it("takes the version of the resolved module's package.json", async () => {
    expect(await providedVersionOf(path.join(APP, 'src'), 'react')).toEqual({ version: '18.2.0' });
  });

  it('gives a deep import the version of its package', async () => {
    expect(await providedVersionOf(path.join(APP, 'src'), 'react/jsx-runtime')).toEqual({ version: '18.2.0' });
    expect(await providedVersionOf(path.join(APP, 'src'), '@scope/pkg/deep/x')).toEqual({ version: '2.1.3' });
    expect(await providedVersionOf(path.join(APP, 'src'), 'sub-pkg/other/file.js')).toEqual({ version: '4.0.0' });
  });

  it('takes the nested copy a library resolves to (nested node_modules)', async () => {
    expect(await providedVersionOf(path.join(NM, 'lib-a'), 'react')).toEqual({ version: '17.0.2' });
  });

  it('warns like webpack when the nearest package.json is a nested one without a version', async () => {
    const resolved = await resolve(path.join(APP, 'src'), 'sub-pkg/sub/file.js');
    const nested = path.join(NM, 'sub-pkg/sub/package.json');
    expect(resolved.descriptionFilePath).toBe(nested); // the resolver stops at the nested file
    const result = getProvidedVersion(resolved.descriptionFileData, resolved.descriptionFilePath);
    expect(result).toEqual({ warning: expect.stringMatching(new RegExp(`^${NO_VERSION_PHRASE.replace(/\./g, '\\.')} `)) });
    const { warning } = result as { warning: string };
    expect(warning).toContain(`${nested} has no "version" field.`);
    expect(warning).toContain('probably a nested package.json');
  });

  it('warns with the file and the fix when package.json has no version', async () => {
    const file = path.join(NM, 'no-version/package.json');
    expect(await providedVersionOf(path.join(APP, 'src'), 'no-version')).toEqual({
      warning:
        `No version specified and unable to automatically determine one. ${file} has no "version" field. ` +
        `Add "version" to ${file}, or set \`version\` in the shared config ` +
        '(`version: false` provides the module without a version).',
    });
  });

  it('warns when no package.json was found at all', () => {
    expect(getProvidedVersion(undefined)).toEqual({
      warning:
        'No version specified and unable to automatically determine one. No description file (package.json) ' +
        'was found for the module. Add a package.json with a "version" field next to the module or above it, ' +
        'or set `version` in the shared config (`version: false` provides the module without a version).',
    });
  });

  it.each([
    ['v1.2.3', { version: '1.2.3' }],
    ['=2.0.0-beta.1', { version: '2.0.0-beta.1' }],
    ['banana', 'warning'],
    [12, 'warning'],
    ['', 'warning'],
  ])('version field %j', (version, expected) => {
    const result = getProvidedVersion({ name: 'x', version }, '/p/package.json');
    if (expected === 'warning') {
      expect(result).toEqual({ warning: expect.stringContaining(NO_VERSION_PHRASE) });
      expect((result as { warning: string }).warning).toContain('/p/package.json');
    } else {
      expect(result).toEqual(expected);
    }
  });
});

describe('normalizeVersionSpec', () => {
  it.each([
    ['^18.2.0', '^18.2.0'],
    [' ~1.2.3 ', '~1.2.3'],
    ['1.x || >=2.5.0', '1.x || >=2.5.0'],
    ['>=1.0.0 <3', '>=1.0.0 <3'],
    ['*', '*'],
    ['', '*'],
    ['1.2.3', '1.2.3'],
    ['npm:other@^1.2.0', '^1.2.0'],
    ['npm:@scope/other@~2.0.0', '~2.0.0'],
    ['npm:other', '*'],
    ['npm:@scope/other', '*'],
    ['npm:^1.2.0', '^1.2.0'],
    ['github:user/repo#semver:^1.2.3', '^1.2.3'],
    ['git+https://github.com/user/repo.git#v1.2.3', '1.2.3'],
    ['git+ssh://git@github.com/user/repo.git#semver:>=1.0.0', '>=1.0.0'],
    ['git://github.com/user/repo.git#1.0.0', '1.0.0'],
    ['git@github.com:user/repo.git#v2.0.0', '2.0.0'],
    ['https://github.com/user/repo#semver:~3.1.0', '~3.1.0'],
    ['user/repo#1.2.3', '1.2.3'],
    ['user/repo#semver:^4', '^4'],
    ['gitlab:user/repo#semver:%5E1.0.0', '^1.0.0'],
    ['github:user/repo#semver:^1.0.0::path:packages/x', '^1.0.0'],
    ['https://github.com/user/repo.git#tag=v5.0.0', '5.0.0'],
    ['workspace:^1.2.0', '^1.2.0'],
    ['workspace:1.2.0', '1.2.0'],
    ['workspace:*', '*'],
    ['workspace:other@^2', '^2'],
    ['patch:react@npm%3A18.2.0#./patches/react.patch', '18.2.0'],
  ])('%j → range %j', (spec, expected) => {
    expect(normalizeVersionSpec(spec)).toEqual({ range: expected });
    expect(semver.validRange(expected)).not.toBeNull();
  });

  it.each([
    ['file:../local', 'installs from the local disk'],
    ['link:../local', 'installs from the local disk'],
    ['portal:../local', 'installs from the local disk'],
    ['./local', 'is a local path'],
    ['../local', 'is a local path'],
    ['~/local', 'is a local path'],
    ['/abs/local', 'is a local path'],
    ['https://example.com/pkg-1.2.3.tgz', 'is a tarball URL'],
    ['github:user/repo', 'without a "#semver:" range or version tag'],
    ['user/repo', 'without a "#semver:" range or version tag'],
    ['github:user/repo#main', 'is a branch or commit'],
    ['git+https://github.com/user/repo.git#abc1234', 'is a branch or commit'],
    ['github:user/repo#semver:banana', 'not a valid semver range'],
    ['workspace:^', 'current version of the workspace package'],
    ['workspace:~', 'current version of the workspace package'],
    ['workspace:../ui', 'points at a local path'],
    ['latest', 'is a dist-tag'],
    ['next', 'is a dist-tag'],
    ['npm:other@latest', 'the npm alias "other@latest": "latest" is a dist-tag'],
    ['^1.2.3 ||| x y z', 'is not a valid semver range'],
    ['svn:whatever', 'uses a protocol'],
  ])('%j → warning containing %j', (spec, reason) => {
    const result = normalizeVersionSpec(spec);
    expect(result).toEqual({ warning: expect.stringContaining(reason) });
  });

  it('warns for non-string specs', () => {
    expect(normalizeVersionSpec(null)).toEqual({ warning: 'a dependency spec must be a string, got null' });
    expect(normalizeVersionSpec({ version: '1' })).toEqual({ warning: 'a dependency spec must be a string, got object' });
  });

  it('completes workspace:^ and workspace:~ when the workspace version is known', () => {
    expect(normalizeVersionSpec('workspace:^', { workspaceVersion: '2.3.4' })).toEqual({ range: '^2.3.4' });
    expect(normalizeVersionSpec('workspace:~', { workspaceVersion: 'v2.3.4' })).toEqual({ range: '~2.3.4' });
    expect(normalizeVersionSpec('workspace:^', { workspaceVersion: 'nope' })).toHaveProperty('warning');
  });
});

describe('findRequiredVersion over fixture trees', () => {
  const appPackageJson = path.join(APP, 'package.json');

  it("takes the range from the issuer's package.json", async () => {
    expect(await findRequiredVersion(fs, path.join(APP, 'src'), 'react')).toEqual({
      requiredVersion: '^18.2.0',
      descriptionFilePath: appPackageJson,
      field: 'dependencies',
      spec: '^18.2.0',
    });
    expect(await findRequiredVersion(fs, path.join(APP, 'src'), '@scope/pkg')).toMatchObject({
      requiredVersion: '~2.1.0',
    });
  });

  it('passes over package.json files that do not list the package', async () => {
    // src/feature/package.json only sets "type"; a library that forgot the peer; a deep folder.
    for (const issuer of [path.join(APP, 'src/feature'), path.join(NM, 'lib-b'), path.join(NM, '@scope/pkg/deep')]) {
      expect(await findRequiredVersion(fs, issuer, 'react')).toMatchObject({
        requiredVersion: '^18.2.0',
        descriptionFilePath: appPackageJson,
      });
    }
  });

  it('gives a nested package its own range', async () => {
    expect(await findRequiredVersion(fs, path.join(NM, 'lib-a'), 'react')).toEqual({
      requiredVersion: '^17.0.0',
      descriptionFilePath: path.join(NM, 'lib-a/package.json'),
      field: 'peerDependencies',
      spec: '^17.0.0',
    });
    expect(await findRequiredVersion(fs, path.join(APP, 'src/legacy'), 'react')).toMatchObject({
      requiredVersion: '^17.0.0',
      descriptionFilePath: path.join(APP, 'src/legacy/package.json'),
    });
  });

  it('treats a package importing itself as a self-reference without a version check', async () => {
    expect(await findRequiredVersion(fs, path.join(NM, 'self-ref'), 'self-ref')).toEqual({
      requiredVersion: false,
      descriptionFilePath: path.join(NM, 'self-ref/package.json'),
      selfReference: true,
    });
    // The app importing it is not a self-reference.
    expect(await findRequiredVersion(fs, APP, 'self-ref')).toMatchObject({ requiredVersion: '^3.0.0' });
  });

  it.each([
    ['optional-only', '^5.0.0', 'optionalDependencies'],
    ['peer-only', '>=1.0.0 <3', 'peerDependencies'],
    ['dev-only', '~0.5.0', 'devDependencies'],
    // webpack's order: optionalDependencies, dependencies, peerDependencies, devDependencies
    ['in-opt-and-deps', '^2.0.0', 'optionalDependencies'],
    ['in-deps-and-peer', '^3.0.0', 'dependencies'],
    ['in-deps-and-dev', '^8.0.0', 'dependencies'],
    ['in-peer-and-dev', '^1.0.0', 'peerDependencies'],
    ['aliased', '^3.1.0', 'dependencies'],
    ['from-git', '^1.2.3', 'dependencies'],
  ])('%s → %s from %s', async (packageName, requiredVersion, field) => {
    expect(await findRequiredVersion(fs, APP, packageName)).toMatchObject({ requiredVersion, field });
  });

  it('warns with the file, the spec and the fix when the declared spec has no version', async () => {
    expect(await findRequiredVersion(fs, APP, 'from-file')).toEqual({
      warning:
        `No required version specified and unable to automatically determine one. "from-file" is declared as ` +
        `"file:../local-pkg" in dependencies of ${appPackageJson}, but "file:../local-pkg" installs from the ` +
        'local disk, which has no version to check against. Declare a semver range there, or set ' +
        '`requiredVersion` in the shared config (`requiredVersion: false` accepts any version).',
      checkedFiles: [appPackageJson],
    });
    for (const name of ['tagged', 'from-git-branch', 'not-a-string']) {
      const result = await findRequiredVersion(fs, APP, name);
      expect(result).toEqual({ warning: expect.stringContaining(`${NO_REQUIRED_VERSION_PHRASE} "${name}" is declared as`), checkedFiles: [appPackageJson] });
    }
  });

  it('warns listing every package.json looked at when nobody lists the package', async () => {
    const result = await findRequiredVersion(fs, path.join(APP, 'src/feature'), 'not-listed-anywhere');
    if (!('warning' in result)) throw new Error('expected a warning');
    expect(result.warning.startsWith(`${NO_REQUIRED_VERSION_PHRASE} None of these description files lists "not-listed-anywhere"`)).toBe(true);
    // The walk goes on above the fixtures (the repository's own package.json), so check the start.
    expect(result.checkedFiles.slice(0, 2)).toEqual([path.join(APP, 'src/feature/package.json'), appPackageJson]);
    expect(result.warning).toContain(`\n  ${appPackageJson}\n`);
    expect(result.warning).toContain('Add "not-listed-anywhere" to "dependencies"');
  });

  it('resolves workspace: specs, completing workspace:^ only with a known version', async () => {
    expect(await findRequiredVersion(fs, WEB, '@ws/ranged')).toMatchObject({ requiredVersion: '^1.2.0' });
    expect(await findRequiredVersion(fs, WEB, '@ws/any')).toMatchObject({ requiredVersion: '*' });
    expect(await findRequiredVersion(fs, WEB, '@ws/ui')).toEqual({
      warning: expect.stringContaining('"workspace:^" means "^" plus the current version of the workspace package'),
      checkedFiles: [path.join(WEB, 'package.json')],
    });
    // The caller can pass the version of the module the request resolves to.
    const ui = await resolve(WEB, '../ui');
    const workspaceVersion = (ui.descriptionFileData as { version: string }).version;
    expect(await findRequiredVersion(fs, WEB, '@ws/ui', { workspaceVersion })).toMatchObject({
      requiredVersion: '^2.3.4',
      spec: 'workspace:^',
    });
  });

  it('works with the enhanced-resolve fs the bundlers hand out as inputFileSystem', async () => {
    const inputFileSystem = new CachedInputFileSystem(fs, 4000) as unknown as ReadFileSystem;
    expect(await findRequiredVersion(inputFileSystem, path.join(NM, 'lib-a'), 'react')).toMatchObject({
      requiredVersion: '^17.0.0',
    });
  });
});

describe('findRequiredVersion with an in-memory fs', () => {
  it('reads each package.json once per reader', async () => {
    const { fileSystem, reads } = memoryFs({
      '/repo/package.json': JSON.stringify({ dependencies: { react: '^18.0.0', vue: '^3.0.0' } }),
    });
    const reader = createDescriptionFileReader(fileSystem);
    const results = await Promise.all([
      findRequiredVersion(reader, '/repo/src/a', 'react'),
      findRequiredVersion(reader, '/repo/src/a', 'vue'),
      findRequiredVersion(reader, '/repo/src', 'react'),
    ]);
    expect(results.map((r) => ('requiredVersion' in r ? r.requiredVersion : r.warning))).toEqual(['^18.0.0', '^3.0.0', '^18.0.0']);
    expect(reads.sort()).toEqual(['/repo/package.json', '/repo/src/a/package.json', '/repo/src/package.json']);
  });

  it('walks Windows paths up to the drive root', async () => {
    const { fileSystem, reads } = memoryFs({
      'C:\\repo\\package.json': JSON.stringify({ peerDependencies: { react: '^18.0.0' } }),
    });
    expect(await findRequiredVersion(fileSystem, 'C:\\repo\\src', 'react')).toMatchObject({
      requiredVersion: '^18.0.0',
      descriptionFilePath: 'C:\\repo\\package.json',
    });
    const missing = await findRequiredVersion(fileSystem, 'C:\\repo\\src', 'vue');
    expect(missing).toHaveProperty('checkedFiles', ['C:\\repo\\package.json']);
    expect(reads).toContain('C:\\package.json');
  });

  it('says so when there is no package.json at all', async () => {
    const { fileSystem } = memoryFs({});
    expect(await findRequiredVersion(fileSystem, '/nowhere/src', 'react')).toEqual({
      warning:
        'No required version specified and unable to automatically determine one. No package.json was found in ' +
        '/nowhere/src or any directory above it. Add "react" to "dependencies" (or "peerDependencies") of the ' +
        "issuer's package.json, or set `requiredVersion` in the shared config (`requiredVersion: false` accepts any version).",
      checkedFiles: [],
    });
  });

  it('stops with a warning at an unreadable or invalid package.json', async () => {
    const { fileSystem } = memoryFs({
      '/a/broken/package.json': '{ "dependencies": ',
      '/a/locked/package.json': Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }),
      '/a/package.json': JSON.stringify({ dependencies: { react: '^18.0.0' } }),
      '/b/package.json': '[1, 2]',
    });
    const broken = await findRequiredVersion(fileSystem, '/a/broken', 'react');
    expect(broken).toHaveProperty('warning', expect.stringContaining('Unable to read /a/broken/package.json (invalid JSON'));
    const locked = await findRequiredVersion(fileSystem, '/a/locked', 'react');
    expect(locked).toHaveProperty('warning', expect.stringContaining('(EACCES: permission denied)'));
    const array = await findRequiredVersion(fileSystem, '/b', 'react');
    expect(array).toHaveProperty('warning', expect.stringContaining('it does not contain a JSON object'));
  });

  it('accepts a byte-order mark', async () => {
    const { fileSystem } = memoryFs({ '/r/package.json': '\uFEFF{"dependencies":{"react":"^18.0.0"}}' });
    expect(await findRequiredVersion(fileSystem, '/r', 'react')).toMatchObject({ requiredVersion: '^18.0.0' });
  });

  it('stops at a package.json declaring a non-string value (the nearest declaration decides)', async () => {
    const { fileSystem } = memoryFs({
      '/r/lib/package.json': JSON.stringify({ dependencies: { react: { version: '1' } } }),
      '/r/package.json': JSON.stringify({ dependencies: { react: '^18.0.0' } }),
    });
    expect(await findRequiredVersion(fileSystem, '/r/lib', 'react')).toHaveProperty(
      'warning',
      expect.stringContaining('a dependency spec must be a string, got object'),
    );
  });
});

describe('findRequiredVersionSync', () => {
  // The adapter decides inside a synchronous bundler callback; it must agree with the async search.
  const { createSyncDescriptionFileReader } = require('../../lib/core/descriptionFiles');
  const { findRequiredVersionSync } = require('../../lib/core/versions');
  const nodeFs = require('node:fs');
  const treeApp = path.join(__dirname, '../fixtures/trees/app');

  it.each([
    [path.join(treeApp, 'src'), 'react'],
    [path.join(treeApp, 'src'), '@scope/pkg'],
    [path.join(treeApp, 'node_modules/lib-a'), 'react'],
    [path.join(treeApp, 'node_modules/self-ref'), 'self-ref'],
    [path.join(treeApp, 'src/feature'), 'not-listed-anywhere'],
    ['/nowhere/at/all', 'react'],
  ])('gives the same answer as the async search from %s for %s', async (directory, packageName) => {
    const reader = createSyncDescriptionFileReader(nodeFs);
    expect(findRequiredVersionSync(reader, directory, packageName)).toEqual(
      await findRequiredVersion(nodeFs, directory, packageName),
    );
  });

  it('reads each package.json once per reader', () => {
    const reads: string[] = [];
    const reader = createSyncDescriptionFileReader({
      readFileSync(file: string) {
        reads.push(file);
        return nodeFs.readFileSync(file);
      },
    });
    findRequiredVersionSync(reader, path.join(treeApp, 'src'), 'react');
    findRequiredVersionSync(reader, path.join(treeApp, 'src'), '@scope/pkg');
    expect(new Set(reads).size).toBe(reads.length);
  });
});

describe('passesVersionFilters', () => {
  const { passesVersionFilters } = require('../../lib/core/versions');
  it.each([
    ['1.2.0', {}, true],
    ['1.2.0', { include: { version: '^1.0.0' } }, true],
    ['2.0.0', { include: { version: '^1.0.0' } }, false],
    [false, { include: { version: '^1.0.0' } }, false],
    [undefined, { include: { version: '*' } }, false],
    ['1.2.0', { exclude: { version: '^1.0.0' } }, false],
    ['2.0.0', { exclude: { version: '^1.0.0' } }, true],
    [false, { exclude: { version: '*' } }, true],
    ['1.5.0', { include: { version: '^1.0.0' }, exclude: { version: '>=1.5.0' } }, false],
  ])('%s with %j → %s', (version, filters, expected) => {
    expect(passesVersionFilters(version, filters)).toBe(expected);
  });
});

describe('configVersionProblems', () => {
  const { configVersionProblems } = require('../../lib/core/versions');
  it('accepts valid versions, ranges and their absence', () => {
    expect(configVersionProblems({ request: 'a', version: '1.2.3-beta.1', include: { version: '^1' }, exclude: { version: '>=2 <3' } })).toEqual([]);
    expect(configVersionProblems({ request: 'a', version: false })).toEqual([]);
    expect(configVersionProblems({ request: 'a' })).toEqual([]);
  });
  it('names each unusable version or range and its consequence', () => {
    const problems = configVersionProblems({ request: 'lib', version: 'latest', include: { version: 'one' }, exclude: { version: '~~' } });
    expect(problems).toEqual([
      expect.stringMatching(/^The version "latest" of shared module "lib" is not a valid semver version/),
      expect.stringMatching(/^Invalid version range "one" in `include.version` of shared module "lib": .*never shared/),
      expect.stringMatching(/^Invalid version range "~~" in `exclude.version` of shared module "lib": .*excludes nothing/),
    ]);
  });
});
