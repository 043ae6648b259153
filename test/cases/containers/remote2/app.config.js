module.exports = ({ share, webpack }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    // The bundler's OWN container plugin exposes modules; federated-share does the sharing.
    new webpack.container.ContainerPlugin({
      name: 'remote2',
      filename: 'remoteEntry.js',
      exposes: { './widget': './src/widget.js' },
    }),
    new share.SharePlugin({ shared: { lib: { singleton: true }, 'util-lib': {} } }),
  ],
});
