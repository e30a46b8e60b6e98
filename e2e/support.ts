import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const demoPassword = process.env.DEMO_PASSWORD ?? "e2e-demo-password";
export const demoCourse = { slug: "nato-ukraine", code: "NATO2024", title: "NATO and the Russia–Ukraine War" };

/** Fails on any serious or critical WCAG 2.x A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  // After a client-side navigation React puts the new page's <title> in a moment later than its
  // content; axe would otherwise catch the document between the two. A page with no title still fails.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`)).toEqual([]);
}

export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/courses$/);
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

/** A new student account that has joined the demo course, for tests that need a clean slate. */
export async function signUpAndJoin(page: Page, name: string, course: { code: string; slug: string } = demoCourse): Promise<{ email: string; password: string }> {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, "-"));
  const password = "a-good-long-password";
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/join$/);
  await page.getByLabel("Course code").fill(course.code);
  await page.getByRole("button", { name: "Join course" }).click();
  await expect(page).toHaveURL(new RegExp(`/courses/${course.slug}$`));
  return { email, password };
}
