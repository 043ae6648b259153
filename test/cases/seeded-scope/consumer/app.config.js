module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    new share.ConsumeSharedPlugin({
      consumes: {
        lib: { import: false, singleton: true },
        'missing-lib': { import: false },
      },
    }),
  ],
});
