module.exports = ({ share }) => ({
  entry: { main: './src/index.js' },
  plugins: [new share.ProvideSharedPlugin({ provides: ['lib'] })],
});
