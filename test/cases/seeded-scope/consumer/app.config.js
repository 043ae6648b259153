module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    new share.ConsumeSharedPlugin({
      consumes: {
        // No copy of its own: relies on the seeded scope.
        lib: { import: false, singleton: true },
        'missing-lib': { import: false },
        // Has its own copy (the fallback); strict by default, so a non-satisfying 4.0.0 is refused.
        lib2: {},
        // A strict singleton that nobody satisfies: an error, not a silent mismatch.
        lib3: { import: false, singleton: true, strictVersion: true },
      },
    }),
  ],
});
