import { expect, test } from "@playwright/test";
import { demoCourse, expectAccessible, signIn } from "./support";

test("the instructor landing page shows the join code and the bank size of every lesson", async ({ page }) => {
  await signIn(page, "instructor@rampart.test");
  await page.getByRole("link", { name: "Teaching" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Teaching" })).toBeVisible();
  await expect(page.getByText(demoCourse.code)).toBeVisible();
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(15);
  for (const row of await rows.all()) {
    const size = Number(await row.locator("td").last().innerText());
    expect(size).toBeGreaterThanOrEqual(6);
  }
  await expectAccessible(page);

  const api = await page.request.get(`/api/courses/${demoCourse.slug}/bank`);
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { lessons: { questions: number }[] };
  expect(body.lessons).toHaveLength(15);
});
