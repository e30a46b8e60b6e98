import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "../lib/content/load";
import { demoCourse, expectAccessible, signUpAndJoin } from "./support";

const lesson = loadContent(path.resolve("content"))
  .flatMap((document) => document.lessons)
  .find((entry) => entry.id === "mandate-article-5")!;

/** Some answer for whatever control the question shows: practice accepts wrong answers too. */
async function answerAnything(page: Page) {
  const question = page.getByRole("region", { name: /.+/ }).filter({ has: page.getByRole("button", { name: "Check answer" }) });
  const radio = question.getByRole("radio").first();
  const checkbox = question.getByRole("checkbox").first();
  const text = question.getByLabel("Your answer");
  const selects = question.getByRole("combobox");
  if (await radio.count()) await radio.check();
  else if (await checkbox.count()) await checkbox.check();
  else if (await text.count()) await text.fill("42");
  else if (await selects.count()) for (const select of await selects.all()) await select.selectOption({ index: 1 });
}

test("a learner practises a lesson one question at a time, with feedback only after checking", async ({ page }) => {
  await signUpAndJoin(page, "Practising Pia");
  await page.goto(`/courses/${demoCourse.slug}/lessons/${lesson.id}`);
  await page.getByRole("link", { name: "Practise this lesson" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Practice: ${lesson.title}`);
  await expectAccessible(page);

  const html = await page.content();
  for (const question of lesson.questions) {
    expect(html, `explanation of ${question.id} sent before answering`).not.toContain(question.explanation);
  }

  for (let index = 0; index < lesson.questions.length; index++) {
    await expect(page.getByText(`Question ${index + 1} of ${lesson.questions.length}`)).toBeVisible();
    await answerAnything(page);
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByText(/^(Right answer|Model answer):/)).toBeVisible();
    await expect(page.getByText(/^Why:/)).toBeVisible();
    if (index === 0) await expectAccessible(page);
    const next = page.getByRole("button", { name: "Next question" });
    if (index < lesson.questions.length - 1) await next.click();
  }
  await expect(page.getByText(/Round so far: \d+ of \d+ auto-marked questions/)).toBeVisible();
  await page.getByRole("link", { name: "Back to the lesson" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
});
