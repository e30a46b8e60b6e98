import { expect, test, type Page, type Request } from "@playwright/test";
import { expectSaved, openQuiz, question, startAttempt, submitFromDialog } from "./attempt-support";
import { bankQuiz } from "./fixtures/markers";
import { demoCourse, expectAccessible, signIn } from "./support";

const base = `/teach/courses/${demoCourse.slug}/questions`;

/** A full-page screenshot kept with the test's results (and looked at before a page is called done). */
async function screenshot(page: Page, name: string, fullPage = true) {
  const path = test.info().outputPath(`${name.replaceAll(" ", "-")}.png`);
  await page.screenshot({ path, fullPage });
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

const nextAction = (page: Page) => page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);

test("an instructor creates a question, checks it in the live preview, and finds it again by search and filters", async ({ page }) => {
  // Many steps, each page checked with axe: more than the default minute on a busy two-core machine.
  test.slow();
  const mark = Date.now().toString(36);
  const stem = `Which body decides by consensus? (bank e2e ${mark})`;
  const tag = `bank-e2e-${mark}`;
  await signIn(page, "instructor@rampart.test");
  await page.goto("/teach");
  await page.getByRole("link", { name: `Question bank of ${demoCourse.title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Question bank" })).toBeVisible();
  await expect(page.getByText(/^Showing 1–50 of \d+ questions\./)).toBeVisible();
  await expect(page.getByRole("link", { name: "Import questions" })).toHaveAttribute("href", `${base}/import`);
  await expectAccessible(page);
  await screenshot(page, "bank list", false);

  await page.getByRole("link", { name: "New question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New question" })).toBeVisible();
  const preview = page.getByRole("complementary", { name: "Preview" });
  await expect(preview).toContainText("The preview appears once the question is complete");
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.getByLabel("Stem", { exact: true }).fill(stem);
  await page.getByLabel("Option 1 Text").fill("North Atlantic Council");
  await page.getByLabel("Option 2 Text").fill("Military Committee");
  // The preview follows the form as it is typed, with the learner's own controls.
  await expect(preview.getByRole("region", { name: "Question 1" })).toContainText(stem);
  await expect(preview.getByRole("radio", { name: "North Atlantic Council" })).toBeVisible();
  await preview.getByRole("radio", { name: "Military Committee" }).check();
  await preview.getByRole("button", { name: "Flag for review" }).click();
  await expect(preview.getByRole("button", { name: "Flag for review" })).toHaveAttribute("aria-pressed", "true");
  await expect(preview).toContainText("Right answer (shown at review when the quiz allows it): North Atlantic Council");
  // From the keyboard: a new option row, focused, whose text shows in the preview at once.
  await page.getByRole("button", { name: "Add option to options" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Option 5 Text")).toBeFocused();
  await page.keyboard.type("Nuclear Planning Group");
  await expect(preview.getByRole("radio", { name: "Nuclear Planning Group" })).toBeVisible();
  // Another type's fields and preview; switching back finds the options as they were.
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Ordering" });
  await page.getByLabel("Item 1 Text").fill("Invasion");
  await page.getByLabel("Item 2 Text").fill("Sanctions");
  // Learners get the items shuffled, never in the right order; so does the preview.
  await expect(preview.getByRole("button", { name: "Move “Invasion” up" })).toBeVisible();
  await expect(preview).toContainText(/Right answer \(shown at review when the quiz allows it\): 1\. Invasion\s+2\. Sanctions/);
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Single choice" });
  await expect(preview.getByRole("radio", { name: "Nuclear Planning Group" })).toBeVisible();
  await page.getByLabel("Tags", { exact: true }).fill(`${tag}, consensus`);
  await page.getByLabel("Difficulty", { exact: true }).selectOption("3");
  await expectAccessible(page);
  await screenshot(page, "new question with preview");
  // Typing, answering and flagging in the preview sent nothing.
  expect(posts).toEqual([]);

  // A mistake is reported beside its field and in the summary; what was typed stays.
  await page.getByLabel("Option 2 Credit (%)").fill("150");
  await page.getByRole("button", { name: "Create question" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeFocused();
  await expect(page.locator("[id='option.1.credit-error']")).toHaveText("Enter a credit from 0 to 100 (per cent).");
  await expect(page.getByLabel("Option 2 Credit (%)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Stem", { exact: true })).toHaveValue(stem);
  await expect(page.getByLabel("Option 5 Text")).toHaveValue("Nuclear Planning Group");
  await expectAccessible(page);
  await screenshot(page, "new question with an error");
  await page.getByLabel("Option 2 Credit (%)").fill("0");
  await page.getByRole("button", { name: "Create question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit question" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Question created (version 1)." })).toBeVisible();
  await expect(page.getByLabel("Option 3 Text")).toHaveValue("Nuclear Planning Group");

  // Search and filters are plain GET parameters: the filtered list is a link, and exports follow it.
  await page.goto(base);
  await page.getByLabel("Search the stems", { exact: true }).fill(`bank e2e ${mark}`);
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Single choice" });
  await page.getByLabel("Tag", { exact: true }).selectOption(tag);
  await page.getByLabel("Difficulty", { exact: true }).selectOption("3");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=bank\\+e2e\\+${mark}&lesson=&type=single_choice&tag=${tag}&difficulty=3&status=active$`));
  const table = page.getByRole("table", { name: /^Questions in/ });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row", { name: new RegExp(mark) })).toContainText("Single choice");
  await expect(page.getByRole("link", { name: "Export as GIFT" })).toHaveAttribute("href", `${base}/export?format=gift&q=bank+e2e+${mark}&type=single_choice&tag=${tag}&difficulty=3`);
  await expect(page.getByRole("link", { name: "Export as Moodle XML" })).toHaveAttribute("href", `${base}/export?format=moodle_xml&q=bank+e2e+${mark}&type=single_choice&tag=${tag}&difficulty=3`);
  await expectAccessible(page);
  await screenshot(page, "bank list filtered");
  await page.getByLabel("Difficulty", { exact: true }).selectOption("1");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No questions match these filters.")).toBeVisible();
});

test("an instructor edits an answered question: a new version for new attempts, the old attempt keeps its wording and mark", async ({ page, browser }) => {
  test.slow();
  await signIn(page, "student2@rampart.test");
  await openQuiz(page, bankQuiz.title);
  await startAttempt(page);
  await question(page, 1).getByRole("radio", { name: "Brussels" }).check();
  await expectSaved(page);
  await submitFromDialog(page, "Every question is answered");
  await expect(question(page, 1)).toContainText("Mark 1 / 1");

  const teaching = await browser.newContext();
  const teacher = await teaching.newPage();
  await signIn(teacher, "instructor@rampart.test");
  // One learner, full marks: a facility of 100 %, which the item analysis flags.
  await teacher.goto(`${base}?q=${encodeURIComponent("hosts NATO's headquarters")}&flagged=1`);
  await expect(teacher.getByLabel("Flagged by item analysis")).toBeChecked();
  await expectAccessible(teacher);
  await teacher.getByRole("link", { name: `Edit question: ${bankQuiz.stem}` }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Edit question" })).toBeVisible();
  await expect(teacher.getByText(/^Version 1\. Saving a change/)).toBeVisible();
  await expectAccessible(teacher);

  // Saved as it is: nothing to save, and the page says so.
  const unchanged = nextAction(teacher);
  await teacher.getByRole("button", { name: "Save changes" }).click();
  await unchanged;
  await expect(teacher.getByRole("status").filter({ hasText: "Nothing changed, so nothing was saved: this is still version 1." })).toBeVisible();

  await teacher.getByLabel("Stem", { exact: true }).fill(bankQuiz.editedStem);
  await teacher.getByLabel("Option 1 Credit (%)").fill("0");
  await teacher.getByLabel("Option 2 Credit (%)").fill("100");
  const preview = teacher.getByRole("complementary", { name: "Preview" });
  await expect(preview).toContainText(bankQuiz.editedStem);
  await expect(preview).toContainText("Right answer (shown at review when the quiz allows it): Mons");
  const edit = nextAction(teacher);
  await teacher.getByRole("button", { name: "Save changes" }).click();
  const editRequest = await edit;
  await expect(teacher.getByRole("status").filter({ hasText: "Saved as version 2." })).toBeVisible();
  await expect(teacher.getByText(/^Version 2\. Saving a change/)).toBeVisible();
  await screenshot(teacher, "edit question saved");

  await teacher.getByRole("link", { name: "Version history" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Version history" })).toBeVisible();
  const versionTwo = teacher.getByRole("article", { name: "Version 2 (current)" });
  await expect(versionTwo).toContainText(bankQuiz.editedStem);
  await expect(versionTwo).toContainText("Saved by Ines Instructor");
  await expect(versionTwo).toContainText("No attempt holds this version.");
  const versionOne = teacher.getByRole("article", { name: "Version 1" });
  await expect(versionOne).toContainText(bankQuiz.stem);
  await expect(versionOne).toContainText(/Held by \d+ attempts? at “Question bank test quiz”\./);
  await expectAccessible(teacher);
  await screenshot(teacher, "question history");

  // The learner's attempt keeps the version it was given: the old wording, the old key, the old mark.
  await page.reload();
  await expect(question(page, 1)).toContainText(bankQuiz.stem);
  await expect(question(page, 1)).not.toContainText(bankQuiz.editedStem);
  await expect(question(page, 1)).toContainText("Mark 1 / 1");
  await expectAccessible(page);

  // The learner cannot open the editor's pages or send its action.
  const editPath = new URL(teacher.url()).pathname.replace(/\/history$/, "/edit");
  for (const path of [base, `${base}/new`, editPath, editPath.replace(/\/edit$/, "/history"), editPath.replace(/\/edit$/, "/status")]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  const replay = await replayAs(page, editRequest);
  expect(replay.body).toMatch(/You do not have access to this\.|Only this course's instructors can do that\./);
  expect(replay.body).not.toContain("Saved as version");
  await teaching.close();
});

test("an instructor retires a question after confirming, finds it among the retired, and restores it, from the keyboard; a student cannot", async ({ page, browser }) => {
  await signIn(page, "instructor@rampart.test");
  await page.goto(`${base}?q=${encodeURIComponent("retire and restore")}`);
  const retire = page.getByRole("link", { name: `Retire question: ${bankQuiz.retireStem}` });
  await retire.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Retire this question?" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "retire confirmation");
  const retiring = nextAction(page);
  await page.getByRole("button", { name: "Retire question" }).focus();
  await page.keyboard.press("Enter");
  const retireRequest = await retiring;
  await expect(page.getByRole("status").filter({ hasText: "Question retired: random slots no longer draw it." })).toBeVisible();

  await page.goto(`${base}?q=${encodeURIComponent("retire and restore")}`);
  await expect(page.getByText("No questions match these filters.")).toBeVisible();
  await page.getByLabel("Status", { exact: true }).selectOption("retired");
  await page.getByRole("button", { name: "Apply filters" }).click();
  const row = page.getByRole("row", { name: new RegExp("retire and restore") });
  await expect(row).toContainText("Retired");
  await expectAccessible(page);
  await row.getByRole("link", { name: `Restore question: ${bankQuiz.retireStem}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Restore this question?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Restore question" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question restored: random slots may draw it again." })).toBeVisible();
  await page.goto(`${base}?q=${encodeURIComponent("retire and restore")}`);
  await expect(page.getByRole("row", { name: new RegExp("retire and restore") })).toContainText("Active");

  // A student sending the retire action is refused, and the question stays active.
  const studying = await browser.newContext();
  const student = await studying.newPage();
  await signIn(student, "student1@rampart.test");
  const replay = await replayAs(student, retireRequest);
  expect(replay.body).toMatch(/You do not have access to this\.|Only this course's instructors can do that\./);
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp("retire and restore") })).toContainText("Active");
  await studying.close();
});
