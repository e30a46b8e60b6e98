import { expect, test, type Page } from "@playwright/test";
import { answerSomehow, everyTypeQuiz, expectSaved, openQuiz, question, startAttempt, submitFromDialog } from "./attempt-support";
import { demoCourse, expectAccessible, signIn, signUpAndJoin } from "./support";

/** Kept beside the test's results, for a person to look at. */
async function attachScreenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name.replaceAll(" ", "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

/** The statistics address of a demo quiz, read from the instructor's quiz list. */
async function statisticsUrl(page: Page, title: string): Promise<string> {
  await page.goto(`/teach/courses/${demoCourse.slug}/quizzes`);
  const edit = await page.getByRole("link", { name: `Edit ${title}` }).getAttribute("href");
  return edit!.replace(/\/edit$/, "/statistics");
}

test("an instructor reads the item analysis of a quiz a learner has submitted, and a learner is refused", async ({ browser }) => {
  // A learner answers the auto-graded questions (a blank essay earns 0, so the attempt is graded at once).
  // Contexts of their own (axe needs pages made from a context), one per person.
  const learner = await (await browser.newContext()).newPage();
  await signUpAndJoin(learner, "Statistics Learner");
  await openQuiz(learner, everyTypeQuiz);
  await startAttempt(learner);
  await answerSomehow(question(learner, 1));
  await answerSomehow(question(learner, 2));
  await expectSaved(learner);
  await submitFromDialog(learner, /questions are unanswered/);

  const instructor = await (await browser.newContext()).newPage();
  await signIn(instructor, "instructor@rampart.test");
  const url = await statisticsUrl(instructor, everyTypeQuiz);
  await instructor.goto(url);
  await expect(instructor.getByRole("heading", { level: 1, name: `Statistics: ${everyTypeQuiz}` })).toBeVisible();
  // The quiz grades by the highest attempt, which is the default choice.
  await expect(instructor.getByLabel("Attempts analysed")).toHaveValue("highest");
  const figures = instructor.getByRole("table", { name: "Quiz figures" });
  await expect(figures.getByRole("row", { name: /^Attempts analysed/ })).toContainText(/\d/);
  await expect(figures.getByRole("row", { name: /^Average grade/ })).toContainText("%");
  await expect(instructor.getByRole("table", { name: "Question statistics" }).getByRole("row")).toHaveCount(9);
  await expect(instructor.getByRole("table", { name: /^Question 1:/ })).toBeVisible();
  await expect(instructor.getByRole("table", { name: "Number of attempts by grade band" })).toBeAttached();
  await expectAccessible(instructor);
  await attachScreenshot(instructor, "statistics highest");

  await instructor.getByLabel("Attempts analysed").selectOption("all");
  await instructor.getByRole("button", { name: "Show" }).click();
  await expect(instructor).toHaveURL(/\?attempts=all$/);
  await expect(instructor.getByLabel("Attempts analysed")).toHaveValue("all");
  await expect(instructor.getByRole("table", { name: "Quiz figures" }).getByRole("row", { name: /^Attempts analysed/ })).toContainText("All attempts");
  await expectAccessible(instructor);

  const refused = await learner.goto(url);
  expect([403, 404]).toContain(refused?.status());
  await expect(learner.getByRole("table", { name: "Quiz figures" })).toHaveCount(0);
  await Promise.all([learner.context().close(), instructor.context().close()]);
});
