/**
 * Reads, off the chunk graph, the facts the runtime data is built from: which generated consume
 * and provide modules each chunk of a runtime holds, and the module id and chunk ids of what each
 * of them stands for. Only APIs both bundlers expose to JS runtime modules are used.
 */
import { descriptorFromQuery } from '../core/modules';
import type { ConsumeFact, Id, ProvideFact, RemoteFact } from '../core/runtimeData';
import type { Compilation } from '../adapters/bundlerTypes';
import { isGeneratedModuleResource } from '../adapters/requestInterceptor';

/* eslint-disable @typescript-eslint/no-explicit-any */

function splitResource(resource: string): [path: string, query: string] {
  const index = resource.indexOf('?');
  return index < 0 ? [resource, ''] : [resource.slice(0, index), resource.slice(index)];
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
  return { shareScope: module.shareScope ?? 'default', id: compilation.chunkGraph.getModuleId(external) };
}

export function collectGraphFacts(
  compilation: Compilation,
  runtimeChunk: any,
): { consumes: ConsumeFact[]; provides: ProvideFact[]; remotes: RemoteFact[] } {
  const { chunkGraph } = compilation;
  const consumes = new Map<Id, ConsumeFact>();
  const provides = new Map<string, ProvideFact>();
  const remotes = new Map<string, RemoteFact>();

  for (const chunk of runtimeChunk.getAllReferencedChunks()) {
    const initial: boolean = chunk.canBeInitial();
    for (const module of chunkGraph.getChunkModulesIterable(chunk)) {
      if (module.type === 'remote-module') {
        const remote = remoteFact(compilation, module);
        if (remote) remotes.set(`${remote.shareScope}\0${remote.id}`, remote);
        continue;
      }
      const resource: string | undefined = module.resource;
      if (!resource || !isGeneratedModuleResource(resource)) continue;
      const [resourcePath, query] = splitResource(resource);
      const parsed = descriptorFromQuery(query, resourcePath);
      if (!parsed) continue;
      const id: Id = chunkGraph.getModuleId(module);
      if (parsed.kind === 'consume') {
        let fact = consumes.get(id);
        if (!fact) {
          fact = { id, descriptor: parsed.descriptor, chunkIds: [], initial: false };
          const fallback = parsed.descriptor.import === undefined ? undefined : importTarget(compilation, module);
          if (fallback) fact.fallback = fallback;
          consumes.set(id, fact);
        }
        fact.initial ||= initial;
        if (chunk.id != null && !fact.chunkIds.includes(chunk.id)) fact.chunkIds.push(chunk.id);
      } else {
        const target = importTarget(compilation, module);
        if (target) provides.set(String(id), { descriptor: parsed.descriptor, id: target.id, chunkIds: target.chunkIds });
      }
    }
  }
  return { consumes: [...consumes.values()], provides: [...provides.values()], remotes: [...remotes.values()] };
}
