// Host built with Rspack: renders components of two remotes (one built with Rspack, one with
// webpack) in its own React tree. Remotes are wired with Rspack's own ContainerReferencePlugin;
// federated-share does the sharing. Build: `rspack build`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rspack } from '@rspack/core';
// In your own project: `import { SharePlugin } from 'federated-share';` (see examples/basic).
import { SharePlugin } from '../../../dist/index.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

export default {
  mode: 'development', // development: the runtime debug API the page reads is included
  devtool: false,
  context: here,
  entry: { main: './src/index.js' }, // index.js only does import('./bootstrap'): the async boundary
  output: {
    path: path.join(here, 'dist'), // public/index.html loads dist/main.js
    publicPath: 'auto',
    uniqueName: 'host', // name in the share scope (`from`) and in the debug API
    clean: true,
  },
  resolve: { extensions: ['.js', '.jsx'] },
  module: {
    rules: [
      {
        test: /\.jsx$/,
        loader: 'builtin:swc-loader', // Rspack's built-in JSX transform
        options: { jsc: { parser: { syntax: 'ecmascript', jsx: true }, transform: { react: { runtime: 'automatic' } } } },
        type: 'javascript/auto',
      },
    ],
  },
  plugins: [
    // Remotes come from the bundler itself: `import('remoteRspack/Counter')` loads the remote's
    // remoteEntry.js (a script that defines the global `remoteRspack`) and asks it for ./Counter.
    // The example server serves every app of this example on one origin, under these paths.
    new rspack.container.ContainerReferencePlugin({
      remoteType: 'script',
      remotes: {
        remoteRspack: 'remoteRspack@/react-host-remotes/remote-rspack/remoteEntry.js',
        remoteWebpack: 'remoteWebpack@/react-host-remotes/remote-webpack/remoteEntry.js',
      },
    }),
    // Sharing comes from federated-share. Provided versions come from each package's package.json,
    // required ranges from this app's package.json (react 18.3.1, clsx ^2.1.1, lodash ^4.18.1).
    new SharePlugin({
      shared: {
        react: { singleton: true }, // one React for every app on the page: remote hooks need it
        'react-dom': { singleton: true }, // react-dom/client (not shared) requires it: one renderer
        clsx: {}, // two majors in the scope: this app and remote-rspack use 2.x, remote-webpack 1.x
        'lodash/': {}, // prefix: lodash/capitalize, lodash/startCase, … each shared on its own
      },
    }),
  ],
};
