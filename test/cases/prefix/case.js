module.exports = {
  description: 'a prefix key shares every deep request under it, the remainder appended to the share key',
  targets: ['node', 'web'],
  async verify({ builds, run }) {
    const { result } = await run();
    expect(result).toEqual({
      chunked: [[1, 2], [3]],
      doubled: [2, 4],
      // Each deep request is its own shared module, versioned by the package's package.json.
      keys: ['toolkit/chunk', 'toolkit/fp/map'],
      versions: ['4.17.21'],
    });
    expect(builds.app.warnings).toEqual([]);
  },
};
