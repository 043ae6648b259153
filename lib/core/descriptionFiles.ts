/**
 * Reading package.json files ("description files") through the bundler's file system.
 *
 * The bundlers hand us `compiler.inputFileSystem` (webpack: a cached enhanced-resolve fs; Rspack:
 * a Node-compatible fs). Both, and Node's own `fs`, expose `readFile(path, callback)`, which is all
 * we need. Reading through the bundler's fs (instead of `require('fs')`) keeps watch mode and
 * in-memory file systems working.
 */
import path from 'node:path';

/** The one method we use of `compiler.inputFileSystem` (or Node's `fs`). */
export interface ReadFileSystem {
  readFile(
    filePath: string,
    callback: (error?: NodeJS.ErrnoException | null, data?: string | Buffer) => void,
  ): void;
}

export type JsonObject = { [key: string]: unknown };

/** What reading one package.json gave. `missing` is normal (most directories have none). */
export type DescriptionFileRead =
  | { kind: 'found'; path: string; data: JsonObject }
  | { kind: 'missing'; path: string }
  | { kind: 'unreadable'; path: string; reason: string };

export interface DescriptionFileReader {
  read(filePath: string): Promise<DescriptionFileRead>;
}

/** `readFileSync` of `compiler.inputFileSystem` or Node's `fs`, for synchronous bundler callbacks. */
export interface SyncReadFileSystem {
  readFileSync(filePath: string): string | Buffer;
}

export interface SyncDescriptionFileReader {
  read(filePath: string): DescriptionFileRead;
}

/** Error codes meaning "there is no file here"; anything else is a real problem worth reporting. */
const NOT_THERE = new Set(['ENOENT', 'ENOTDIR']);

function readOnce(fs: ReadFileSystem, filePath: string): Promise<DescriptionFileRead> {
  return new Promise((resolve) => {
    fs.readFile(filePath, (error, content) => {
      if (error) {
        resolve(
          error.code !== undefined && NOT_THERE.has(error.code)
            ? { kind: 'missing', path: filePath }
            : { kind: 'unreadable', path: filePath, reason: error.message },
        );
        return;
      }
      resolve(parseDescriptionFile(filePath, content));
    });
  });
}

function readOnceSync(fs: SyncReadFileSystem, filePath: string): DescriptionFileRead {
  let content: string | Buffer;
  try {
    content = fs.readFileSync(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== undefined && NOT_THERE.has(code)
      ? { kind: 'missing', path: filePath }
      : { kind: 'unreadable', path: filePath, reason: (error as Error).message };
  }
  return parseDescriptionFile(filePath, content);
}

function parseDescriptionFile(filePath: string, content: string | Buffer | undefined): DescriptionFileRead {
  // Editors on Windows like to save JSON with a byte-order mark, which JSON.parse rejects.
  const text = String(content ?? '').replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', path: filePath, reason: `invalid JSON: ${(error as Error).message}` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { kind: 'unreadable', path: filePath, reason: 'it does not contain a JSON object' };
  }
  return { kind: 'found', path: filePath, data: data as JsonObject };
}

/**
 * A reader that reads each file at most once. Create one per compilation: a build asks for the
 * same few package.json files for every module that imports a shared package, and a fresh reader
 * per compilation picks up edits in watch mode.
 */
export function createDescriptionFileReader(fs: ReadFileSystem): DescriptionFileReader {
  const cache = new Map<string, Promise<DescriptionFileRead>>();
  return {
    read(filePath) {
      let pending = cache.get(filePath);
      if (pending === undefined) {
        pending = readOnce(fs, filePath);
        cache.set(filePath, pending);
      }
      return pending;
    },
  };
}

/** The synchronous twin of `createDescriptionFileReader`, with the same caching rule. */
export function createSyncDescriptionFileReader(fs: SyncReadFileSystem): SyncDescriptionFileReader {
  const cache = new Map<string, DescriptionFileRead>();
  return {
    read(filePath) {
      let read = cache.get(filePath);
      if (read === undefined) {
        read = readOnceSync(fs, filePath);
        cache.set(filePath, read);
      }
      return read;
    },
  };
}

/** Windows paths need win32 semantics even when tests (or a memory fs) run on POSIX, and vice versa. */
function pathApiFor(directory: string): path.PlatformPath {
  return /^[a-zA-Z]:[\\/]|^\\\\/.test(directory) ? path.win32 : path.posix;
}

/** `directory`, its parent, …, up to the file system root. */
export function* ancestorDirectories(directory: string): Generator<string> {
  const api = pathApiFor(directory);
  let current = directory;
  while (true) {
    yield current;
    const parent = api.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

export function descriptionFilePathIn(directory: string): string {
  return pathApiFor(directory).join(directory, 'package.json');
}

/** The nearest package.json at or above `directory` (what bundlers call the description file). */
export function findNearestDescriptionFile(reader: SyncDescriptionFileReader, directory: string): DescriptionFileRead | undefined {
  for (const ancestor of ancestorDirectories(directory)) {
    const file = reader.read(descriptionFilePathIn(ancestor));
    if (file.kind !== 'missing') return file;
  }
  return undefined;
}
