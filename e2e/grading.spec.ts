import { expect, test, type Page, type Request } from "@playwright/test";
import { answerSomehow, openQuiz, question, startAttempt, submitFromDialog } from "./attempt-support";
import { gradingQuiz } from "./fixtures/markers";
import { demoCourse, expectAccessible, signIn, signUpAndJoin } from "./support";

const instructor = "instructor@rampart.test";

const everyTypeQuiz = gradingQuiz.title;

/** A new learner submits the demo quiz with every question answered; returns the quiz's grading address. */
async function submitDemoQuiz(page: Page, name: string) {
  await signUpAndJoin(page, name);
  await openQuiz(page, everyTypeQuiz);
  const quizId = new URL(page.url()).pathname.split("/").at(-1)!;
  await startAttempt(page);
  for (let number = 1; number <= 8; number++) await answerSomehow(question(page, number));
  await submitFromDialog(page, "Every question is answered");
  await page.getByRole("link", { name: everyTypeQuiz }).click();
  await expect(page.getByText("Your grade: not available yet (awaiting grading)")).toBeVisible();
  return `/teach/courses/${demoCourse.slug}/quizzes/${quizId}/grading`;
}

/** The next server-action POST the page sends, to replay it as someone else. */
function nextActionRequest(page: Page): Promise<Request> {
  return page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
}

async function replayAs(page: Page, request: Request) {
  const headers = request.headers();
  const response = await page.request.post(request.url(), { headers: { "next-action": headers["next-action"]!, ...(headers.origin ? { origin: headers.origin } : {}), "content-type": headers["content-type"]!, accept: "text/x-component" }, data: request.postDataBuffer()! });
  return { status: response.status(), body: await response.text() };
}

/** On a grading view: an arrow picks the second level of each criterion, Tab moves on, Ctrl+Enter saves. */
async function gradeWithKeyboard(page: Page, comment: string) {
  const criteria = page.getByRole("group").filter({ has: page.getByRole("radio") });
  const count = await criteria.count();
  expect(count).toBeGreaterThan(0);
  await expect(criteria.first().getByRole("radio").first()).toBeFocused();
  for (let index = 0; index < count; index++) {
    await page.keyboard.press("ArrowDown");
    await expect(criteria.nth(index).getByRole("radio").nth(1)).toBeChecked();
    await page.keyboard.press("Tab");
  }
  const mark = page.getByLabel(/^Mark \(out of 4\)/);
  await expect(mark).toBeFocused();
  await expect(mark).not.toHaveValue("");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Comment for the learner")).toBeFocused();
  await page.keyboard.type(comment);
  const from = page.url();
  await page.keyboard.press("Control+Enter");
  await page.waitForURL((url) => url.toString() !== from && (url.searchParams.has("saved") || url.searchParams.has("done")));
}

test("an instructor grades a queue of essays with the keyboard alone, overrides a mark, and a student is refused everywhere", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const learnerName = `Graded Learner ${stamp}`;
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  const grading = await submitDemoQuiz(learner, learnerName);
  const quizPage = learner.url();
  const secondContext = await browser.newContext();
  const second = await secondContext.newPage();
  await submitDemoQuiz(second, `Second Learner ${stamp}`);
  const secondQuizPage = second.url();

  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signIn(teacher, instructor);
  await teacher.goto(grading);
  await expect(teacher.getByRole("heading", { level: 1, name: `Grading: ${everyTypeQuiz}` })).toBeVisible();
  await expect(teacher.getByText("0 of 2 graded")).toBeVisible();
  await expect(teacher.getByText(learnerName)).toHaveCount(0);
  await expect(teacher.getByRole("link", { name: "Learner 1" })).toBeVisible();
  await expectAccessible(teacher);
  await teacher.getByRole("link", { name: "Show names" }).click();
  await expect(teacher.getByRole("link", { name: learnerName })).toBeVisible();
  await teacher.getByRole("link", { name: "Hide names" }).click();
  await expect(teacher.getByRole("link", { name: "Show names" })).toBeVisible();

  await teacher.getByRole("link", { name: "Start grading" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: /^Learner 1, question \d/ })).toBeVisible();
  const firstItem = teacher.url();
  await expect(teacher.getByText("Submitted by the learner", { exact: false })).toBeVisible();
  await expect(teacher.getByText("Article 5 applies once an armed attack")).toBeVisible();
  await expectAccessible(teacher);
  await teacher.screenshot({ path: "test-results/grading-view.png", fullPage: true });

  // The keyboard alone, one answer after another: saving opens the next with focus on its first control.
  await gradeWithKeyboard(teacher, "A fair reconstruction; weigh the counter-arguments next time.");
  await expect(teacher.getByText("Saved the previous answer's grade.")).toBeVisible();
  await expect(teacher.getByRole("heading", { level: 1, name: /^Learner 2, question \d/ })).toBeVisible();
  await expect(teacher.getByText("1 of 2 graded")).toBeVisible();
  await gradeWithKeyboard(teacher, "Second answer graded.");
  await expect(teacher.getByText("Saved. Every answer in the queue is graded.")).toBeVisible();
  await expect(teacher.getByText("2 of 2 graded")).toBeVisible();

  // Two graders on one answer: the second save, made on a stale page, is refused and shows the first.
  const otherTab = await teacherContext.newPage();
  await teacher.goto(firstItem);
  await otherTab.goto(firstItem);
  await teacher.getByLabel(/^Mark/).fill("3");
  await teacher.getByRole("button", { name: "Save and next" }).click();
  await expect(teacher.getByText("Saved. Every answer in the queue is graded.")).toBeVisible();
  await otherTab.getByLabel(/^Mark/).fill("1");
  await otherTab.getByRole("button", { name: "Save and next" }).click();
  await expect(otherTab.getByRole("alert").filter({ hasText: "Another grader saved this answer while you were grading it; their grade is shown now — yours was not saved." })).toBeVisible();
  await expect(otherTab.getByLabel(/^Mark/)).toHaveValue("3");
  await expectAccessible(otherTab);
  await otherTab.close();

  await second.goto(secondQuizPage);
  await expect(second.getByText(/^Your grade: \d+(\.\d)? %$/)).toBeVisible();

  await learner.goto(quizPage);
  await expect(learner.getByText(/^Your grade: \d+(\.\d)? %$/)).toBeVisible();
  await learner.getByRole("link", { name: "Review attempt 1" }).click();
  await expect(learner.getByText("Your instructor: A fair reconstruction; weigh the counter-arguments next time.")).toBeVisible();
  await learner.goto(quizPage);
  const before = await learner.getByText(/^Your grade: /).textContent();

  // Override an automatic mark, with a reason.
  await teacher.goto(`${grading}/attempts?names=1`);
  await expectAccessible(teacher);
  await teacher.getByRole("row", { name: new RegExp(learnerName) }).getByRole("link", { name: /Review and override/ }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: `${learnerName}, attempt 1` })).toBeVisible();
  await expectAccessible(teacher);
  // A wrong automatic answer (somehow-answered questions include some) gets full marks.
  const auto = teacher.getByRole("region").filter({ hasText: "Mark: 0 of 1 (marked automatically)" }).first();
  await auto.getByLabel(/^New mark/).fill("1");
  await auto.getByLabel(/^Reason/).fill("");
  await auto.getByRole("button", { name: "Override mark" }).click();
  await expect(auto.getByText("Say why you are changing this mark")).toBeVisible();
  await auto.getByLabel(/^Reason/).fill("Checked by hand: an accepted equivalent");
  await auto.getByLabel("Comment for the learner").fill("See the lesson's second section.");
  const overrideRequest = nextActionRequest(teacher);
  await auto.getByRole("button", { name: "Override mark" }).click();
  const captured = await overrideRequest;
  await expect(teacher.getByText("Mark changed and recorded in the audit log.")).toBeVisible();
  const changed = teacher.getByRole("region").filter({ hasText: "Mark changed and recorded in the audit log." });
  await expect(changed).toContainText("Mark: 1 of 1 (overridden)");
  await changed.getByText("History (1)").click();
  await expect(changed.getByText(/overridden by Ines Instructor from 0 to 1, because: Checked by hand: an accepted equivalent/)).toBeVisible();
  await expectAccessible(teacher);
  await learner.goto(quizPage);
  await expect(learner.getByText(/^Your grade: /)).not.toHaveText(before ?? "");
  await learner.getByRole("link", { name: "Review attempt 1" }).click();
  await expect(learner.getByText("Your instructor: See the lesson's second section.")).toBeVisible();

  // A student opening any grading page, or calling the action, is refused.
  for (const path of [grading, `${grading}/attempts`, new URL(teacher.url()).pathname]) {
    expect((await learner.goto(path))?.status(), path).toBe(403);
  }
  const replay = await replayAs(learner, captured);
  expect(replay.body).toMatch(/You do not have access to this\.|Only this course's instructors can do that\./);
  expect(replay.body).not.toContain("Mark changed");

  await learnerContext.close();
  await secondContext.close();
  await teacherContext.close();
});
