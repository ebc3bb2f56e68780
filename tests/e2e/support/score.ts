// The 0-10 score control (ScoreScale): a group named by its question, one radio per number. Picked as a person
// would: a tap or a click on the number (`press`), which must also tick it.
import { expect, type Locator } from '@playwright/test';

export async function pickScore(
  scope: Locator,
  question: string | RegExp,
  score: string,
  press: (l: Locator) => Promise<void> = (l) => l.click(),
) {
  const radio = scope.getByRole('group', { name: question }).getByRole('radio', { name: score, exact: true });
  await press(radio);
  await expect(radio).toBeChecked();
}
