import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { expectSaved, openQuiz, question, startAttempt, submitFromDialog } from "./attempt-support";
import { markers } from "./fixtures/markers";
import { demoCourse, expectAccessible, signIn, signUpAndJoin } from "./support";

/** Kept beside the test's results, for a person to look at the screens the test went through. */
async function attachScreenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name.replaceAll(" ", "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

async function downloaded(page: Page, link: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  const path = await download.path();
  return { download, text: (await readFile(path, "utf8")).replace(/^\uFEFF/, "") };
}

const base = `/teach/courses/${demoCourse.slug}`;

test("an instructor sees a learner's graded quiz in the gradebook, exports it as CSV and opens the class's progress; a student is refused everywhere", async ({ page, browser }) => {
  const name = `Gradebook Learner ${Date.now().toString(36)}`;
  const { email } = await signUpAndJoin(page, name);
  await openQuiz(page, markers.quizTitle);
  await startAttempt(page);
  await question(page, 1).getByRole("radio", { name: "The right option" }).check();
  await expectSaved(page);
  await submitFromDialog(page, /unanswered/);
  await page.goto(`/courses/${demoCourse.slug}/lessons/cyber-hybrid`);
  await page.getByRole("button", { name: "Mark as complete" }).click();
  await expect(page.getByRole("button", { name: "Mark as complete" })).toBeHidden();

  const teaching = await browser.newContext();
  const teacher = await teaching.newPage();
  await signIn(teacher, "instructor@rampart.test");
  await teacher.goto("/teach");
  await teacher.getByRole("link", { name: `Gradebook of ${demoCourse.title}` }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Gradebook" })).toBeVisible();
  await expectAccessible(teacher);

  await teacher.getByLabel("Name or email contains").fill(email);
  await teacher.getByRole("button", { name: "Apply" }).click();
  await expect(teacher).toHaveURL(/[?&]q=/);
  const table = teacher.getByRole("table", { name: /^Grades in/ });
  await expect(table).toContainText("1 of");
  const row = table.getByRole("row", { name: new RegExp(name) });
  const quizColumn = (await table.getByRole("columnheader").allInnerTexts()).findIndex((text) => text.startsWith(markers.quizTitle));
  expect(quizColumn).toBeGreaterThan(1);
  await expect(row.getByRole("cell").nth(quizColumn - 1)).toHaveText(/25 %\s*1 attempt\s*Graded/);
  await table.getByRole("columnheader", { name: new RegExp(`^${markers.quizTitle}`) }).getByRole("link").click();
  await expect(teacher).toHaveURL(/sort=[0-9a-f-]{36}&dir=asc/);
  await expect(teacher.getByRole("columnheader", { name: new RegExp(`^${markers.quizTitle}`) })).toHaveAttribute("aria-sort", "ascending");
  await expectAccessible(teacher);
  await attachScreenshot(teacher, "gradebook");

  const book = await downloaded(teacher, "Gradebook as CSV");
  expect(book.download.suggestedFilename()).toBe(`${demoCourse.slug}-gradebook.csv`);
  const bookLines = book.text.split("\r\n");
  expect(bookLines[0]).toMatch(/^Name,Email,/);
  expect(bookLines[0]).toContain(`${markers.quizTitle} (%),${markers.quizTitle} (attempts),${markers.quizTitle} (status)`);
  const header = bookLines[0]!.split(",");
  const learnerLine = bookLines.find((line) => line.includes(email))!.split(",");
  expect(learnerLine[0]).toBe(name);
  const at = header.indexOf(`${markers.quizTitle} (%)`);
  expect(learnerLine.slice(at, at + 3)).toEqual(["25", "1", "Graded"]);

  const perQuestion = await downloaded(teacher, `Marks per question: ${markers.quizTitle}`);
  expect(perQuestion.download.suggestedFilename()).toMatch(/questions\.csv$/);
  const questionLines = perQuestion.text.split("\r\n");
  expect(questionLines[0]).toBe("Name,Email,Attempt,Submitted at (UTC),Submitted by,Status,Q1 (/1),Q2 (/1),Q3 (/1),Q4 (/1),Total,Out of,Attempt grade (%)");
  const attemptLine = questionLines.find((line) => line.includes(email))!;
  expect(attemptLine).toMatch(new RegExp(`^${name},${email.replace(/[.]/g, "\\.")},1,[^,]+Z,learner,Graded,1,0,0,0,1,4,25$`));
  const quizExportUrl = new URL(perQuestion.download.url()).pathname;

  await teacher.getByRole("link", { name: "Learner progress" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Learner progress" })).toBeVisible();
  const totals = teacher.getByRole("table", { name: /^Totals per learner/ });
  await expect(totals.getByRole("row", { name: new RegExp(name) })).toContainText(/1 of \d+/);
  await expect(totals.getByRole("row", { name: new RegExp(name) })).toContainText("25 %");
  const heatmap = teacher.getByRole("table", { name: /^Lessons by learner/ });
  const learnerCells = heatmap.getByRole("row", { name: new RegExp(name) }).getByRole("cell");
  const lessonHeaders = await heatmap.getByRole("columnheader").allInnerTexts();
  const cyber = lessonHeaders.filter((text) => /^\d+\. /.test(text)).findIndex((text) => text.includes("Cyber and hybrid warfare"));
  expect(cyber).toBeGreaterThanOrEqual(0);
  await expect(learnerCells.nth(cyber)).toHaveText(new RegExp(`^${name}, Cyber and hybrid warfare: ✓ Completed\\s*Not practised$`));
  await expect(learnerCells.first()).toContainText("Not started");
  await expect(heatmap.getByRole("row", { name: "Completed by" }).getByRole("cell").nth(cyber)).toContainText(/^[1-9]\d* of \d+$/);
  await expectAccessible(teacher);
  await attachScreenshot(teacher, "learner progress");
  await teaching.close();

  for (const url of [`${base}/gradebook`, `${base}/gradebook?sort=name&dir=desc`, `${base}/progress`]) {
    expect((await page.goto(url))?.status(), url).toBe(403);
  }
  await expectAccessible(page);
  for (const url of [`${base}/gradebook/export.csv`, quizExportUrl]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(403);
    expect(await response.text()).not.toContain(email);
  }
  // A student is refused before the course is even looked up, so a missing course says nothing either.
  expect((await page.request.get(`/teach/courses/no-such-course/gradebook/export.csv`)).status()).toBe(403);
});
