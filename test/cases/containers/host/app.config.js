module.exports = ({ share, webpack }) => ({
  entry: { main: './src/index.js' },
  plugins: [
    new webpack.container.ContainerReferencePlugin({
      remoteType: 'script',
      remotes: {
        remote: 'remote@/remote/remoteEntry.js',
        remote2: 'remote2@/remote2/remoteEntry.js',
        nativeRemote: 'nativeRemote@/native-remote/remoteEntry.js',
      },
    }),
    new share.SharePlugin({ shared: { lib: { singleton: true }, 'util-lib': {} } }),
  ],
});
