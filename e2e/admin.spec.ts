import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoCourse, expectAccessible, signIn, signUpAndJoin, uniqueEmail } from "./support";

/** A signed-in student in a browser of their own, as a second person at another computer. */
async function studentElsewhere(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const account = await signUpAndJoin(page, name);
  return { context, page, ...account };
}

async function openAccountAsAdmin(page: Page, email: string, name: string) {
  await page.goto(`/admin?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("an admin deactivates a user whose open session stops working at once, then reactivates them", async ({ page, browser }) => {
  const student = await studentElsewhere(browser, "Dana Deactivated");
  await signIn(page, "admin@rampart.test");
  await page.getByRole("link", { name: "Admin", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Name or email").fill(student.email);
  await page.getByLabel("Status").selectOption("active");
  await page.getByRole("button", { name: "Show accounts" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 account matches" })).toBeVisible();
  await page.getByRole("link", { name: "Dana Deactivated" }).click();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByText("Deactivated", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reactivate account" })).toBeVisible();
  await expectAccessible(page);

  await student.page.goto(`/courses/${demoCourse.slug}`);
  await expect(student.page).toHaveURL(/\/signin\?callbackUrl=/);
  await student.page.getByLabel("Email").fill(student.email);
  await student.page.getByLabel("Password").fill(student.password);
  await student.page.getByRole("button", { name: "Sign in" }).click();
  await expect(student.page.getByText("Email or password is incorrect.")).toBeVisible();

  await page.getByRole("button", { name: "Reactivate account" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await signIn(student.page, student.email, student.password);
  await student.context.close();
});

test("an admin cannot deactivate themselves, and only admins reach the admin area", async ({ page, browser }) => {
  await signIn(page, "admin@rampart.test");
  await openAccountAsAdmin(page, "admin@rampart.test", "Ada Admin");
  await expect(page.getByText("You cannot deactivate your own account.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Deactivate account" })).toHaveCount(0);

  const anonymousContext = await browser.newContext();
  const anonymous = await anonymousContext.newPage();
  await anonymous.goto("/admin/courses");
  await expect(anonymous).toHaveURL(/\/signin\?callbackUrl=.*%2Fadmin%2Fcourses$/);
  await anonymousContext.close();

  for (const email of ["student1@rampart.test", "instructor@rampart.test"]) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await signIn(other, email);
    await expect(other.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
    for (const path of ["/admin", "/admin/users/new", "/admin/courses", "/admin/audit", `/admin/courses/${demoCourse.slug}`]) {
      const response = await other.goto(path);
      expect(response?.status(), `${email} ${path}`).toBe(403);
      await expect(other.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    }
    await expectAccessible(other);
    await context.close();
  }
});

test("a reset link works once, ends the old sessions, and then says it is no longer valid", async ({ page, browser }) => {
  const student = await studentElsewhere(browser, "Rita Reset");
  await signIn(page, "admin@rampart.test");
  await openAccountAsAdmin(page, student.email, "Rita Reset");
  await page.getByRole("button", { name: "Issue password-reset link" }).click();
  const linkField = page.getByLabel("One-time link (shown only now)");
  await expect(linkField).toHaveValue(/\/reset\/[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);
  const link = await linkField.inputValue();

  const holderContext = await browser.newContext();
  const holder = await holderContext.newPage();
  await holder.goto(link);
  await expect(holder.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectAccessible(holder);
  await holder.getByLabel("New password", { exact: true }).fill("short");
  await holder.getByLabel("Repeat new password").fill("different");
  await holder.getByRole("button", { name: "Set password" }).click();
  await expect(holder.getByText("Use at least 10 characters.")).toBeVisible();
  await expectAccessible(holder);
  await holder.getByLabel("New password", { exact: true }).fill("rita-new-password");
  await holder.getByLabel("Repeat new password").fill("rita-new-password");
  await holder.getByRole("button", { name: "Set password" }).click();
  await expect(holder).toHaveURL(/\/reset\/done$/);
  await expectAccessible(holder);

  await student.page.goto("/courses");
  await expect(student.page).toHaveURL(/\/signin/);
  await signIn(student.page, student.email, "rita-new-password");

  await holder.goto(link);
  await expect(holder.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  await expect(holder.getByText("This link is no longer valid.")).toBeVisible();
  await expectAccessible(holder);
  await holder.goto("/reset/not-a-real-token");
  await expect(holder.getByText("This link is no longer valid.")).toBeVisible();
  await holderContext.close();
  await student.context.close();
});

test("an admin creates an instructor account and a course, assigns and removes the instructor; the set-password link starts the account", async ({ page, browser }) => {
  const email = uniqueEmail("ivan-instructor");
  const slug = `course-${Date.now().toString(36)}`;
  await signIn(page, "admin@rampart.test");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Create an account" }).click();
  await expectAccessible(page);
  await page.getByLabel("Name").fill("Ivan Instructor");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").selectOption("instructor");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Account created for Ivan Instructor.")).toBeVisible();
  const link = await page.getByLabel("One-time link (shown only now)").inputValue();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Courses" }).click();
  await expectAccessible(page);
  await page.getByLabel("Title").fill("Cyber Deterrence");
  await page.getByLabel("URL name").fill(demoCourse.slug);
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page.getByText("Another course already uses this URL name.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("URL name").fill(slug);
  await page.getByRole("button", { name: "Create course" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/courses/${slug}\\?created=1$`));
  await expect(page.getByRole("status").filter({ hasText: "Course created." })).toBeVisible();
  await page.getByLabel("Instructor's email").fill(email);
  await page.getByRole("button", { name: "Assign instructor" }).click();
  await expect(page.getByText("Ivan Instructor now teaches this course.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: email })).toBeVisible();
  await expectAccessible(page);

  const instructorContext = await browser.newContext();
  const instructor = await instructorContext.newPage();
  await instructor.goto(link);
  await expect(instructor.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  await instructor.getByLabel("New password", { exact: true }).fill("ivan-chose-this-one");
  await instructor.getByLabel("Repeat new password").fill("ivan-chose-this-one");
  await instructor.getByRole("button", { name: "Set password" }).click();
  await expect(instructor).toHaveURL(/\/reset\/done$/);
  await signIn(instructor, email, "ivan-chose-this-one");
  await instructor.goto("/teach");
  await expect(instructor.getByRole("heading", { name: "Cyber Deterrence" })).toBeVisible();

  await page.getByRole("button", { name: "Remove Ivan Instructor as instructor" }).click();
  await expect(page.getByText("No instructor yet.")).toBeVisible();
  await instructor.goto("/teach");
  await expect(instructor.getByRole("heading", { name: "Cyber Deterrence" })).toHaveCount(0);
  await instructorContext.close();
});
