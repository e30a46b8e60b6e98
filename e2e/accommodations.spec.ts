import { expect, test, type Page } from "@playwright/test";
import { openQuiz, startAttempt } from "./attempt-support";
import { timedQuiz } from "./fixtures/markers";
import { demoCourse, expectAccessible, signIn, signUpAndJoin } from "./support";

async function attachScreenshot(page: Page, name: string) {
  const file = test.info().outputPath(`${name.replaceAll(" ", "-")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await test.info().attach(name, { path: file, contentType: "image/png" });
}

/** Tabs forward until the element with this id has focus, as a keyboard user would. */
async function tabTo(page: Page, id: string) {
  for (let presses = 0; presses < 40; presses++) {
    if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached #${id}`);
}

test("extra time set from the roster lengthens the learner's countdown, and Extend now reaches it within seconds", async ({ page: learner, browser }) => {
  const learnerName = "Extra Time Learner";
  await signUpAndJoin(learner, learnerName);

  const staff = await browser.newContext();
  const teacher = await staff.newPage();
  await signIn(teacher, "instructor@rampart.test");
  await teacher.goto(`/teach/courses/${demoCourse.slug}/roster`);
  await expectAccessible(teacher);
  await attachScreenshot(teacher, "roster");
  await teacher.getByRole("link", { name: `Accommodations for ${learnerName}` }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: `Accommodations for ${learnerName}` })).toBeVisible();
  await expectAccessible(teacher);

  // Course-wide, so it reaches the timed quiz without naming it: 4 × 8 s + 10 min.
  await expect(teacher.getByLabel("Applies to")).toHaveValue("");
  await teacher.getByLabel("Time multiplier").fill("4");
  await teacher.getByLabel("Extra minutes").fill("ten");
  await teacher.getByRole("button", { name: "Save accommodation" }).click();
  await expect(teacher.getByText("Enter whole minutes from 0 to 1,440, or leave blank.")).toBeVisible();
  await expect(teacher.getByLabel("Time multiplier")).toHaveValue("4");
  await expectAccessible(teacher);
  await teacher.getByLabel("Extra minutes").fill("10");
  await teacher.getByRole("button", { name: "Save accommodation" }).click();
  await expect(teacher.getByText("Accommodation saved.")).toBeVisible();
  const courseWide = teacher.getByRole("row").filter({ has: teacher.getByRole("rowheader", { name: /course-wide/ }) });
  await expect(courseWide.getByRole("cell").first()).toHaveText("4× time, 10 min extra");
  await expectAccessible(teacher);
  await attachScreenshot(teacher, "learner accommodations");

  await openQuiz(learner, timedQuiz.title);
  const quizId = new URL(learner.url()).pathname.split("/").at(-1)!;
  const attemptId = await startAttempt(learner);
  const timer = learner.getByRole("timer", { name: "Time left" });
  await expect(timer).toContainText(/Time left 10:[23]\d/);
  await expectAccessible(learner);

  // From the quiz's accommodations to its attempts under way.
  await teacher.goto(`/teach/courses/${demoCourse.slug}/quizzes/${quizId}/accommodations`);
  await expect(teacher.getByRole("link", { name: `All quizzes for ${learnerName}` })).toBeVisible();
  await expectAccessible(teacher);
  await teacher.getByRole("link", { name: "attempts under way" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: `Attempts under way: ${timedQuiz.title}` })).toBeVisible();
  const row = teacher.getByRole("row").filter({ has: teacher.getByRole("rowheader", { name: new RegExp(learnerName) }) });
  await expect(row).toContainText(/10:[0-3]\d/);
  await expectAccessible(teacher);

  // Keyboard only: to the learner's minutes, a refused value first, then ten minutes.
  await teacher.getByRole("link", { name: "Refresh the list" }).focus();
  await tabTo(teacher, `minutes-${attemptId}`);
  await teacher.keyboard.press("ControlOrMeta+a");
  await teacher.keyboard.type("0");
  await teacher.keyboard.press("Enter");
  await expect(row.getByText("Enter whole minutes from 1 to 240.")).toBeVisible();
  await expect(row.getByLabel(`Extra minutes for ${learnerName}`)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(teacher);
  await tabTo(teacher, `minutes-${attemptId}`);
  await teacher.keyboard.press("ControlOrMeta+a");
  await teacher.keyboard.type("10");
  await teacher.keyboard.press("Tab");
  await expect(row.getByRole("button", { name: "Extend now" })).toBeFocused();
  await teacher.keyboard.press("Enter");
  await expect(teacher.getByText(/Extended by 10 min\. The attempt now ends/)).toBeVisible();
  await expect(row).toContainText(/20:[0-3]\d/);
  await expectAccessible(teacher);
  await attachScreenshot(teacher, "attempts under way");

  // The learner's page has saved nothing meanwhile: the clock alone brings the news.
  await expect(timer).toContainText(/Time left 20:[0-3]\d/, { timeout: 15_000 });
  await expect(learner.getByText("Your time has been extended by 10 minutes.")).toBeVisible();
  await expectAccessible(learner);
  await attachScreenshot(learner, "countdown extended");
  await staff.close();
});
