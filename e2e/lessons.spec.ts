import { expect, test } from "@playwright/test";
import { demoCourse, expectAccessible, signIn } from "./support";

test("every lesson page shows its title, source, objectives and key terms", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "student1@rampart.test");
  await page.goto(`/courses/${demoCourse.slug}`);
  await expectAccessible(page);
  const links = page.locator("main ol a");
  const lessons = await links.evaluateAll((anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute("href")!, text: anchor.textContent! })));
  expect(lessons).toHaveLength(15);

  for (const lesson of lessons) {
    await page.goto(lesson.href);
    const title = lesson.text.replace(/^\d+\.\s*/, "");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText(/^Source:/)).toBeVisible();
    const objectives = page.getByRole("region", { name: "Learning objectives" }).getByRole("listitem");
    expect(await objectives.count()).toBeGreaterThanOrEqual(3);
    expect(await objectives.count()).toBeLessThanOrEqual(5);
    const terms = page.getByRole("region", { name: "Key terms" }).locator("dt");
    expect(await terms.count()).toBeGreaterThanOrEqual(1);
    await expectAccessible(page);
  }
});
