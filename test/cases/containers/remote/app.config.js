module.exports = ({ share, webpack }) => ({
  // Only a container, no entry of its own: the provides must still be registered.
  entry: {},
  plugins: [
    // The bundler's OWN container plugin exposes modules; federated-share does the sharing.
    new webpack.container.ContainerPlugin({
      name: 'remote',
      filename: 'remoteEntry.js',
      exposes: { './widget': './src/widget.js' },
    }),
    new share.SharePlugin({ shared: { lib: { singleton: true }, 'util-lib': {} } }),
  ],
});
