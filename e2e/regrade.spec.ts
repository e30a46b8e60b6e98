import { expect, test, type Page, type Request } from "@playwright/test";
import { expectSaved, openQuiz, question, startAttempt, submitFromDialog } from "./attempt-support";
import { regradeQuiz } from "./fixtures/markers";
import { demoCourse, expectAccessible, signIn, signUpAndJoin } from "./support";

async function attachScreenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name.replaceAll(" ", "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

/** Sends a server action the instructor's page made, again, from another signed-in page. */
async function replayAs(page: Page, request: Request) {
  const headers = request.headers();
  const response = await page.request.post(request.url(), {
    headers: { "next-action": headers["next-action"]!, ...(headers.origin ? { origin: headers.origin } : {}), "content-type": headers["content-type"]!, accept: "text/x-component" },
    data: request.postDataBuffer()!,
  });
  return { status: response.status(), body: await response.text() };
}

const base = `/teach/courses/${demoCourse.slug}`;

/** The learner's cell for the regrade quiz in the gradebook, found by their email. */
async function gradebookCell(teacher: Page, email: string, name: string) {
  await teacher.goto(`${base}/gradebook?q=${encodeURIComponent(email)}`);
  const table = teacher.getByRole("table", { name: /^Grades in/ });
  const column = (await table.getByRole("columnheader").allInnerTexts()).findIndex((text) => text.startsWith(regradeQuiz.title));
  expect(column).toBeGreaterThan(1);
  return table.getByRole("row", { name: new RegExp(name) }).getByRole("cell").nth(column - 1);
}

test("an instructor corrects a wrong key, sees the dry run, regrades, and the gradebook follows; a student is refused", async ({ page, browser }) => {
  const name = `Regrade Learner ${Date.now().toString(36)}`;
  const { email } = await signUpAndJoin(page, name);
  await openQuiz(page, regradeQuiz.title);
  await startAttempt(page);
  // Brussels is right, but the key says Mons: the learner loses the mark until the key is corrected.
  await question(page, 1).getByRole("radio", { name: "Brussels" }).check();
  await expectSaved(page);
  await question(page, 2).getByRole("radio", { name: "True" }).check();
  await expectSaved(page);
  await submitFromDialog(page, "Every question is answered");

  const teaching = await browser.newContext();
  const teacher = await teaching.newPage();
  await signIn(teacher, "instructor@rampart.test");
  await expect(await gradebookCell(teacher, email, name)).toHaveText(/^50 %/);

  await teacher.goto(`${base}/quizzes`);
  await teacher.getByRole("link", { name: `Fix questions of ${regradeQuiz.title}` }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: `Fix questions: ${regradeQuiz.title}` })).toBeVisible();
  await expectAccessible(teacher);
  await teacher.getByRole("link", { name: regradeQuiz.choiceStem }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Fix a question" })).toBeVisible();
  await expect(teacher.getByText("Every attempt holding this question is on the current version: nothing to regrade.")).toBeVisible();

  await teacher.getByRole("link", { name: "Correct the key" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Correct the key" })).toBeVisible();
  await expectAccessible(teacher);
  // Two right answers at 100 % is not the fix; the form says so beside the field and keeps the input.
  await teacher.getByLabel("Brussels").fill("");
  await teacher.getByRole("button", { name: "Save the corrected key" }).click();
  await expect(teacher.getByText("Enter a credit from 0 to 100 (per cent).")).toBeVisible();
  await expect(teacher.getByLabel(/^What was wrong/)).toHaveValue("");
  await teacher.getByLabel("Brussels").fill("100");
  await teacher.getByLabel("Mons").fill("0");
  await teacher.getByLabel(/^What was wrong/).fill("The council meets in Brussels; Mons is the military headquarters.");
  await teacher.getByRole("button", { name: "Save the corrected key" }).click();

  await expect(teacher.getByRole("heading", { level: 1, name: "Fix a question" })).toBeVisible();
  await expect(teacher.getByRole("status").filter({ hasText: "Key corrected and saved as a new version." })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "Key (version 2)" })).toBeVisible();
  const dryRun = teacher.getByRole("table", { name: /^Dry run of the regrade/ });
  const row = dryRun.getByRole("row", { name: new RegExp(`${name}, attempt 1`) });
  await expect(row.getByRole("cell")).toHaveText(["Brussels", "1", "0", "1", "+1", "1 → 2 of 2", "Mark changes"]);
  await expect(teacher.getByText(/1 mark changes, 0 stay the same.*Nothing has been changed yet\./)).toBeVisible();
  // The dry run changed nothing.
  await expectAccessible(teacher);
  await attachScreenshot(teacher, "regrade dry run");
  const preview = teacher.url();
  await expect(await gradebookCell(teacher, email, name)).toHaveText(/^50 %/);

  await teacher.goto(preview);
  const regradeRequest = teacher.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
  await teacher.getByRole("button", { name: "Regrade 1 attempt" }).click();
  const captured = await regradeRequest;
  await expect(teacher.getByRole("status").filter({ hasText: "Regraded 1 attempt; 1 mark changed." })).toBeVisible();
  await expect(teacher.getByText("Every attempt holding this question is on the current version: nothing to regrade.")).toBeVisible();
  await expect(await gradebookCell(teacher, email, name)).toHaveText(/^100 %/);
  await attachScreenshot(teacher, "gradebook after regrade");

  // The learner's review shows the corrected mark.
  await openQuiz(page, regradeQuiz.title);
  await page.getByRole("link", { name: "Review attempt 1" }).click();
  await expect(question(page, 1)).toContainText("Mark 1 / 1");

  // A student opening the regrade pages, or calling the regrade action, is refused.
  for (const path of [`${base}/quizzes`, new URL(preview).pathname, `${new URL(preview).pathname}/key`]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  const replay = await replayAs(page, captured);
  expect(replay.body).toMatch(/You do not have access to this\.|Only this course's instructors can do that\./);
  expect(replay.body).not.toContain("Regraded");
  await teaching.close();
});
