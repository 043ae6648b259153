module.exports = {
  description: "include.version filters (webpack's): a copy outside the range is neither provided nor consumed",
  targets: ['node'],
  async verify({ builds, run }) {
    expect(builds.app.warnings).toEqual([]);
    // The nested lib@1 is a plain module: no consume module was generated for it.
    expect(builds.app.modules.filter((name) => name.includes('federated-share=consume'))).toEqual([
      expect.stringMatching(/^\.\/node_modules\/lib\/index\.js\?federated-share=consume&scope=default&key=lib&range=\^2\.0\.0/),
    ]);
    const { result } = await run();
    expect(result).toEqual({ app: '2.1.0', legacy: '1.3.0', registered: ['2.1.0'] });
  },
};
