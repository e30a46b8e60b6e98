import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { loadContent } from "../lib/content/load";
import { demoCourse, expectAccessible, signUpAndJoin } from "./support";

const lesson = loadContent(path.resolve("content"))
  .flatMap((document) => document.lessons)
  .find((entry) => entry.id === "armed-attack")!;
const courseUrl = `/courses/${demoCourse.slug}`;
const reviewUrl = `${courseUrl}/review`;

/** Presses Tab until the element has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 40 && !(await target.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** Some answer for whatever control the question shows: right or wrong, practice takes it. */
async function answerAnything(question: Locator) {
  const radio = question.getByRole("radio").first();
  const checkbox = question.getByRole("checkbox").first();
  const text = question.getByLabel("Your answer");
  const selects = question.getByRole("combobox");
  if (await radio.count()) await radio.check();
  else if (await checkbox.count()) await checkbox.check();
  else if (await text.count()) await text.fill("42");
  else if (await selects.count()) for (const select of await selects.all()) await select.selectOption({ index: 1 });
}

// FSRS (long-term scheduling, as lib/review configures it) brings a question back a whole day
// after a wrong answer at the soonest, and after 2-3 days after a right one; so right after
// practice nothing is due yet, and the wrong short answer below makes the next review "tomorrow".
// Serving and answering due cards are covered against a real database in tests/integration/review.test.ts.
test("practising a lesson schedules its questions for review and shows the lesson's mastery on the course map", async ({ page }) => {
  test.setTimeout(120_000);
  const shortAnswer = lesson.questions.find((question) => question.type === "short_answer")!;
  expect(shortAnswer, "the lesson needs a short-answer question to answer wrongly for sure").toBeDefined();

  await signUpAndJoin(page, "Reviewing Rhea");
  await expect(page.getByRole("link", { name: /^Review \(/ })).toHaveCount(0);
  await page.goto(reviewUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review");
  await expect(page.getByText("You have nothing to review yet.")).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${courseUrl}/lessons/${lesson.id}/practice`);
  const question = page.getByRole("region", { name: /.+/ }).filter({ has: page.getByRole("button", { name: "Check answer" }) });
  for (let index = 0; index < lesson.questions.length; index++) {
    await expect(page.getByText(`Question ${index + 1} of ${lesson.questions.length}`)).toBeVisible();
    const stem = (await page.locator("#practice-question").textContent())?.trim();
    if (stem === shortAnswer.stem.trim()) {
      // This one with the keyboard alone, and wrong on purpose.
      await tabTo(page, question.getByLabel("Your answer"));
      await page.keyboard.type("certainly not the answer");
      await tabTo(page, page.getByRole("button", { name: "Check answer" }));
      await page.keyboard.press("Enter");
      await expect(page.getByText("Not correct.")).toBeVisible();
    } else {
      await answerAnything(question);
      await page.getByRole("button", { name: "Check answer" }).click();
    }
    await expect(page.getByText(/^(Right answer|Model answer):/)).toBeVisible();
    if (index < lesson.questions.length - 1) await page.getByRole("button", { name: "Next question" }).click();
  }

  await page.goto(courseUrl);
  const autoMarked = lesson.questions.filter((entry) => entry.type !== "essay").length;
  // Every card was just answered and its answer shown, so FSRS predicts recall above 90 % for all of them for now.
  await expect(page.locator(`li[data-lesson="${lesson.id}"]`)).toContainText("Mastery 100 %");
  await expect(page.getByTestId("lesson-mastery")).toHaveCount(1);
  const reviewLink = page.getByRole("link", { name: "Review (0 due)" });
  await expect(reviewLink).toBeVisible();
  await expectAccessible(page);

  await reviewLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review");
  await expect(page.getByText("Nothing is due for review right now.")).toBeVisible();
  await expect(page.getByText(/^Next review:/)).toHaveText(`Next review: tomorrow (${autoMarked} questions scheduled in this course).`);
  await expect(page.getByRole("button", { name: "Check answer" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to the course" }).click();
  await expect(page).toHaveURL(new RegExp(`${courseUrl}$`));
});
