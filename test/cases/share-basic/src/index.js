// The import() boundary lets the sharing runtime resolve consumes before bootstrap runs.
globalThis.caseResult = import('./bootstrap').then((bootstrap) => bootstrap.run());
