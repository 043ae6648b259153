globalThis.caseResult = import('./bootstrap').then((bootstrap) => bootstrap.run());
