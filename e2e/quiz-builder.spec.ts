import { expect, test, type Page } from "@playwright/test";
import { openQuiz, startAttempt } from "./attempt-support";
import { demoCourse, expectAccessible, signIn, signUpAndJoin } from "./support";

/** Kept beside the test's results, for a person to look at the screens the test went through. */
async function attachScreenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name.replaceAll(" ", "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

const slot = (page: Page, position: number) => page.getByRole("group", { name: `Slot ${position}`, exact: true });
const quizRow = (page: Page, title: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title, exact: true }) });

async function submitAttempt(page: Page) {
  await page.getByRole("button", { name: "Submit attempt" }).click();
  await page.getByRole("dialog", { name: "Submit your attempt?" }).getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}\/review$/);
}

test("an instructor builds a quiz from the bank with a random slot, orders it by drag and keyboard, previews, publishes, a learner takes it, then edits it with a warning and duplicates it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const title = `Builder check ${Date.now().toString(36)}`;
  const quizzes = `/teach/courses/${demoCourse.slug}/quizzes`;
  await signIn(page, "instructor@rampart.test");
  await page.goto(`${quizzes}/new`);
  await expect(page.getByRole("heading", { level: 1, name: "New quiz" })).toBeVisible();
  await page.getByLabel("Title").fill(title);
  await slot(page, 1).getByLabel("What goes here").selectOption({ label: "Random from a lesson" });
  await slot(page, 1).getByLabel("Lesson to draw from").selectOption({ index: 1 });

  // The bank picker: a modal dialog searched by stem, operated here with the keyboard.
  const opener = page.getByRole("button", { name: "Add questions from the bank" });
  await opener.click();
  const picker = page.getByRole("dialog", { name: "Add questions from the bank" });
  await expect(picker).toBeVisible();
  await expect(picker.getByLabel("Search the stems")).toBeFocused();
  await picker.getByLabel("Search the stems").fill("Tsar of the Kremlin");
  await page.keyboard.press("Enter");
  await expect(picker.getByRole("status")).toHaveText(/^1 question found\. Page 1 of 1\.$/);
  const result = picker.getByRole("checkbox");
  await expect(result).toHaveCount(1);
  await expect(picker.getByText(/Tsar of the Kremlin/)).toBeVisible();
  await expectAccessible(page);
  await attachScreenshot(page, "bank picker");
  await result.focus();
  await page.keyboard.press("Space");
  await picker.getByRole("button", { name: "Add 1 selected as fixed slots" }).click();
  await expect(picker).toBeHidden();
  const picked = slot(page, 4).getByLabel("Question");
  await expect(picked).toBeFocused();
  await expect(picked.locator("option:checked")).toHaveText(/Tsar of the Kremlin/);
  await expect(page.getByText("1 question added as slot 4.")).toBeAttached();
  await expect(slot(page, 4).getByText(/^Holds: Single choice: What function does the label “Tsar of the Kremlin”/)).toBeVisible();

  // By drag: the picked question goes first.
  await slot(page, 4).locator("[data-drag-handle]").dragTo(slot(page, 1));
  await expect(page.getByText("Slot moved to position 1 of 4.")).toBeAttached();
  await expect(slot(page, 1).getByLabel("Question").locator("option:checked")).toHaveText(/Tsar of the Kremlin/);
  await expect(slot(page, 2).getByLabel("What goes here")).toHaveValue("lesson");
  // By keyboard alone: down once, then back up.
  await slot(page, 1).getByRole("button", { name: "Move down slot 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(slot(page, 2).getByLabel("What goes here")).toHaveValue("fixed");
  await expect(page.getByText("Slot moved to position 2 of 4.")).toBeAttached();
  await page.keyboard.press("Shift+Tab");
  await expect(slot(page, 2).getByRole("button", { name: "Move up slot 2" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(slot(page, 1).getByLabel("What goes here")).toHaveValue("fixed");
  await slot(page, 1).getByLabel("Marks").fill("2");
  await expectAccessible(page);
  await attachScreenshot(page, "builder with slots");
  await page.getByRole("button", { name: "Create quiz" }).click();
  await expect(page.getByText(`Saved “${title}”.`)).toBeVisible();
  await expect(quizRow(page, title).getByRole("cell").first()).toHaveText("Draft");
  await expectAccessible(page);

  // Preview the draft as a learner would; it is not recorded.
  await quizRow(page, title).getByRole("button", { name: `Preview ${title}` }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Nothing is recorded", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Question 2" })).toBeVisible();
  await expectAccessible(page);
  await attachScreenshot(page, "preview attempt");
  await submitAttempt(page);
  await expect(page.getByText("Nothing is recorded", { exact: false })).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Marks" })).toBeVisible();
  await expectAccessible(page);
  await attachScreenshot(page, "preview review");
  await page.goto(`/teach/courses/${demoCourse.slug}/gradebook`);
  await expect(page.getByRole("heading", { level: 1, name: "Gradebook" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Ines Instructor/ })).toHaveCount(0);
  await expectAccessible(page);

  // Publish from the list.
  await page.goto(quizzes);
  await quizRow(page, title).getByRole("button", { name: `Publish ${title}` }).click();
  await expect(page.getByText(`Published “${title}”`, { exact: false })).toBeVisible();
  await expect(quizRow(page, title).getByRole("cell").first()).toHaveText("Published");
  await expectAccessible(page);

  // A learner takes it.
  const learning = await browser.newContext();
  const learner = await learning.newPage();
  await signUpAndJoin(learner, "Bea Builder");
  await openQuiz(learner, title);
  await expectAccessible(learner);
  await startAttempt(learner);
  await expect(learner.getByText("Nothing is recorded", { exact: false })).toHaveCount(0);
  await expectAccessible(learner);
  await submitAttempt(learner);
  await expect(learner.getByRole("heading", { level: 1, name: `${title}: review of attempt 1` })).toBeVisible();
  await expectAccessible(learner);
  await learning.close();

  // Editing now warns what the change reaches, keeps the typed values, and saves once confirmed.
  await quizRow(page, title).getByRole("link", { name: `Edit ${title}` }).click();
  await slot(page, 1).getByLabel("Marks").fill("3");
  await page.getByRole("button", { name: "Save changes" }).click();
  const warning = page.getByRole("heading", { name: "Nothing is saved yet: this quiz already has attempts" });
  await expect(warning).toBeFocused();
  await expect(page.getByRole("listitem").filter({ hasText: "0 attempts in progress and 1 finished attempt keep the questions and marks" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "review settings" })).toHaveCount(0);
  await expect(slot(page, 1).getByLabel("Marks")).toHaveValue("3");
  await expectAccessible(page);
  await attachScreenshot(page, "change warning");
  await page.getByRole("button", { name: "Save anyway" }).click();
  await expect(page.getByText(`Saved “${title}”.`)).toBeVisible();

  // Duplicate: a draft copy opens for editing.
  await quizRow(page, title).getByRole("button", { name: `Duplicate ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit “Copy of ${title}”` })).toBeVisible();
  await expect(page.getByText("This is a draft copy")).toBeVisible();
  await expect(slot(page, 1).getByLabel("Marks")).toHaveValue("3");
  await expect(page.getByLabel("Draft")).toBeChecked();
  await expectAccessible(page);
  await attachScreenshot(page, "duplicated quiz");
});

test("an instructor draws several questions at random from a lesson in one step, and a pool too small for its slots is refused on save", async ({ page }) => {
  const title = `Random draw ${Date.now().toString(36)}`;
  await signIn(page, "instructor@rampart.test");
  await page.goto(`/teach/courses/${demoCourse.slug}/quizzes/new`);
  await page.getByLabel("Title").fill(title);
  const startingRows = await page.getByRole("group", { name: /^Slot \d+$/ }).count();

  await page.getByText("Draw several questions at random").click();
  const howMany = page.getByLabel("How many");
  await howMany.fill("2");
  await page.getByRole("button", { name: "Add random slots" }).click();
  await expect(page.getByText("Choose a lesson or a tag to draw from.")).toBeVisible();
  await expect(page.getByLabel("Draw from", { exact: true })).toBeFocused();

  const source = page.getByLabel("Draw from", { exact: true });
  const lessonLabel = (await source.locator("optgroup[label='Lessons'] option").first().textContent())!;
  const poolSize = Number(/\((\d+) questions?\)$/.exec(lessonLabel)![1]);
  await source.selectOption({ label: lessonLabel });
  await howMany.fill("0");
  await page.getByRole("button", { name: "Add random slots" }).click();
  await expect(page.getByText(`Enter a whole number from 1 to ${50 - startingRows}.`)).toBeVisible();
  await expect(howMany).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // One more than the lesson holds.
  await howMany.fill(String(poolSize + 1));
  await page.getByRole("button", { name: "Add random slots" }).click();
  const first = startingRows + 1;
  const last = startingRows + poolSize + 1;
  await expect(page.getByText(`${poolSize + 1} random slots added as slots ${first} to ${last}.`)).toBeAttached();
  await expect(slot(page, first).getByLabel("Marks")).toBeFocused();
  await expect(slot(page, last).getByLabel("What goes here")).toHaveValue("lesson");
  await expect(slot(page, last).getByLabel("Lesson to draw from").locator("option:checked")).toHaveText(lessonLabel);
  await attachScreenshot(page, "random slots added");

  await page.getByRole("button", { name: "Create quiz" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeFocused();
  const refusal = `This pool has ${poolSize} questions left to draw once the quiz's chosen questions are set aside, but ${poolSize + 1} slots draw from it. Remove a slot or draw from a larger pool.`;
  await expect(slot(page, last).getByText(refusal)).toBeVisible();
  await expect(slot(page, last - 1).getByText(refusal)).toHaveCount(0);
  await expectAccessible(page);

  await slot(page, last).getByRole("button", { name: `Remove slot ${last}` }).click();
  await page.getByRole("button", { name: "Create quiz" }).click();
  await expect(page.getByText(`Saved “${title}”.`)).toBeVisible();
  await expect(quizRow(page, title).getByRole("cell").nth(1)).toHaveText(String(poolSize));
});
