import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signUpAndJoin, uniqueEmail } from "./support";

async function attachScreenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name.replaceAll(" ", "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

/** The message that says why the filter was not applied (Next's route announcer is an alert too). */
const problems = (page: Page) => page.getByRole("alert").filter({ hasText: "This filter cannot be applied" });

/** Tabs forward until the element with this id has focus, as a keyboard user would. */
async function tabTo(page: Page, id: string) {
  for (let step = 0; step < 40; step++) {
    if (await page.evaluate((target) => document.activeElement?.id === target, id)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached #${id}`);
}

test("an admin deactivates an account and finds it in the audit log with who, what and the change", async ({ page, browser }) => {
  const context = await browser.newContext();
  const student = await signUpAndJoin(await context.newPage(), "Audra Audited");
  await context.close();

  await signIn(page, "admin@rampart.test");
  await page.goto(`/admin?q=${encodeURIComponent(student.email)}`);
  await page.getByRole("link", { name: "Audra Audited" }).click();
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByText("Deactivated", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Activity of this account" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?user=[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Entries made by or about Audra Audited")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText("1 entry matches; page 1 of 1.");
  const table = page.getByRole("table", { name: /Audit log entries/ });
  const row = table.getByRole("row").filter({ hasText: "Account deactivated" });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(0)).toContainText("Ada Admin");
  await expect(row.getByRole("link", { name: "Audra Audited" })).toHaveAttribute("href", /\/admin\/users\/[0-9a-f-]{36}$/);
  await expect(row.getByRole("listitem")).toHaveText(/^status: active\s*→\s*to\s*deactivated$/);
  await expect(row.getByRole("rowheader")).toHaveText(/^\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}:\d{2} UTC$/);
  await expectAccessible(page);
  await attachScreenshot(page, "audit log filtered to one account");
});

test("the filter form works from the keyboard and reports a wrong value instead of failing", async ({ page }) => {
  await signIn(page, "admin@rampart.test");
  // An entry of this test's own, so the log is not empty whichever test runs first.
  await page.goto("/admin/users/new");
  await page.getByLabel("Name").fill("Kim Keyboard");
  await page.getByLabel("Email").fill(uniqueEmail("kim-keyboard"));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Account created for Kim Keyboard.")).toBeVisible();

  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await expectAccessible(page);

  await tabTo(page, "audit-user");
  await page.keyboard.type("not-an-account");
  await page.keyboard.press("Enter");
  await expect(problems(page)).toContainText("Account: The account must be given by its id (a UUID).");
  await expect(page.getByLabel("Account id")).toHaveValue("not-an-account");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expectAccessible(page);

  await tabTo(page, "audit-user");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByLabel("Action")).toBeFocused();
  // A closed select picks the option whose label starts with what is typed.
  await page.keyboard.type("Account created");
  await expect(page.getByLabel("Action")).toHaveValue("user.create");
  await tabTo(page, "audit-to");
  for (let step = 0; step < 10 && !(await page.getByRole("button", { name: "Show entries" }).evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/audit\?action=user\.create&/);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Kim Keyboard" }) });
  await expect(row).toContainText("Account created");
  await expect(row.getByRole("listitem").filter({ hasText: "role:" })).toHaveText(/^role:.*→\s*to\s*instructor$/);
  await attachScreenshot(page, "audit log of accounts created");

  // The table's scroll region is reachable by Tab, for reading a wide table sideways. Tab also
  // steps through a date field's day, month and year, hence the generous bound.
  await tabTo(page, "audit-to");
  const region = page.getByRole("region", { name: "Audit log entries" });
  for (let step = 0; step < 10 && !(await region.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press("Tab");
  await expect(region).toBeFocused();
  await expectAccessible(page);

  await page.goto("/admin/audit?from=2026-02-01&to=2026-01-01&page=0");
  await expect(problems(page)).toContainText("To: The start date must not be after the end date.");
  await expect(problems(page)).toContainText("Page: Pages start at 1.");
});

test("only admins reach the audit log", async ({ page, browser }) => {
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=.*%2Fadmin%2Faudit$/);

  for (const email of ["student1@rampart.test", "instructor@rampart.test"]) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await signIn(other, email);
    const response = await other.goto("/admin/audit");
    expect(response?.status(), email).toBe(403);
    await expect(other.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expect(other.getByRole("table")).toHaveCount(0);
    await expectAccessible(other);
    await context.close();
  }
});
