import {
  consumeIdentifier,
  consumeLibIdent,
  consumeReadableIdentifier,
  descriptorFromQuery,
  descriptorToQuery,
  provideIdentifier,
  provideLibIdent,
  provideReadableIdentifier,
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
  importResolved: '/app/node_modules/react/index.js',
};

describe('consume descriptors', () => {
  it('names the module for stats the way webpack users know it', () => {
    expect(consumeReadableIdentifier(react, (p) => p.replace('/app/', './'))).toBe(
      'consume shared module (default) react@^18.0.0 (singleton) (fallback: ./node_modules/react/index.js)',
    );
    expect(consumeReadableIdentifier({ ...react, requiredVersion: false, import: undefined, singleton: false, strictVersion: true, eager: true })).toBe(
      'consume shared module (default) react@* (strict) (eager)',
    );
  });

  it('gives different identities to consumes that behave differently at runtime', () => {
    const variants: ConsumeDescriptor[] = [
      react,
      { ...react, requiredVersion: '^17.0.0' },
      { ...react, requiredVersion: false },
      { ...react, strictVersion: true },
      { ...react, singleton: false },
      { ...react, eager: true },
      { ...react, import: undefined },
      { ...react, shareScope: 'other' },
      { ...react, shareKey: 'react-dom' },
    ];
    expect(new Set(variants.map(consumeIdentifier)).size).toBe(variants.length);
    // The resolved path is only a label: it must not split one consume into two.
    expect(consumeIdentifier({ ...react, importResolved: '/elsewhere/react.js' })).toBe(consumeIdentifier(react));
  });

  it('has a portable lib ident with the fallback request, like webpack', () => {
    expect(consumeLibIdent(react)).toBe('webpack/sharing/consume/default/react/react');
    expect(consumeLibIdent({ ...react, import: undefined })).toBe('webpack/sharing/consume/default/react');
  });
});

describe('provide descriptors', () => {
  const lodash: ProvideDescriptor = { shareScope: 'default', shareKey: 'lodash', version: '4.17.21', request: '/app/node_modules/lodash/index.js', eager: false };

  it('names and identifies provides', () => {
    expect(provideLibIdent(lodash)).toBe('webpack/sharing/provide/default/lodash');
    expect(provideReadableIdentifier(lodash, (p) => p.replace('/app/', './'))).toBe(
      'provide shared module (default) lodash@4.17.21 = ./node_modules/lodash/index.js',
    );
    expect(provideIdentifier({ ...lodash, eager: true })).not.toBe(provideIdentifier(lodash));
    expect(provideIdentifier({ ...lodash, version: '4.17.20' })).not.toBe(provideIdentifier(lodash));
  });

  it('registers a provide without a version as "0", as webpack does', () => {
    expect(registeredVersion(false)).toBe('0');
    expect(registeredVersion('1.2.3')).toBe('1.2.3');
    expect(provideReadableIdentifier({ ...lodash, version: false })).toContain('lodash@(no version)');
  });
});

describe('descriptors in resource queries', () => {
  it('round-trips every field, including characters that need escaping', () => {
    const odd: ConsumeDescriptor = { ...react, shareKey: '@scope/pkg/deep?x=1&y#z', requiredVersion: '>=1.0.0 <2 || ^3.0.0-beta.1', importResolved: undefined };
    delete odd.importResolved;
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
    const { importResolved, ...plain } = react;
    expect(importResolved).toBeDefined();
    expect(descriptorToQuery({ kind: 'consume', descriptor: plain })).toBe(
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
