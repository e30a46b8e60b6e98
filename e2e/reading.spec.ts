import { expect, test, type Page } from "@playwright/test";
import { demoCourse, expectAccessible, signIn, signUpAndJoin } from "./support";

const lessonUrl = (slug: string) => `/courses/${demoCourse.slug}/lessons/${slug}`;

function lessonRow(page: Page, slug: string) {
  return page.locator(`li[data-lesson="${slug}"]`);
}

function progressReport(page: Page, match: (report: { paragraph: number; reachedEnd: boolean }) => boolean) {
  return page.waitForRequest((request) => {
    if (!request.url().endsWith("/api/progress") || request.method() !== "POST") return false;
    return match(JSON.parse(request.postData() ?? "{}"));
  });
}

// Progress tests use their own new accounts: the demo students are shared with other tests.
test("a lesson counts as completed only after reaching its end with enough time on it", async ({ page }) => {
  await signUpAndJoin(page, "Careful Cora");
  await page.goto(lessonUrl("cyber-hybrid"));
  await expect(page.getByTestId("lesson-status")).toHaveText(/Not started/);
  const rushed = progressReport(page, (report) => report.reachedEnd);
  await page.locator("#lesson-end").scrollIntoViewIfNeeded();
  await rushed;
  await expect(page.getByTestId("lesson-status")).toHaveText(/In progress/);

  await page.goto(`/courses/${demoCourse.slug}`);
  await expect(lessonRow(page, "cyber-hybrid")).toContainText("In progress");

  await page.goto(lessonUrl("cyber-hybrid"));
  for (const paragraph of await page.locator("[data-paragraph]").all()) await paragraph.scrollIntoViewIfNeeded();
  await page.locator("#lesson-end").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("lesson-status")).toHaveText(/Completed/, { timeout: 30_000 });

  await page.goto(`/courses/${demoCourse.slug}`);
  await expect(lessonRow(page, "cyber-hybrid")).toContainText("Completed");
  await expect(page.getByRole("progressbar", { name: "Unit 1 progress" })).toHaveAttribute("aria-valuenow", "11");
});

test("leaving mid-lesson and coming back offers Continue at the same paragraph", async ({ page }) => {
  await signUpAndJoin(page, "Returning Rui");
  await page.goto(lessonUrl("military-aid"));
  const atFourth = progressReport(page, (report) => report.paragraph === 4);
  await page.locator("#p-4").evaluate((element) => element.scrollIntoView({ block: "start" }));
  await atFourth;

  await page.goto(`/courses/${demoCourse.slug}`);
  const resume = page.getByRole("link", { name: /^Continue: Military aid/ });
  await expect(resume).toHaveAttribute("href", `${lessonUrl("military-aid")}#p-4`);
  await resume.click();
  await expect(page.locator("#p-4")).toBeInViewport();

  await page.goto(lessonUrl("military-aid"));
  await expect(page.getByTestId("lesson-status")).toContainText("resumed where you left off");
  await expect(page.locator("#p-4")).toBeInViewport();
});

test("progress survives a closed tab and a lost connection", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpAndJoin(page, "Offline Olga");

  await page.goto(lessonUrl("future-prospects"));
  await page.locator("#p-3").evaluate((element) => element.scrollIntoView({ block: "start" }));
  await page.close({ runBeforeUnload: true });

  const check = await context.newPage();
  await expect(async () => {
    await check.goto(`/courses/${demoCourse.slug}`);
    await expect(check.getByRole("link", { name: /^Continue: Future prospects/ })).toHaveAttribute("href", `${lessonUrl("future-prospects")}#p-3`);
  }).toPass({ timeout: 15_000 });

  await check.goto(lessonUrl("future-prospects"));
  await context.setOffline(true);
  await check.locator("#p-5").evaluate((element) => element.scrollIntoView({ block: "start" }));
  await expect.poll(() => check.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith("rampart:progress:"))), { timeout: 15_000 }).toBe(true);
  const resent = progressReport(check, (report) => report.paragraph === 5);
  await context.setOffline(false);
  await resent;

  await expect(async () => {
    await check.goto(`/courses/${demoCourse.slug}`);
    await expect(check.getByRole("link", { name: /^Continue: Future prospects/ })).toHaveAttribute("href", `${lessonUrl("future-prospects")}#p-5`);
  }).toPass({ timeout: 15_000 });
  await context.close();
});

test("reading works with the keyboard alone, and key terms explain themselves on focus", async ({ page }) => {
  await signIn(page, "student1@rampart.test");
  await page.goto(`/courses/${demoCourse.slug}`);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");

  const firstLesson = page.getByRole("link", { name: /^1\. NATO's strategic context/ });
  for (let presses = 0; presses < 20 && !(await firstLesson.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(firstLesson).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/NATO's strategic context/);

  const term = page.locator("#lesson-body button.key-term").first();
  for (let presses = 0; presses < 40 && !(await term.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(term).toBeFocused();
  const tip = page.getByRole("tooltip").filter({ visible: true });
  await expect(tip).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(tip).toHaveCount(0);

  const next = page.getByRole("link", { name: /^Next:/ });
  for (let presses = 0; presses < 60 && !(await next.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(next).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/eastern flank/);
});

test("the glossary lists every key term with the lessons it appears in", async ({ page }) => {
  await signIn(page, "student1@rampart.test");
  await page.goto(`/courses/${demoCourse.slug}`);
  await page.getByRole("link", { name: "Glossary" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glossary" })).toBeVisible();
  const article5 = page.locator("#article-5");
  await expect(article5.getByRole("term")).toHaveText("Article 5");
  expect(await article5.getByRole("link").count()).toBeGreaterThan(2);
});

test("the theme toggle overrides the system setting and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page, "student2@rampart.test");
  await page.getByRole("button", { name: /Theme: system/ }).click();
  await expect(page.locator("html")).toHaveClass("dark");
  await page.reload();
  await expect(page.locator("html")).toHaveClass("dark");
  await expect(page.getByRole("button", { name: /Theme: dark/ })).toBeVisible();
  await page.getByRole("button", { name: /Theme: dark/ }).click();
  await expect(page.locator("html")).toHaveClass("light");
  await page.getByRole("button", { name: /Theme: light/ }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark|light/);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`course map, lesson and glossary have no serious accessibility violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await signIn(page, "student1@rampart.test");
    for (const path of [`/courses/${demoCourse.slug}`, lessonUrl("eastern-flank"), `/courses/${demoCourse.slug}/glossary`]) {
      await page.goto(path);
      await expectAccessible(page);
    }
    const luminance = await page.evaluate(() => {
      const context = document.createElement("canvas").getContext("2d")!;
      context.fillStyle = getComputedStyle(document.body).backgroundColor;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    });
    expect(luminance > 0.5 ? "light" : "dark").toBe(colorScheme);
  });
}
