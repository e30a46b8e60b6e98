import { expect, test, type Page } from "@playwright/test";
import { demoCourse, expectAccessible, signIn } from "./support";

/** Kept beside the test's results, for a person to look at the screens the test went through. */
async function attachScreenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name.replaceAll(" ", "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

function slot(page: Page, position: number) {
  return page.getByRole("group", { name: `Slot ${position}`, exact: true });
}

test("an instructor sets up a timed quiz with a fixed and a random slot, publishes it and gives a learner more time", async ({ page }) => {
  const title = `Timed check ${Date.now().toString(36)}`;
  await signIn(page, "instructor@rampart.test");
  await page.goto("/teach");
  await page.getByRole("link", { name: `Quizzes in ${demoCourse.title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Quizzes" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "New quiz" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New quiz" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Instructions").fill("Eight seconds: answer quickly.");
  await page.getByLabel("Minutes").fill("0");
  await page.getByLabel("Seconds").fill("8");
  await page.getByLabel("Opens at").fill("2030-01-10T09:00");
  await page.getByLabel("Closes at").fill("2030-01-09T09:00");
  await page.getByLabel("Attempts allowed").fill("2");
  await expect(page.getByLabel("Marks: immediately after")).toBeChecked();
  await expect(page.getByLabel("Right answer: during the attempt")).not.toBeChecked();

  await slot(page, 1).getByLabel("What goes here").selectOption({ label: "A chosen question" });
  const question = slot(page, 1).getByLabel("Question");
  await expect(question).toBeVisible();
  await question.selectOption({ index: 1 });
  const chosenQuestion = await question.inputValue();
  await slot(page, 1).getByLabel("Marks").fill("2");
  await slot(page, 2).getByLabel("What goes here").selectOption({ label: "Random from a lesson" });
  await slot(page, 2).getByLabel("Lesson to draw from").selectOption({ index: 2 });
  const chosenLesson = await slot(page, 2).getByLabel("Lesson to draw from").inputValue();
  await attachScreenshot(page, "new quiz form");

  await page.getByRole("button", { name: "Create quiz" }).click();
  const closesAt = page.getByLabel("Closes at");
  await expect(page.locator("#closesAt-error")).toHaveText("The quiz must close after it opens.");
  await expect(closesAt).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeFocused();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("Seconds")).toHaveValue("8");
  await expect(page.getByLabel("Opens at")).toHaveValue("2030-01-10T09:00");
  await expect(slot(page, 1).getByLabel("Question")).toHaveValue(chosenQuestion);
  await expect(slot(page, 1).getByLabel("Marks")).toHaveValue("2");
  await expect(slot(page, 2).getByLabel("Lesson to draw from")).toHaveValue(chosenLesson);
  await expect(page.getByLabel("Marks: immediately after")).toBeChecked();
  await expectAccessible(page);
  await attachScreenshot(page, "quiz form with an error");

  await closesAt.fill("2030-01-20T17:00");
  await page.getByLabel("Published").check();
  await page.getByRole("button", { name: "Create quiz" }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/courses/${demoCourse.slug}/quizzes\\?saved=`));
  await expect(page.getByText(`Saved “${title}”.`)).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title }) });
  await expect(row.getByRole("cell")).toHaveText(["Published", "2", "10 Jan 2030, 09:00 UTC to 20 Jan 2030, 17:00 UTC", "8 s", "2", /Edit/]);
  await expectAccessible(page);
  await attachScreenshot(page, "quiz list");

  await row.getByRole("link", { name: `Edit ${title}` }).click();
  await expect(page.getByLabel("Seconds")).toHaveValue("8");
  await expect(page.getByLabel("Published")).toBeChecked();
  await expect(slot(page, 2).getByLabel("Lesson to draw from")).toHaveValue(chosenLesson);
  await expectAccessible(page);
  // Rows move with the keyboard, and focus stays on the row that moved.
  await slot(page, 2).getByRole("button", { name: "Move up slot 2" }).focus();
  await page.keyboard.press("Enter");
  await expect(slot(page, 1).getByLabel("Lesson to draw from")).toHaveValue(chosenLesson);
  await expect(slot(page, 2).getByLabel("Question")).toHaveValue(chosenQuestion);
  await expect(slot(page, 1).getByRole("button", { name: "Move down slot 1" })).toBeFocused();
  await expect(page.getByText("Slot moved to position 1 of 4.")).toBeAttached();

  await page.getByRole("link", { name: "Accommodations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Accommodations: ${title}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Learner", { exact: true }).selectOption({ label: "Sam Student (student1@rampart.test)" });
  await page.getByLabel("Time multiplier").fill("1.5");
  await page.getByLabel("Extra attempts").fill("1");
  await page.getByRole("button", { name: "Save accommodation" }).click();
  await expect(page.getByText("Accommodation saved.")).toBeVisible();
  const learnerRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Sam Student/ }) });
  await expect(learnerRow.getByRole("cell").first()).toHaveText("1.5× time, 1 more attempt");
  await expect(learnerRow.getByRole("button", { name: "Remove for this quiz for Sam Student" })).toBeVisible();
  await expectAccessible(page);
  await attachScreenshot(page, "accommodations");

  await learnerRow.getByRole("button", { name: "Remove for this quiz for Sam Student" }).click();
  await expect(page.getByText("Removed an accommodation for Sam Student.")).toBeVisible();
  await expect(learnerRow.getByRole("cell").first()).toHaveText("None");
});
