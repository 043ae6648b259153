/*
 * Debug API and health metrics, embedded only when the plugin's `debug` option is on
 * (nothing else in runtime/ depends on this file). Embedded verbatim as
 * `(<source>)(__webpack_require__, data, consumes, global)`; ES5, no free variables.
 * `consumes` is what createConsumes returned, `global` the global object
 * (`__webpack_require__.g`).
 *
 * Every app on a page joins ONE object, `global.__webpack_module_federation_debug__`:
 * the first app creates it, later ones register under their `uniqueName`, so one page
 * can list every app's decisions. Shape: runtime/README.md.
 */
module.exports = function createDebug(__webpack_require__, data, consumes, global) {
  // data: [uniqueName, init, consumes, chunks, initial] (runtime/README.md).
  var uniqueName = data[0];
  var consumeTuples = data[2];
  var debug = global.__webpack_module_federation_debug__;
  if (!debug) {
    debug = global.__webpack_module_federation_debug__ = {
      version: 1,
      apps: {},
      defaultApp: uniqueName,
      // The first app's share scopes; apps joined by container init share the scope objects.
      shareScopes: __webpack_require__.S,
      resolutions: [],
      counters: { successful: 0, fallback: 0, failed: 0 },
      // Range text -> encoded range, from every joined app's consumes, so testResolution
      // can take "^18.0.0" although the runtime has no range parser.
      ranges: {},
      getConnectionInfo: getConnectionInfo,
      testResolution: testResolution,
      getHealthMetrics: getHealthMetrics
    };
  }

  // Two runtimes of one build (several runtime chunks) share one entry.
  var app = debug.apps[uniqueName];
  if (!app) {
    app = debug.apps[uniqueName] = {
      name: uniqueName,
      shareScopes: __webpack_require__.S,
      consumes: consumeTuples,
      choose: consumes.choose,
      resolutions: []
    };
  }
  Object.keys(consumeTuples).forEach(function (id) {
    var c = consumeTuples[id];
    if (c[4]) debug.ranges[c[4]] = c[3];
  });

  consumes.onResolve = function (id, c, r) {
    var record = {
      app: uniqueName,
      id: id,
      scope: c[0],
      key: c[1],
      requiredVersion: c[4] || '*',
      version: r[3] ? r[0] : null,
      from: r[3] ? r[3].from : null,
      fallback: !r[2] && !r[3],
      failed: !!r[2],
      message: r[1] || null
    };
    debug.counters[record.failed ? 'failed' : record.fallback ? 'fallback' : 'successful']++;
    debug.resolutions.push(record);
    app.resolutions.push(record);
  };

  // The functions below are the first app's; they only use the shared object's data, so
  // apps that join later are served the same way.
  function appOf(name) {
    var found = debug.apps[name === undefined ? debug.defaultApp : name];
    if (!found) throw new Error('No app "' + name + '" joined the debug API; known: ' + Object.keys(debug.apps).join(', '));
    return found;
  }

  function versionsOf(shareScopes, scope, key) {
    var s = shareScopes[scope];
    return s && Object.prototype.hasOwnProperty.call(s, key) ? s[key] : {};
  }

  // Every version of `key` in `scope`, who provides it, and whether it is eager / running.
  function getConnectionInfo(scope, key, appName) {
    var versions = versionsOf(appOf(appName).shareScopes, scope, key);
    var list = Object.keys(versions).map(function (v) {
      return { version: v, from: versions[v].from, eager: !!versions[v].eager, loaded: !!versions[v].loaded };
    });
    return {
      scope: scope,
      key: key,
      versions: list,
      providers: list
        .map(function (v) {
          return v.from;
        })
        .filter(function (from, i, all) {
          return all.indexOf(from) == i;
        }),
      loaded: list
        .filter(function (v) {
          return v.loaded;
        })
        .map(function (v) {
          return v.version;
        })
    };
  }

  // What a consume of `key` would get now, without loading or marking anything. Uses the
  // app's own consume options for `key` (singleton, strictVersion, eager, fallback) when it
  // has some. `range`: omitted = that consume's range; false/null = any version; a range
  // string some consume on the page uses; or an encoded range (lib/core/ranges.ts).
  function testResolution(scope, key, range, appName) {
    var a = appOf(appName);
    // The first consume of `key` (an app may consume it with different options in places).
    var own = Object.keys(a.consumes)
      .map(function (id) {
        return a.consumes[id];
      })
      .filter(function (c) {
        return c[0] == scope && c[1] == key;
      })[0] || [scope, key, 0, 0, ''];
    var encoded = own[3];
    var text = own[4];
    if (range !== undefined) {
      encoded = range && typeof range == 'object' ? range : range ? debug.ranges[range] : 0;
      text = range && typeof range == 'object' ? JSON.stringify(range) : range || '';
      if (encoded === undefined) {
        return {
          scope: scope,
          key: key,
          requiredVersion: range,
          error:
            'Unknown range "' + range + '": the runtime has no range parser. Pass a range some consume on this ' +
            'page requires (' + Object.keys(debug.ranges).join(', ') + ') or encodeRange("' + range + '").encoded.'
        };
      }
    }
    var r = a.choose([scope, key, own[2], encoded, text].concat(own.slice(5)), own[2] & 4);
    return {
      scope: scope,
      key: key,
      requiredVersion: text || '*',
      version: r[3] ? r[0] : null,
      from: r[3] ? r[3].from : null,
      fallback: !r[2] && !r[3],
      error: r[2] ? r[1] : null,
      warning: r[2] ? null : r[1] || null
    };
  }

  function getHealthMetrics() {
    var n = debug.counters;
    var total = n.successful + n.fallback + n.failed;
    function rate(count) {
      return total ? count / total : 0;
    }
    return {
      total: total,
      successful: n.successful,
      fallback: n.fallback,
      failed: n.failed,
      successRate: rate(n.successful),
      fallbackRate: rate(n.fallback),
      failureRate: rate(n.failed)
    };
  }

  return debug;
};
