// Playwright fixtures for the plan specs (test.extend, as Starlight's e2e tests do). A spec imports `test` and
// `expect` from here and asks for what it needs:
// - `savedBaseline`: the answers saved on this device before the page opens (an option: worked example 1 unless a
//   describe block says `test.use({ savedBaseline: ... })`; null for nothing saved);
// - `savedPlan`: the page with those answers saved, not opened yet (to listen to requests from the first one);
// - `planPage`: /plan/ opened with those answers and hydrated, ready to type into.
import { test as base, type Page } from '@playwright/test';
import { EXAMPLE, openPlan, withSavedPlan } from './plan.ts';

export { expect } from '@playwright/test';

type PlanFixtures = { savedBaseline: unknown; savedPlan: Page; planPage: Page };

export const test = base.extend<PlanFixtures>({
  savedBaseline: [EXAMPLE, { option: true }],
  savedPlan: async ({ page, savedBaseline }, use) => {
    if (savedBaseline !== null) await withSavedPlan(page, savedBaseline);
    await use(page);
  },
  planPage: async ({ savedPlan }, use) => {
    await openPlan(savedPlan);
    await use(savedPlan);
  },
});
