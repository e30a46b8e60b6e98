import { expect, test } from "@playwright/test";
import { demoCourse, demoPassword, expectAccessible, signIn, uniqueEmail } from "./support";

test("a new student signs up, joins the demo course with its code, reads its outline and signs out", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Create a student account" }).click();
  await expect(page.getByRole("heading", { name: "Create a student account" })).toBeVisible();
  await expectAccessible(page);

  const email = uniqueEmail("newcomer");
  await page.getByLabel("Name").fill("Nia Newcomer");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a-good-long-password");
  await page.getByLabel("Repeat password").fill("a-good-long-password");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/join$/);
  await expect(page.getByText("Signed in as Nia Newcomer")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Course code").fill("wrong-code");
  await page.getByRole("button", { name: "Join course" }).click();
  await expect(page.getByText("No course has this code")).toBeVisible();
  await page.getByLabel("Course code").fill(demoCourse.code.toLowerCase());
  await page.getByRole("button", { name: "Join course" }).click();

  await expect(page).toHaveURL(new RegExp(`/courses/${demoCourse.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: demoCourse.title })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(2);
  await expect(page.getByRole("link", { name: /Reinforcing NATO's eastern flank/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await page.goto(`/courses/${demoCourse.slug}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test("sign-up explains each bad field and keeps what was typed", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Pat");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Repeat password").fill("different");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByText("The passwords do not match.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("a wrong password, an unknown email and a malformed email get the same message", async ({ page }) => {
  for (const [email, password] of [
    ["student2@rampart.test", "not-the-password"],
    ["nobody@rampart.test", "whatever-password"],
    ["not an email", "whatever-password"],
  ]) {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(email!);
    await page.getByLabel("Password").fill(password!);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("status")).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/signin/);
  }
  await expectAccessible(page);
});

test("a student is refused the instructor page and the instructor API, on the server", async ({ page, request }) => {
  const anonymous = await request.get(`/api/courses/${demoCourse.slug}/bank`);
  expect(anonymous.status()).toBe(401);

  await signIn(page, "student1@rampart.test");
  const response = await page.goto("/teach");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Teaching" })).toHaveCount(0);
  await expectAccessible(page);

  const api = await page.request.get(`/api/courses/${demoCourse.slug}/bank`);
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ error: "You do not have access to this." });
});

test("a signed-out visitor who follows a deep link signs in and lands on it, query and all; a link to another site is not followed", async ({ page }) => {
  const deepLink = `/teach/courses/${demoCourse.slug}/questions?type=true_false&page=1`;
  await page.goto(deepLink);
  // Only the way back travels to the sign-in page, as a path: not the page's own query.
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(deepLink)}`);
  await page.getByLabel("Email").fill("instructor@rampart.test");
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(deepLink);
  await expect(page.locator("#filter-type")).toHaveValue("true_false");

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/\\evil.example/")}`);
  await page.getByLabel("Email").fill("instructor@rampart.test");
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/courses$/);
});
