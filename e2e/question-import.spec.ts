import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { demoCourse, expectAccessible, signIn, signUpAndJoin } from "./support";

async function attachScreenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name.replaceAll(" ", "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

const base = `/teach/courses/${demoCourse.slug}/questions`;

/** Our own questions; the third block (line 5) never closes its answers, the fourth tries to run script, the fifth (line 9) is a description, which is not a question. */
function giftFile(tag: string) {
  return [
    `::${tag} founding::In which year was the Washington Treaty signed? (${tag}) {=1949 ~1955 ~1991}`,
    "",
    `::${tag} invoked::Article 5 has been invoked exactly once. (${tag}) {T}`,
    "",
    `::${tag} broken::Which city hosts the military headquarters? (${tag}) {=Mons ~Brussels`,
    "",
    `::${tag} markup::[html]<p>Name the year of the current <b>strategic concept</b>. (${tag})<script>window.__importedScriptRan = true</script><img src="x" onerror="window.__importedScriptRan = true"></p> {=2022}`,
    "",
    `::${tag} note::Only information for learners, with no answers. (${tag})`,
  ].join("\n");
}

test("an instructor imports a GIFT file with a bad question: preview with line numbers, confirm, finds the good questions in the bank, exports them back; no imported script runs; a student is refused", async ({ page, browser }) => {
  const tag = `import-${Date.now().toString(36)}`;
  const teaching = await browser.newContext();
  const teacher = await teaching.newPage();
  const dialogs: string[] = [];
  teacher.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(teacher, "instructor@rampart.test");
  await teacher.goto(`${base}/import`);
  await expect(teacher.getByRole("heading", { level: 1, name: "Import questions" })).toBeVisible();
  await expectAccessible(teacher);

  // Nothing chosen: the form says so and nothing is read.
  await teacher.getByRole("button", { name: "Read the questions" }).click();
  await expect(teacher.getByText("Choose a file or paste the questions' text.").first()).toBeVisible();

  await teacher.getByLabel("Question file (GIFT, Moodle XML or Aiken)").setInputFiles({ name: `${tag}.gift`, mimeType: "text/plain", buffer: Buffer.from(giftFile(tag)) });
  await teacher.getByRole("button", { name: "Read the questions" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: `Import preview: ${tag}.gift` })).toBeVisible();
  await expect(teacher.getByText("GIFT: 3 questions ready, 1 problem, 1 skipped. Nothing has been added to the bank yet.")).toBeVisible();
  const problems = teacher.getByRole("region", { name: "Problems" });
  await expect(problems.getByRole("listitem")).toHaveCount(1);
  await expect(problems.getByRole("listitem")).toContainText(/^Line 5:/);
  await expect(problems.getByRole("listitem")).not.toContainText(/Line 5:.*Line 5/);
  await expect(teacher.getByRole("region", { name: /^Skipped/ })).toContainText(/Line 9/);
  const found = teacher.getByRole("region", { name: "Questions found" }).getByRole("listitem").filter({ hasText: /^Line/ });
  await expect(found).toHaveCount(3);
  await expect(found.nth(0)).toContainText("Single choice");
  await expect(found.nth(0)).toContainText("1949 — 100 %");
  await expect(found.nth(2)).toContainText(`Name the year of the current strategic concept. (${tag})`);
  await expectAccessible(teacher);
  await attachScreenshot(teacher, "import preview");

  // Nothing is in the bank before the confirmation.
  const before = await teacher.request.get(`/teach/courses/${demoCourse.slug}/questions/export?format=gift&q=${tag}`);
  expect(before.status()).toBe(400);
  expect(await before.text()).toContain("nothing to export");

  await expect(teacher.getByLabel("Tag every imported question with")).toHaveValue(tag);
  await teacher.getByRole("button", { name: "Add 3 questions to the bank" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: `3 questions were added to the bank with the tag “${tag}”.` })).toBeVisible();
  await expectAccessible(teacher);

  // The good questions are in the bank under the tag; the broken one is not.
  await teacher.getByRole("link", { name: "See them in the question bank" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Question bank" })).toBeVisible();
  const bank = teacher.getByRole("table");
  await expect(bank.getByRole("row")).toHaveCount(4);
  for (const stem of ["In which year was the Washington Treaty signed?", "Article 5 has been invoked exactly once.", "Name the year of the current strategic concept."]) {
    await expect(bank.getByRole("row", { name: new RegExp(stem.replace(/[.?]/g, "\\$&")) })).toContainText(tag);
  }
  await expect(bank).not.toContainText("Which city hosts the military headquarters");
  await expectAccessible(teacher);

  // Exported as GIFT, the three questions come back; the script never ran anywhere.
  const [download] = await Promise.all([teacher.waitForEvent("download"), teacher.evaluate((url) => {
    const link = document.createElement("a");
    link.href = url;
    document.body.append(link);
    link.click();
  }, `/teach/courses/${demoCourse.slug}/questions/export?format=gift&q=${encodeURIComponent(`(${tag})`)}`)]);
  const exported = await readFile((await download.path())!, "utf8");
  expect(exported).toContain(`In which year was the Washington Treaty signed? (${tag})`);
  expect(exported).toContain("=1949");
  expect(exported).not.toContain("<script");
  expect(exported).not.toContain("Which city hosts the military headquarters");
  expect(await teacher.evaluate(() => (window as { __importedScriptRan?: boolean }).__importedScriptRan)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // A student is refused the import pages, the export and the actions.
  await signUpAndJoin(page, `Import Refused ${tag}`);
  for (const path of [`${base}/import`, `${base}/import/00000000-0000-4000-8000-000000000000`]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  const refused = await page.request.get(`${base}/export?format=gift`);
  expect(refused.status()).toBe(403);
  expect(await refused.text()).not.toContain("Washington Treaty");
  await teaching.close();
});
