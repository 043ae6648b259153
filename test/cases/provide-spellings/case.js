module.exports = {
  description: 'a provided module reached first under another spelling (a relative path) is still provided, as by the bundlers themselves',
  targets: ['node'],
  async verify({ builds, run }) {
    expect(builds.app.warnings).toEqual([]);
    const { result } = await run();
    expect(result).toEqual({ same: true, registered: ['1.2.0'] });
  },
};
