// What the sharing runtime decided, read live from its debug API. Every app on the page (host and
// both remotes) joins the one `__webpack_module_federation_debug__` object under its uniqueName.
import React from 'react';

const yesNo = (value) => (value ? 'yes' : 'no');

export default function SharingReport() {
  const debug = globalThis.__webpack_module_federation_debug__;
  if (!debug) return <p className="error">No debug API on this page (production build?).</p>;
  const health = debug.getHealthMetrics();
  const scope = debug.shareScopes.default || {};

  return (
    <>
      <h2>Sharing decisions (apps: {Object.keys(debug.apps).join(', ')})</h2>
      <table data-testid="decisions">
        <thead>
          <tr>
            <th>app</th>
            <th>shared module</th>
            <th>required</th>
            <th>version used</th>
            <th>provided by</th>
            <th>fallback taken</th>
          </tr>
        </thead>
        <tbody>
          {debug.resolutions.map((record, index) => (
            <tr key={index} className={record.failed ? 'failed' : record.fallback ? 'fallback' : undefined} data-app={record.app} data-key={record.key}>
              <td>{record.app}</td>
              <td>{record.key}</td>
              <td>{record.requiredVersion}</td>
              <td>{record.failed ? 'failed' : record.fallback ? 'own copy' : record.version}</td>
              <td>{record.from || (record.fallback ? record.app + ' (bundled)' : '-')}</td>
              <td>{yesNo(record.fallback)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Health</h2>
      <p className="health" data-testid="health">
        <span>resolutions: {health.total}</span>
        <span>successful: {health.successful}</span>
        <span>fallback: {health.fallback}</span>
        <span>failed: {health.failed}</span>
        <span>success rate: {Math.round(health.successRate * 100)}%</span>
      </p>

      <h2>Share scope "default"</h2>
      <table data-testid="scope">
        <thead>
          <tr>
            <th>key</th>
            <th>versions registered (provided by; loaded)</th>
          </tr>
        </thead>
        <tbody>
          {Object.keys(scope)
            .sort()
            .map((key) => (
              <tr key={key}>
                <td>{key}</td>
                <td>
                  {Object.keys(scope[key])
                    .map((version) => `${version} (${scope[key][version].from}${scope[key][version].loaded ? '; loaded' : ''})`)
                    .join(', ')}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </>
  );
}
