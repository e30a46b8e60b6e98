import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { uploadsCourse } from "./fixtures/markers";
import { expectAccessible, signIn, signUpAndJoin } from "./support";

async function attachScreenshot(page: Page, name: string) {
  const file = test.info().outputPath(`${name.replaceAll(" ", "-")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await test.info().attach(name, { path: file, contentType: "image/png" });
}

const fixtures = path.resolve("tests/fixtures/documents");

test("an instructor uploads a messy plain-text article, checks and adjusts its sections, creates a draft unit and publishes it; learners see it only then", async ({ page, browser }) => {
  const expected = JSON.parse(await readFile(path.join(fixtures, "messy-text.expected.json"), "utf8")) as { title: string; sections: { title: string; firstWords: string }[]; absent: string[] };
  const unitTitle = `Cyber defence, uploaded ${Date.now().toString(36)}`;
  const teaching = await browser.newContext();
  const teacher = await teaching.newPage();
  await signIn(teacher, uploadsCourse.instructor);
  await teacher.goto(`/teach/courses/${uploadsCourse.slug}/units`);
  await teacher.getByRole("link", { name: "New unit from a document" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "New unit from a document" })).toBeVisible();
  await expectAccessible(teacher);

  await teacher.getByLabel("Document (Markdown, plain text or HTML)").setInputFiles(path.join(fixtures, "messy-text.txt"));
  await teacher.getByRole("button", { name: "Find the sections" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Check the sections: messy-text.txt" })).toBeVisible();
  await expect(teacher.getByLabel("Unit title")).toHaveValue(expected.title);
  const titles = teacher.getByLabel(/^Section \d+ title$/);
  await expect(titles).toHaveCount(expected.sections.length);
  for (const [index, section] of expected.sections.entries()) {
    await expect(titles.nth(index)).toHaveValue(section.title);
  }
  // Furniture is gone from the sections (it is listed apart, under "Left out as page furniture").
  const sections = teacher.getByRole("region", { name: "Sections" });
  for (const furniture of ["Share this", "Advertisement", "Previous article"]) await expect(sections).not.toContainText(furniture);
  await expectAccessible(teacher);
  await attachScreenshot(teacher, "document sections");

  // Join the last section to the one before it, with the keyboard: focus its tick and press Space.
  const lastStartName = await teacher.getByRole("checkbox", { checked: true }).last().getAttribute("name");
  const lastStart = teacher.locator(`input[name="${lastStartName}"]`);
  await lastStart.focus();
  await teacher.keyboard.press("Space");
  await expect(lastStart).not.toBeChecked();
  await expect(titles).toHaveCount(expected.sections.length - 1);
  await teacher.getByLabel("Unit title").fill(unitTitle);
  await teacher.getByLabel("Section 1 title").fill("Why cyber defence matters");
  await teacher.getByRole("button", { name: "Save the sections" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Sections saved." })).toBeVisible();
  await teacher.reload();
  await expect(titles).toHaveCount(expected.sections.length - 1);
  await expect(titles.first()).toHaveValue("Why cyber defence matters");

  await teacher.getByRole("button", { name: "Create the draft unit" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: `Draft unit “${unitTitle}” created.` })).toBeVisible();
  const row = teacher.getByRole("row", { name: new RegExp(unitTitle) });
  await expect(row).toContainText("Draft");
  await expect(row).toContainText(String(expected.sections.length - 1));
  await expectAccessible(teacher);

  // A learner does not see the draft, then sees the published unit and reads its first lesson.
  await signUpAndJoin(page, `Document Reader ${Date.now().toString(36)}`, uploadsCourse);
  await page.goto(`/courses/${uploadsCourse.slug}`);
  await expect(page.getByText(unitTitle)).toHaveCount(0);

  await row.getByRole("button", { name: `Publish ${unitTitle}` }).click();
  await expect(teacher.getByRole("status").filter({ hasText: `“${unitTitle}” is published` })).toBeVisible();
  await expect(teacher.getByRole("row", { name: new RegExp(unitTitle) })).toContainText("Published");

  await page.goto(`/courses/${uploadsCourse.slug}`);
  await expect(page.getByText(unitTitle).first()).toBeVisible();
  await page.getByRole("link", { name: /Why cyber defence matters/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why cyber defence matters");
  await expect(page.getByText(expected.sections[0]!.firstWords).first()).toBeVisible();

  // A student is refused the instructor's screens.
  for (const url of [`/teach/courses/${uploadsCourse.slug}/units`, `/teach/courses/${uploadsCourse.slug}/documents/import`]) {
    expect((await page.goto(url))?.status(), url).toBe(403);
  }
  await teaching.close();
});
