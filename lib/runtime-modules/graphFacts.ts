/**
 * Reads, off the chunk graph, the facts the runtime data is built from: for each sharing module
 * (generated consume and provide modules, remote modules — found once per compilation by
 * adapters/moduleScan.ts and the provide step), which chunks of this runtime hold it, and the
 * module id and chunk ids of what it stands for. Only the sharing modules are visited, never every
 * module of every chunk: on Rspack each module visited from JS crosses into Rust.
 */
import type { Compilation } from '../adapters/bundlerTypes';
import type { SharingModule } from '../adapters/moduleScan';
import type { ConsumeFact, Id, ProvideFact, RemoteFact } from '../core/runtimeData';

/* eslint-disable @typescript-eslint/no-explicit-any */

const sharingModulesOf = new WeakMap<Compilation, SharingModule[]>();

/** Called by the adapter as sharing modules become known (after `make`, and for each provide). */
export function rememberSharingModules(compilation: Compilation, modules: SharingModule[]): void {
  const known = sharingModulesOf.get(compilation);
  if (known) known.push(...modules);
  else sharingModulesOf.set(compilation, [...modules]);
}

/** The module an `import()` in a generated module points at, and the chunks that carry it. */
function importTarget(compilation: Compilation, module: any): { id: Id; chunkIds: Id[] } | undefined {
  const { chunkGraph, moduleGraph } = compilation;
  const block = module.blocks?.[0];
  if (block) {
    const target = block.dependencies?.[0] && moduleGraph.getModule(block.dependencies[0]);
    if (!target) return undefined;
    const group = chunkGraph.getBlockChunkGroup(block);
    const chunkIds: Id[] = group ? group.chunks.map((chunk: any) => chunk.id).filter((id: Id | null) => id != null) : [];
    return { id: chunkGraph.getModuleId(target), chunkIds };
  }
  // An eager `import()` is a plain dependency, no block: the target sits in the importer's chunk.
  for (const dependency of module.dependencies ?? []) {
    const target = moduleGraph.getModule(dependency);
    if (target) return { id: chunkGraph.getModuleId(target), chunkIds: [] };
  }
  return undefined;
}

/**
 * A module of a remote container (from the bundler's own ContainerReferencePlugin): initialising
 * its share scope must also initialise that container, through the external module it depends on.
 */
function remoteFact(compilation: Compilation, module: any): RemoteFact | undefined {
  const dependency = module.dependencies?.[0];
  const external = dependency && compilation.moduleGraph.getModule(dependency);
  if (!external) return undefined;
  return { shareScope: remoteShareScope(module, dependency), id: compilation.chunkGraph.getModuleId(external) };
}

/**
 * The share scope a remote module's container is initialised with. webpack exposes it as
 * `shareScope`; Rspack's JS module object does not, but its identifier is
 * `remote (<scope>) <external request> <internal request>`, and the external request is known.
 */
function remoteShareScope(module: any, dependency: any): string {
  if (typeof module.shareScope === 'string') return module.shareScope;
  const identifier: unknown = typeof module.identifier === 'function' ? module.identifier() : undefined;
  const prefix = 'remote (';
  if (typeof identifier === 'string' && identifier.startsWith(prefix) && typeof dependency.request === 'string') {
    const end = identifier.lastIndexOf(`) ${dependency.request}`);
    if (end >= prefix.length) return identifier.slice(prefix.length, end);
  }
  return 'default';
}

export function collectGraphFacts(
  compilation: Compilation,
  runtimeChunk: any,
): { consumes: ConsumeFact[]; provides: ProvideFact[]; remotes: RemoteFact[] } {
  const { chunkGraph } = compilation;
  const consumes: ConsumeFact[] = [];
  const provides: ProvideFact[] = [];
  const remotes = new Map<string, RemoteFact>();
  // This runtime's chunks, by id (chunk objects are not guaranteed to be the same JS objects
  // across calls on Rspack; ids are assigned before runtime modules are generated).
  const chunksHere = new Map<Id, boolean>();
  for (const chunk of runtimeChunk.getAllReferencedChunks()) chunksHere.set(chunk.id, chunk.canBeInitial());

  for (const sharing of sharingModulesOf.get(compilation) ?? []) {
    const chunkIds: Id[] = [];
    let initial = false;
    for (const chunk of chunkGraph.getModuleChunksIterable(sharing.module)) {
      if (!chunksHere.has(chunk.id)) continue;
      chunkIds.push(chunk.id);
      initial ||= chunksHere.get(chunk.id)!;
    }
    if (chunkIds.length === 0) continue; // in another runtime, or dropped from the output
    if (sharing.kind === 'remote') {
      const remote = remoteFact(compilation, sharing.module);
      if (remote) remotes.set(`${remote.shareScope}\0${remote.id}`, remote);
    } else if (sharing.kind === 'consume') {
      const fact: ConsumeFact = { id: chunkGraph.getModuleId(sharing.module), descriptor: sharing.descriptor, chunkIds, initial };
      const fallback = sharing.descriptor.import === undefined ? undefined : importTarget(compilation, sharing.module);
      if (fallback) fact.fallback = fallback;
      consumes.push(fact);
    } else {
      const target = importTarget(compilation, sharing.module);
      if (target) provides.push({ descriptor: sharing.descriptor, id: target.id, chunkIds: target.chunkIds });
    }
  }
  return { consumes, provides, remotes: [...remotes.values()] };
}
