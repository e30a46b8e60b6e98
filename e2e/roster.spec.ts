import { expect, test, type Page } from "@playwright/test";
import { demoCourse, expectAccessible, signIn, uniqueEmail } from "./support";

const roster = `/teach/courses/${demoCourse.slug}/roster`;

// One after another in one worker: parallel sign-ins (each a 128 MiB scrypt) stall a busy machine.
test.describe.configure({ mode: "default" });

/** Kept beside the test's results, for a person to look at the screens the test went through. */
async function attachScreenshot(page: Page, name: string) {
  const path = test.info().outputPath(`${name.replaceAll(" ", "-")}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: "image/png" });
}

/** Axe in the light and the dark palette (the theme follows the system's preference). */
async function expectAccessibleInBothSchemes(page: Page) {
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "light" });
}

function learnerRow(page: Page, email: string) {
  return page.getByRole("row").filter({ hasText: email });
}

test("an instructor invites two learners by CSV, one completes the invitation, and the instructor removes a learner", async ({ page, browser }) => {
  // Two sign-ins, a sign-up with a slow password hash and five axe runs: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const first = { name: `Ada Invited ${run}`, email: uniqueEmail("ada-invited") };
  const second = { name: `Bo Invited ${run}`, email: uniqueEmail("bo-invited") };

  await signIn(page, "instructor@rampart.test");
  await page.goto("/teach");
  await page.getByRole("link", { name: `Roster of ${demoCourse.title}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Roster" })).toBeVisible();
  await expect(page.getByText(demoCourse.code)).toBeVisible();
  await expectAccessible(page);
  await attachScreenshot(page, "roster");

  await page.getByRole("link", { name: "Invite learners by email" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invite learners" })).toBeVisible();
  await expectAccessible(page);
  const csv = `\uFEFFStudent number;Name;E-mail\r\n1;"${first.name}";${first.email}\r\n2;${second.name};${second.email.toUpperCase()}\r\n3;Nobody;not-an-address\r\n`;
  await page.getByLabel("Or upload a CSV file").setInputFiles({ name: "class.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the list" }).click();

  await expect(page.getByRole("heading", { name: "Check before inviting (class.csv)" })).toBeFocused();
  await expect(learnerRow(page, first.email)).toContainText("New account");
  await expect(learnerRow(page, second.email)).toContainText(second.name);
  await expect(page.getByText("Line 4: not-an-address — Not a valid email address: skipped")).toBeVisible();
  await expectAccessibleInBothSchemes(page);
  await attachScreenshot(page, "invite preview");

  await page.getByRole("button", { name: "Confirm: invite 2 learners (2 links)" }).click();
  await expect(page.getByRole("heading", { name: "Invitations sent" })).toBeFocused();
  const links = await page.getByRole("table").locator("code").allTextContents();
  expect(links).toHaveLength(2);
  for (const link of links) expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(learnerRow(page, first.email)).toContainText(links[0]!);
  await expectAccessibleInBothSchemes(page);
  await attachScreenshot(page, "invite results");

  // The invited learner, in a browser of their own.
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await learner.goto(links[0]!);
  await expect(learner.getByRole("heading", { name: "Set up your account" })).toBeVisible();
  await expect(learner.getByText(first.email)).toBeVisible();
  await expectAccessible(learner);
  await attachScreenshot(learner, "accept invitation");
  await learner.getByLabel("Name").fill(first.name);
  await learner.getByLabel("Password", { exact: true }).fill("short");
  await learner.getByLabel("Repeat password").fill("short");
  await learner.getByRole("button", { name: "Set password and continue" }).click();
  await expect(learner.getByText("Use at least 10 characters.")).toBeVisible();
  await expectAccessible(learner);
  await learner.getByLabel("Password", { exact: true }).fill("an-invited-password");
  await learner.getByLabel("Repeat password").fill("an-invited-password");
  await learner.getByRole("button", { name: "Set password and continue" }).click();
  await expect(learner).toHaveURL(new RegExp(`/courses/${demoCourse.slug}$`));
  await expect(learner.getByRole("heading", { level: 1, name: demoCourse.title })).toBeVisible();

  await learner.goto(links[0]!);
  await expect(learner.getByRole("heading", { name: "Invitation link not valid" })).toBeVisible();
  await expect(learner.getByText("This invitation link is no longer valid. Ask your instructor for a new one.")).toBeVisible();
  await expectAccessible(learner);
  await attachScreenshot(learner, "used invitation");

  await page.getByRole("link", { name: "Back to the roster" }).click();
  await expect(learnerRow(page, first.email)).toContainText("Active");
  await expect(learnerRow(page, second.email)).toContainText("Pending");

  // Removing, by keyboard: the question takes focus, Escape backs out, "Yes" removes.
  const remove = page.getByRole("button", { name: `Remove ${first.name}` });
  await remove.focus();
  await page.keyboard.press("Enter");
  const question = page.getByText(`Remove ${first.name} from the course?`);
  await expect(question).toBeFocused();
  await expectAccessibleInBothSchemes(page);
  await attachScreenshot(page, "remove confirmation");
  await page.keyboard.press("Escape");
  await expect(remove).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Yes, remove ${first.name}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `${first.name} was removed from the course.` })).toBeVisible();
  await expect(learnerRow(page, first.email)).toHaveCount(0);
  await page.getByLabel("Show").selectOption("removed");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(learnerRow(page, first.email)).toContainText("Removed");
  await expectAccessible(page);
  await attachScreenshot(page, "removed learners");

  // The removed learner loses the course at once.
  expect((await learner.goto(`/courses/${demoCourse.slug}`))?.status()).toBe(403);
  await learnerContext.close();
});

test("the join code's regeneration asks first and backs out; a pasted list is checked, and can be started again", async ({ page }) => {
  // The demo course's code is shared by every other browser test, so this run stops at the question;
  // regenerating itself (old code refused, audit entry) is covered by tests/integration/roster.test.ts.
  await signIn(page, "instructor@rampart.test");
  await page.goto(roster);
  const button = page.getByRole("button", { name: "Regenerate join code" });
  await button.click();
  await expect(page.getByText("Make a new join code? The current code stops working at once")).toBeFocused();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(button).toBeFocused();
  await expect(page.getByText(demoCourse.code)).toBeVisible();

  await page.goto(`${roster}/invite`);
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByText("Paste email addresses or choose a CSV file.")).toBeVisible();
  await expect(page.getByLabel("Email addresses")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  const pasted = uniqueEmail("pasted");
  await page.getByLabel("Email addresses").fill(`Pat Pasted <${pasted}>; student1@rampart.test\nstudent1@rampart.test`);
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByRole("heading", { name: "Check before inviting" })).toBeFocused();
  await expect(learnerRow(page, pasted)).toContainText("Pat Pasted");
  await expect(learnerRow(page, "student1@rampart.test")).toContainText("Already enrolled");
  await expect(page.getByText("Line 2: student1@rampart.test — Listed earlier: skipped")).toBeVisible();
  await page.getByRole("button", { name: "Start again" }).click();
  await expect(page.getByLabel("Email addresses")).toHaveValue("");
});

test("students and visitors cannot open the roster or the invitation page", async ({ page }) => {
  expect((await page.goto(`/invite/${"A".repeat(43)}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Invitation link not valid" })).toBeVisible();
  await page.goto(roster);
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, "student1@rampart.test");
  for (const url of [roster, `${roster}/invite`]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(403);
    await expectAccessible(page);
  }
});
