import { expect, test, type Page } from "@playwright/test";
import { expectSaved, openQuiz, question, startAttempt, submitFromDialog } from "./attempt-support";
import { markers, secretMarkers } from "./fixtures/markers";
import { demoCourse, expectAccessible, signUpAndJoin } from "./support";

/** Every body the app sends this page: documents, server-component payloads, action and API responses. */
function recordBodies(page: Page, base: string) {
  const bodies: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.url().startsWith(base)) bodies.push(response.body().then((body) => body.toString("utf8")).catch(() => ""));
  });
  return async () => (await Promise.all(bodies)).join("\n");
}

test("keys, feedback and explanations never reach the browser before the review settings allow", async ({ page }) => {
  const everything = recordBodies(page, test.info().project.use.baseURL!);
  await signUpAndJoin(page, "Curious Learner");
  await page.getByRole("link", { name: "Quizzes" }).click();
  await page.getByRole("link", { name: markers.quizTitle }).click();
  const attemptId = await startAttempt(page);

  await question(page, 1).getByRole("radio", { name: "The right option" }).check();
  await question(page, 2).getByRole("checkbox", { name: "First right option" }).check();
  await question(page, 3).getByRole("textbox").fill("a guess");
  await question(page, 4).getByRole("radio", { name: "True" }).check();
  await expectSaved(page);
  await page.reload();
  await expect(question(page, 3).getByRole("textbox")).toHaveValue("a guess");
  // The server-component payload of the attempt page, as a client-side navigation would fetch it.
  const payload = await page.request.get(`/attempts/${attemptId}`, { headers: { RSC: "1" } });
  expect(payload.headers()["content-type"]).toContain("text/x-component");
  const rsc = await payload.text();

  await submitFromDialog(page, "Every question is answered");
  await expect(page.getByText("Marks and feedback for this quiz are not shown at the moment.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Right answer" })).toHaveCount(0);
  await expect(page.getByText(/^Mark /)).toHaveCount(0);
  await expect(page.getByText("Correct", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: markers.quizTitle }).click();
  await expect(page.getByRole("row", { name: /^1 / })).toContainText("Not shown yet");
  await page.goto(`/courses/${demoCourse.slug}/quizzes`);

  const sent = `${await everything()}\n${rsc}`;
  // The capture works: the questions themselves were sent.
  expect(sent).toContain("Which option is right? (security test)");
  expect(sent).toContain("a guess");
  for (const marker of secretMarkers) expect(sent, `"${marker}" reached the browser`).not.toContain(marker);
});

test("another learner's attempt is not found, and cannot be saved to or submitted", async ({ page, browser }) => {
  await signUpAndJoin(page, "Owner");
  await openQuiz(page, markers.quizTitle);
  const attemptId = await startAttempt(page);

  const other = await browser.newContext();
  const intruder = await other.newPage();
  await signUpAndJoin(intruder, "Intruder");
  expect((await intruder.goto(`/attempts/${attemptId}`))?.status()).toBe(404);
  expect((await intruder.goto(`/attempts/${attemptId}/review`))?.status()).toBe(404);
  const save = await other.request.post(`/api/attempts/${attemptId}/responses`, { data: { saves: [{ attemptQuestionId: attemptId, seq: 1, answer: null, flagged: true }] } });
  expect(save.status()).toBe(404);
  expect((await other.request.post(`/api/attempts/${attemptId}/submit`)).status()).toBe(404);
  const malformed = await page.request.post(`/api/attempts/${attemptId}/responses`, { data: { saves: "everything" } });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error).toMatch(/These answers could not be read/);
  await other.close();
});
