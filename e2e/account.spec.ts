import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, uniqueEmail } from "./support";

/**
 * A new student account, signed in. Sign-up hashes and then checks a memory-hard password, which
 * on a loaded test machine can outlast the default 10 s wait; this test does not need a course.
 */
async function signUp(page: Page, name: string) {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, "-"));
  const password = "a-good-long-password";
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/join$/, { timeout: 30_000 });
  return { email, password };
}

test("a user changes their name and password with the keyboard, stays signed in here and is signed out elsewhere", async ({ page, browser }) => {
  const { email, password } = await signUp(page, "Kim Keyboard");
  const otherDevice = await browser.newContext();
  const elsewhere = await otherDevice.newPage();
  await signIn(elsewhere, email, password);

  await page.getByRole("link", { name: "Account", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expectAccessible(page);

  const name = page.getByLabel("Your name");
  await name.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Kim K. Keyboard");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save name" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Your name was saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Your name")).toHaveValue("Kim K. Keyboard");
  // The header reads the name from the session, which the rename updated in place.
  await expect(page.getByText("Signed in as Kim K. Keyboard")).toBeVisible();

  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password", { exact: true }).fill("kim-new-password");
  await page.getByLabel("Repeat new password").fill("kim-new-password");
  await page.getByLabel("Repeat new password").press("Enter");
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("Current password").fill(password);
  await page.getByLabel("New password", { exact: true }).fill("kim-new-password");
  await page.getByLabel("Repeat new password").fill("kim-other-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The passwords do not match.")).toBeVisible();

  await page.getByLabel("Current password").fill(password);
  await page.getByLabel("New password", { exact: true }).fill("kim-new-password");
  await page.getByLabel("Repeat new password").fill("kim-new-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed.")).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveValue("");
  await expectAccessible(page);

  // This device keeps working; the other one is sent to sign in.
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await elsewhere.goto("/courses");
  await expect(elsewhere).toHaveURL(/\/signin/);
  await elsewhere.getByLabel("Email").fill(email);
  await elsewhere.getByLabel("Password").fill(password);
  await elsewhere.getByRole("button", { name: "Sign in" }).click();
  await expect(elsewhere.getByText("Email or password is incorrect.")).toBeVisible();
  await signIn(elsewhere, email, "kim-new-password");
  await otherDevice.close();
});

test("the account page asks a visitor to sign in", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=.*%2Faccount$/);
});
