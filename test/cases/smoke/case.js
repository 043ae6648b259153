module.exports = {
  description: 'builds an app with a lazy chunk and runs it, loading the chunk on demand',
  targets: ['node', 'web'],
  async verify({ builds, run }) {
    const lazyChunk = builds.app.assets.find((name) => name.endsWith('.chunk.js') && name.includes('lazy'));
    expect(lazyChunk).toBeDefined();

    const { sandbox, result } = await run();
    expect(result).toEqual({ eager: 'hello main', lazy: 'hello lazy chunk', libVersion: '1.2.3' });
    // The lazy chunk was loaded at runtime, after the entry.
    expect(sandbox.loadedFiles).toEqual(['/main.js', '/' + lazyChunk]);
    expect(sandbox.logs.filter((entry) => entry.level === 'error')).toEqual([]);
  },
};
