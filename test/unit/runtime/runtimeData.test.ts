/*
 * lib/core/runtimeData.ts writes the data tuple, runtime/ reads it by index: the two must
 * agree on the order. This runs the runtime on data built from graph facts.
 */
import { buildRuntimeData } from '../../../lib/core/runtimeData';
import type { ConsumeDescriptor, ProvideDescriptor } from '../../../lib/core/modules';
import { captureWarnings, consumeModule, createFakeRequire, exporting, installRuntime, RuntimeData } from './fakeWebpackRequire';

const provide = (shareKey: string, version: string | false, eager = false): ProvideDescriptor => ({
  shareScope: 'default',
  shareKey,
  version,
  request: shareKey,
  eager,
});

const consume = (shareKey: string, requiredVersion: string | false, options: Partial<ConsumeDescriptor> = {}): ConsumeDescriptor => ({
  shareScope: 'default',
  shareKey,
  requiredVersion,
  strictVersion: false,
  singleton: false,
  eager: false,
  import: shareKey,
  ...options,
});

// The test helpers type a consume tuple more strictly (fallback id and chunks both or neither).
function build(): RuntimeData {
  return buildRuntimeData('host', {
    provides: [
      { descriptor: provide('react', '18.2.0'), id: 10, chunkIds: [30] },
      { descriptor: provide('lodash', false, true), id: 11, chunkIds: [] },
    ],
    consumes: [
      { id: 500, descriptor: consume('react', '^18.0.0', { singleton: true }), fallback: { id: 10, chunkIds: [30] }, chunkIds: [5], initial: false },
      { id: 501, descriptor: consume('lodash', false, { eager: true, import: undefined }), chunkIds: [1], initial: true },
    ],
    remotes: [{ shareScope: 'default', id: 90 }],
  }) as unknown as RuntimeData;
}

describe('buildRuntimeData -> runtime', () => {
  it('builds [uniqueName, init, consumes, chunks, initial]', () => {
    expect(build()).toEqual([
      'host',
      { default: [['lodash', '0', 11, [], 1], ['react', '18.2.0', 10, [30]], 90] },
      {
        500: ['default', 'react', 1, [[[[6, [18, 0, 0]], [1, [19, 0, 0]]]]], '^18.0.0', 10, [30]],
        501: ['default', 'lodash', 4, 0, '*'],
      },
      { 5: [500] },
      [501],
    ]);
  });

  it('is what the runtime reads: provides, remotes, chunk consumes and initial consumes all work', async () => {
    const warnings = captureWarnings();
    try {
      const require = createFakeRequire({
        modules: { 11: exporting('lodash'), 90: exporting({ init: () => undefined }), 501: consumeModule() },
        chunks: { 5: { 500: consumeModule() }, 30: { 10: exporting('react 18') } },
      });
      installRuntime(require, build());
      expect(require(501)).toBe('lodash');
      await require.e(5);
      expect(require(500)).toBe('react 18');
      expect(require.S!.default.react['18.2.0']).toMatchObject({ from: 'host', loaded: 1 });
      expect(warnings.messages).toEqual([]);
    } finally {
      warnings.restore();
    }
  });
});
