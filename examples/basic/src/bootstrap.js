// `clsx` is a shared module here: this import is answered from the share scope, not bundled inline.
import clsx from 'clsx';

const root = document.getElementById('root');
root.className = clsx('card', { ready: true, hidden: false });

// What the runtime decided, read from its debug API (present in development builds).
const debug = globalThis.__webpack_module_federation_debug__;
const decision = debug.resolutions.find((record) => record.key === 'clsx');
const health = debug.getHealthMetrics();

root.innerHTML = `
  <h1>federated-share: basic</h1>
  <p>clsx says: <code>${root.className}</code></p>
  <table data-testid="decisions">
    <thead><tr><th>shared module</th><th>required</th><th>version used</th><th>provided by</th><th>fallback</th></tr></thead>
    <tbody><tr><td>clsx</td><td>${decision.requiredVersion}</td><td>${decision.version}</td><td>${decision.from}</td><td>${decision.fallback ? 'yes' : 'no'}</td></tr></tbody>
  </table>
  <p>health: ${health.successful} successful, ${health.fallback} fallback, ${health.failed} failed</p>`;

// Tells the example runner and the browser test that the page has finished.
document.body.dataset.ready = 'true';
