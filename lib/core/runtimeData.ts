/**
 * The per-build data object the runtime reads (shape documented in runtime/README.md), built from
 * facts the adapter read off the chunk graph. Pure, so the shape is unit-tested without a bundler.
 */
import { registeredVersion, type ConsumeDescriptor, type ProvideDescriptor } from './modules';
import { encodeRange, type EncodedRange } from './ranges';

export type Id = string | number;

export interface ConsumeFact {
  id: Id;
  descriptor: ConsumeDescriptor;
  /** The module id of the fallback and the chunks to load before requiring it; none for `import: false`. */
  fallback?: { id: Id; chunkIds: Id[] };
  /** Chunks this consume module is in. */
  chunkIds: Id[];
  /** In a chunk that is loaded at startup: must resolve synchronously (or with async startup). */
  initial: boolean;
}

export interface ProvideFact {
  descriptor: ProvideDescriptor;
  id: Id;
  chunkIds: Id[];
}

export interface RemoteFact {
  shareScope: string;
  /** Module id of the remote container (an external module). */
  id: Id;
}

/** [shareKey, version, moduleId, chunkIds, eager?] */
export type ProvideTuple = [string, string, Id, Id[], 1?];
/** [shareScope, shareKey, flags, range | 0, rangeText, fallbackId?, fallbackChunkIds?] */
export type ConsumeTuple = [string, string, number, EncodedRange | 0, string, Id?, Id[]?];

/**
 * A tuple rather than an object: the runtime reads it by index, so no property name ships in
 * the bundle twice (once in the data, once in the code reading it). runtime/README.md documents it.
 */
export type RuntimeData = [
  /** output.uniqueName: `from` of our registrations, named in messages. */
  uniqueName: string,
  /** Per share scope: provide tuples, then remote container ids (webpack's registration order). */
  init: Record<string, Array<ProvideTuple | Id>>,
  /** Per consume module id. */
  consumes: Record<string, ConsumeTuple>,
  /** Async chunk id → the consume ids to resolve before the chunk's modules run. */
  chunks: Record<string, Id[]>,
  /** Consume ids in initial chunks. */
  initial: Id[],
];

export const CONSUME_FLAGS = { singleton: 1, strictVersion: 2, eager: 4 } as const;

function consumeTuple(fact: ConsumeFact): ConsumeTuple {
  const d = fact.descriptor;
  const flags =
    (d.singleton ? CONSUME_FLAGS.singleton : 0) |
    (d.strictVersion ? CONSUME_FLAGS.strictVersion : 0) |
    (d.eager ? CONSUME_FLAGS.eager : 0);
  // Ranges were validated when the consume was created; an invalid one there became `false`.
  const encoded = d.requiredVersion === false ? undefined : encodeRange(d.requiredVersion);
  const range = encoded && 'encoded' in encoded ? encoded.encoded : 0;
  const text = d.requiredVersion === false ? '*' : d.requiredVersion;
  const tuple: ConsumeTuple = [d.shareScope, d.shareKey, flags, range, text];
  if (fact.fallback) tuple.push(fact.fallback.id, fact.fallback.chunkIds);
  return tuple;
}

export function buildRuntimeData(
  uniqueName: string,
  facts: { consumes: ConsumeFact[]; provides: ProvideFact[]; remotes: RemoteFact[] },
): RuntimeData {
  const init: RuntimeData[1] = {};
  const consumes: RuntimeData[2] = {};
  const chunks: RuntimeData[3] = {};
  const initial: RuntimeData[4] = [];
  const scope = (name: string) => (init[name] ??= []);

  // Sorted, so the output is byte-for-byte stable across builds (long-term caching).
  const provides = [...facts.provides].sort((a, b) =>
    `${a.descriptor.shareScope}\0${a.descriptor.shareKey}\0${a.id}`.localeCompare(`${b.descriptor.shareScope}\0${b.descriptor.shareKey}\0${b.id}`),
  );
  for (const { descriptor: d, id, chunkIds } of provides) {
    const tuple: ProvideTuple = [d.shareKey, registeredVersion(d.version), id, chunkIds];
    if (d.eager) tuple.push(1);
    scope(d.shareScope).push(tuple);
  }
  for (const remote of facts.remotes) scope(remote.shareScope).push(remote.id);

  for (const fact of facts.consumes) {
    consumes[String(fact.id)] = consumeTuple(fact);
    if (fact.initial) {
      if (!initial.includes(fact.id)) initial.push(fact.id);
      continue;
    }
    for (const chunkId of fact.chunkIds) {
      const list = (chunks[String(chunkId)] ??= []);
      if (!list.includes(fact.id)) list.push(fact.id);
    }
  }
  return [uniqueName, init, consumes, chunks, initial];
}
