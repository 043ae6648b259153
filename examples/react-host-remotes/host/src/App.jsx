import React, { useEffect } from 'react';
import clsx from 'clsx';
import startCase from 'lodash/startCase';
import SharingReport from './SharingReport';

// A remote's module, or why it could not be loaded.
function Remote({ result, name }) {
  if (result.status === 'rejected') {
    return <div className="remote-card error">{name} failed to load: {String(result.reason && result.reason.message)}</div>;
  }
  const Component = result.value.default;
  return <Component />;
}

export default function App({ counter, badge }) {
  // Each remote exports the React it was linked against: with one singleton they are all this one.
  const remoteReacts = [counter, badge].filter((result) => result.status === 'fulfilled').map((result) => result.value.React);
  const oneReact = remoteReacts.length === 2 && remoteReacts.every((remoteReact) => remoteReact === React);

  // Tells the example runner and the browser test that the page has rendered.
  useEffect(() => {
    document.body.dataset.ready = 'true';
  }, []);

  return (
    <main>
      <h1>{startCase('federated share')}: React host + remotes</h1>
      <p className="lead">
        Host built with Rspack; <code>remoteRspack/Counter</code> built with Rspack and <code>remoteWebpack/Badge</code> built
        with webpack, both rendered in the host's React tree with hooks.
      </p>
      <section className="remotes">
        <Remote result={counter} name="remoteRspack/Counter" />
        <Remote result={badge} name="remoteWebpack/Badge" />
      </section>
      <p data-testid="one-react">
        React instances across the three apps:{' '}
        <span className={clsx(oneReact ? 'ok' : 'bad')}>{oneReact ? `one (React ${React.version})` : 'more than one'}</span>
      </p>
      <SharingReport />
    </main>
  );
}
