import { expect, test, type Locator } from "@playwright/test";
import { answerSomehow, everyTypeQuiz, expectSaved, openQuiz, question, saveStatus, startAttempt, submitFromDialog } from "./attempt-support";
import { timedQuiz } from "./fixtures/markers";
import { expectAccessible, signIn, signUpAndJoin } from "./support";

test("a full attempt with every question type: autosave, flag, confirm, submit, review", async ({ page }) => {
  await signUpAndJoin(page, "Attempt Taker");
  await openQuiz(page, everyTypeQuiz);
  await expect(page.getByText("30 minutes", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await startAttempt(page);
  await expect(page.getByRole("timer", { name: "Time left" })).toContainText(/Time left (29|30):\d\d/);

  const kinds = [];
  for (let number = 1; number <= 8; number++) kinds.push(await answerSomehow(question(page, number)));
  expect(new Set(kinds)).toEqual(new Set(["radio", "checkbox", "short", "numerical", "matching", "ordering", "essay"]));
  await question(page, 2).getByRole("button", { name: "Flag for review" }).click();
  await expect(question(page, 2).getByRole("button", { name: "Flag for review" })).toHaveAttribute("aria-pressed", "true");
  await expectSaved(page);
  await expect(page.getByRole("navigation", { name: "Questions" })).toContainText("flagged");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Submit attempt" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit your attempt?" });
  await expect(dialog).toContainText("Every question is answered and 1 is flagged for review.");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Keep working" }).click();
  await expect(dialog).toBeHidden();

  await submitFromDialog(page, "Every question is answered");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("review of attempt 1");
  await expect(page.getByText("Awaiting grading (some answers are marked by your instructor)")).toBeVisible();
  const essay = page.getByRole("region").filter({ hasText: "Article 5 applies once" });
  await expect(essay.getByText("Awaiting grading", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Right answer" }).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: everyTypeQuiz }).click();
  await expect(page.getByRole("row", { name: /^1 / })).toContainText("Awaiting grading");
  await expect(page.getByRole("button", { name: "Start attempt 2" })).toBeVisible();
});

test("a reload, and a fresh browser with empty storage, resume the attempt with every saved answer", async ({ page, browser }) => {
  const account = await signUpAndJoin(page, "Resumer");
  await openQuiz(page, everyTypeQuiz);
  await startAttempt(page);
  const essayText = "Written before the reload, on the first device.";
  const essay = page.getByRole("region").filter({ has: page.locator("textarea") });
  await essay.getByRole("textbox").fill(essayText);
  const choice = page.getByRole("region").filter({ has: page.getByRole("radio") }).first();
  await choice.getByRole("radio").nth(1).check();
  await question(page, 3).getByRole("button", { name: "Flag for review" }).click();
  await expectSaved(page);

  await page.reload();
  await expect(essay.getByRole("textbox")).toHaveValue(essayText);
  await expect(choice.getByRole("radio").nth(1)).toBeChecked();
  await expect(question(page, 3).getByRole("button", { name: "Flag for review" })).toHaveAttribute("aria-pressed", "true");

  const other = await browser.newContext();
  const second = await other.newPage();
  await signIn(second, account.email, account.password);
  await openQuiz(second, everyTypeQuiz);
  await second.getByRole("link", { name: "Continue attempt 1" }).click();
  await expect(second.getByRole("region").filter({ has: second.locator("textarea") }).getByRole("textbox")).toHaveValue(essayText);
  await expect(second.getByRole("region").filter({ has: second.getByRole("radio") }).first().getByRole("radio").nth(1)).toBeChecked();
  await other.close();
});

test("answers typed offline are kept on the device and sent when the connection is back", async ({ page, context }) => {
  await signUpAndJoin(page, "Offline Taker");
  await openQuiz(page, everyTypeQuiz);
  const attemptId = await startAttempt(page);
  await expectSaved(page);

  await context.setOffline(true);
  const essay = page.getByRole("region").filter({ has: page.locator("textarea") });
  await essay.getByRole("textbox").fill("Typed while the network was down.");
  await expect(saveStatus(page)).toHaveText("Offline — answers kept on this device and sent when back");
  const kept = await page.evaluate((id) => JSON.stringify(Object.entries(localStorage).filter(([key]) => key.includes(id))), attemptId);
  expect(kept).toContain("Typed while the network was down.");

  await context.setOffline(false);
  await expectSaved(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole("region").filter({ has: page.locator("textarea") }).getByRole("textbox")).toHaveValue("Typed while the network was down.");
});

test("closing the page before the deadline still gets the attempt submitted; a later save is refused; the limit holds", async ({ page, context }) => {
  test.setTimeout(90_000);
  await signUpAndJoin(page, "Deadline Leaver");
  await openQuiz(page, timedQuiz.title);
  const attemptId = await startAttempt(page);
  await question(page, 1).getByRole("textbox").fill("typed before the deadline");
  await expectSaved(page);
  const startedAt = Date.now();
  await page.close();

  // The limit, the server's grace for a last save in flight, and a margin.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, timedQuiz.seconds * 1000 + 2_000 + 1_500 - (Date.now() - startedAt))));
  const late = await context.request.post(`/api/attempts/${attemptId}/responses`, {
    data: { saves: [{ attemptQuestionId: "00000000-0000-4000-8000-000000000000", seq: 99, answer: { text: "too late" }, flagged: false }] },
  });
  expect(late.status()).toBe(409);
  expect(await late.json()).toMatchObject({ code: "past_deadline", error: "Time is up: this answer arrived after the deadline and was not saved." });

  const next = await context.newPage();
  await openQuiz(next, timedQuiz.title);
  await expect(next.getByRole("row", { name: /^1 / })).toContainText("(at the deadline)");
  await expect(next.getByText("You have already used your only attempt at this quiz.")).toBeVisible();
  await expect(next.getByRole("button", { name: /^Start attempt/ })).toHaveCount(0);
  await next.getByRole("link", { name: "Review attempt 1" }).click();
  await expect(next.getByText("Submitted automatically at the deadline")).toBeVisible();
  await expect(next.getByText("typed before the deadline")).toBeVisible();
  await expect(next.getByText("too late")).toHaveCount(0);
});

test("an attempt left open is submitted when its countdown runs out", async ({ page }) => {
  test.setTimeout(60_000);
  await signUpAndJoin(page, "Clock Watcher");
  await openQuiz(page, timedQuiz.title);
  await startAttempt(page);
  await expect(page.getByRole("timer", { name: "Time left" })).toBeVisible();
  await question(page, 2).getByRole("radio", { name: "True" }).check();
  await expect(page).toHaveURL(/\/review$/, { timeout: (timedQuiz.seconds + 10) * 1000 });
  await expect(page.getByText("Submitted automatically at the deadline")).toBeVisible();
  await expect(page.getByText("True", { exact: true })).toBeVisible();
});

test("the whole attempt can be done with the keyboard alone", async ({ page }) => {
  await signUpAndJoin(page, "Keyboard Taker");
  await openQuiz(page, "Security markers quiz");
  const tabTo = async (target: Locator) => {
    for (let presses = 0; presses < 80; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error("could not reach the control with Tab");
  };
  const start = page.getByRole("button", { name: "Start attempt" });
  await tabTo(start);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);

  await tabTo(question(page, 1).getByRole("radio").first());
  await page.keyboard.press("Space");
  await expect(question(page, 1).getByRole("radio").first()).toBeChecked();
  await tabTo(question(page, 2).getByRole("checkbox").first());
  await page.keyboard.press("Space");
  await expect(question(page, 2).getByRole("checkbox").first()).toBeChecked();
  await tabTo(question(page, 3).getByRole("textbox"));
  await page.keyboard.type("typed with keys");
  await tabTo(question(page, 4).getByRole("radio", { name: "True" }));
  await page.keyboard.press("Space");
  await tabTo(question(page, 4).getByRole("button", { name: "Flag for review" }));
  await page.keyboard.press("Enter");
  await expectSaved(page);

  await tabTo(page.getByRole("button", { name: "Submit attempt" }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Submit your attempt?" });
  await expect(dialog).toContainText("Every question is answered and 1 is flagged for review.");
  await expect(dialog.getByRole("button", { name: "Keep working" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await tabTo(page.getByRole("button", { name: "Submit attempt" }));
  await page.keyboard.press("Enter");
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("button", { name: "Submit now" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByText("typed with keys")).toBeVisible();
});
