import {
  descriptorFromQuery,
  descriptorToQuery,
  registeredVersion,
  type ConsumeDescriptor,
  type ProvideDescriptor,
} from '../../lib/core/modules';

const react: ConsumeDescriptor = {
  shareScope: 'default',
  shareKey: 'react',
  requiredVersion: '^18.0.0',
  strictVersion: false,
  singleton: true,
  eager: false,
  import: 'react',
};

describe('provide descriptors', () => {
  it('registers a provide without a version as "0", as webpack does', () => {
    expect(registeredVersion(false)).toBe('0');
    expect(registeredVersion('1.2.3')).toBe('1.2.3');
  });
});

describe('descriptors in resource queries', () => {
  it('round-trips every field, including characters that need escaping', () => {
    const odd: ConsumeDescriptor = { ...react, shareKey: '@scope/pkg/deep?x=1&y#z', requiredVersion: '>=1.0.0 <2 || ^3.0.0-beta.1' };
    const query = descriptorToQuery({ kind: 'consume', descriptor: odd });
    expect(descriptorFromQuery(query)).toEqual({ kind: 'consume', descriptor: odd });
    for (const variant of [
      { ...odd, requiredVersion: false as const, import: undefined, singleton: false, strictVersion: true, eager: true },
      { ...odd, shareScope: 'scope with spaces %20' },
    ]) {
      expect(descriptorFromQuery(descriptorToQuery({ kind: 'consume', descriptor: variant }))).toEqual({ kind: 'consume', descriptor: variant });
    }
  });

  it('is readable: what stats and development module ids show', () => {
    expect(descriptorToQuery({ kind: 'consume', descriptor: react })).toBe(
      '?federated-share=consume&scope=default&key=react&range=^18.0.0&import=react&singleton',
    );
    expect(
      descriptorToQuery({ kind: 'provide', descriptor: { shareScope: 'default', shareKey: 'lodash', version: '4.17.21', request: '/x.js', eager: true } }),
    ).toBe('?federated-share=provide&scope=default&key=lodash&version=4.17.21&eager');
  });

  it('completes a provide with the resource path it sits on', () => {
    const provide: ProvideDescriptor = { shareScope: 'ui', shareKey: 'lodash/', version: false, request: '/app/node_modules/lodash/index.js', eager: false };
    expect(descriptorFromQuery(descriptorToQuery({ kind: 'provide', descriptor: provide }), provide.request)).toEqual({ kind: 'provide', descriptor: provide });
  });

  it('ignores queries that are not ours or are damaged', () => {
    expect(descriptorFromQuery('?raw')).toBeUndefined();
    expect(descriptorFromQuery('?federated-share=consume&scope=%E0%A4%A&key=x')).toBeUndefined();
    expect(descriptorFromQuery('?federated-share=consume&key=x')).toBeUndefined();
    expect(descriptorFromQuery('?federated-share=other&scope=a&key=b')).toBeUndefined();
  });
});
