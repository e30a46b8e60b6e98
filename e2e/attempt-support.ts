import { expect, type Locator, type Page } from "@playwright/test";
import { demoCourse } from "./support";

export const everyTypeQuiz = "Armed attack: check your understanding";

export async function openQuiz(page: Page, title: string) {
  await page.goto(`/courses/${demoCourse.slug}/quizzes`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

export async function startAttempt(page: Page): Promise<string> {
  await page.getByRole("button", { name: /^Start attempt/ }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 2, name: "Question 1" })).toBeVisible();
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

export const question = (page: Page, number: number) => page.getByRole("region", { name: `Question ${number}`, exact: true });

export const saveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /^(Saved|Saving…|Offline — answers kept on this device and sent when back|Not saved.*|Answers not saved.*)$/ });

export async function expectSaved(page: Page) {
  await expect(saveStatus(page)).toHaveText("Saved");
}

/** Gives some answer to any type of question, whatever its controls. Returns what kind it was. */
export async function answerSomehow(section: Locator): Promise<string> {
  if ((await section.getByRole("radio").count()) > 0) {
    await section.getByRole("radio").first().check();
    return "radio";
  }
  if ((await section.getByRole("checkbox").count()) > 0) {
    await section.getByRole("checkbox").first().check();
    return "checkbox";
  }
  const selects = section.getByRole("combobox");
  if ((await selects.count()) > 0) {
    for (const select of await selects.all()) await select.selectOption({ index: 1 });
    return "matching";
  }
  if ((await section.getByRole("button", { name: /^Move .* down$/ }).count()) > 0) {
    await section.getByRole("button", { name: /^Move .* down$/ }).first().click();
    return "ordering";
  }
  const box = section.getByRole("textbox");
  if ((await box.getAttribute("inputmode")) === "decimal") {
    await box.fill("5");
    return "numerical";
  }
  const multiline = await box.evaluate((element) => element.tagName === "TEXTAREA");
  await box.fill(multiline ? "Article 5 applies once an armed attack on an ally is established; the allies then decide what each will do." : "Article 5");
  return multiline ? "essay" : "short";
}

export async function submitFromDialog(page: Page, summary: string | RegExp) {
  await page.getByRole("button", { name: "Submit attempt" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit your attempt?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(summary);
  await dialog.getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}\/review$/);
}
