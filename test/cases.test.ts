// Every fixture app under test/cases/ is built with BOTH real bundlers, for each target it declares,
// and its output is executed; the case's own `verify` asserts what happened at runtime.
import { BUNDLERS, type Bundler, type Target } from './helpers/buildApp';
import { buildCase, listCases, loadCase, type CaseContext } from './helpers/cases';

const cases = listCases();

describe.each(cases)('case %s', (name) => {
  const definition = loadCase(name);
  const variants: Array<[Bundler, Target]> = BUNDLERS.flatMap((bundler) =>
    definition.targets.map((target): [Bundler, Target] => [bundler, target]),
  );

  describe.each(variants)('%s, %s target', (bundler, target) => {
    let context: CaseContext;

    beforeAll(async () => {
      context = await buildCase(name, definition, bundler, target);
    });

    it(definition.description, async () => {
      if (!definition.allowErrors) {
        for (const build of Object.values(context.builds)) expect(build.errors).toEqual([]);
      }
      await definition.verify(context);
    });
  });
});
