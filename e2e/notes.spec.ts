import { expect, test, type Page } from "@playwright/test";
import { demoCourse, expectAccessible, signIn } from "./support";

const lessonPath = (slug: string) => `/courses/${demoCourse.slug}/lessons/${slug}`;
const screenshots = process.env.NOTES_SCREENSHOT_DIR;

async function expectAccessibleInBothSchemes(page: Page) {
  await page.emulateMedia({ colorScheme: "light" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "light" });
}

/** Selects the first few words of the paragraph's first long text run, as a mouse drag would. */
async function selectPassage(page: Page, paragraph: string): Promise<string> {
  const selected = await page.locator(paragraph).evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let node: Text | null = null;
    for (let next = walker.nextNode(); next; next = walker.nextNode()) {
      const text = next as Text;
      if (text.data.trim().length >= 50 && !text.parentElement?.closest('[role="tooltip"]')) {
        node = text;
        break;
      }
    }
    if (!node) throw new Error("No text to select");
    const start = node.data.search(/\S/);
    const end = node.data.lastIndexOf(" ", start + 40);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end > start + 10 ? end : start + 30);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    node.parentElement!.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    return range.toString();
  });
  return selected.trim();
}

test("a learner highlights a passage with the mouse, notes it, edits it and deletes it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "student1@rampart.test");
  await page.goto(lessonPath("strategic-context"));
  const notes = page.getByRole("region", { name: "My notes on this lesson" });
  await expect(notes.getByText("You have no notes on this lesson yet.")).toBeVisible();

  const quote = await selectPassage(page, "#p-2");
  await page.getByRole("button", { name: "Highlight and add note" }).click();
  const composer = page.getByRole("form", { name: "New note on paragraph 2" });
  await expect(composer.getByRole("blockquote")).toHaveText(quote);
  await composer.getByLabel("Note", { exact: true }).fill("The three yardsticks matter for the essay.");
  await composer.getByRole("button", { name: "Save note" }).click();

  await expect(page.locator("#p-2 mark")).toHaveText(quote);
  const item = notes.getByRole("listitem").filter({ hasText: "The three yardsticks matter for the essay." });
  await expect(item.getByRole("blockquote")).toHaveText(quote);
  await expect(item.getByRole("link", { name: "Go to paragraph 2" })).toHaveAttribute("href", "#p-2");
  await expectAccessibleInBothSchemes(page);
  if (screenshots) await page.locator("#p-2").screenshot({ path: `${screenshots}/lesson-highlight.png` });
  if (screenshots) await notes.screenshot({ path: `${screenshots}/lesson-notes.png` });

  const noteId = (await item.getAttribute("id"))!;
  const note = page.locator(`#${noteId}`);
  await note.getByRole("button", { name: "Edit note" }).click();
  await note.getByLabel("Note", { exact: true }).fill("Edited: deterrence, sovereignty and unity.");
  await note.getByRole("button", { name: "Save note" }).click();
  await expect(note.getByText("Edited: deterrence, sovereignty and unity.")).toBeVisible();
  await expect(note.getByText("Note updated.")).toBeVisible();
  await expect(page.getByText("The three yardsticks matter for the essay.")).toHaveCount(0);

  await page.goto("/notes");
  await expect(page.getByRole("heading", { level: 1, name: "My notes" })).toBeVisible();
  const course = page.getByRole("region", { name: demoCourse.title });
  const lesson = course.getByRole("region", { name: "NATO's strategic context after 2024" });
  await expect(lesson.getByText("Edited: deterrence, sovereignty and unity.")).toBeVisible();
  await expect(lesson.getByRole("blockquote").filter({ hasText: quote })).toBeVisible();
  await expectAccessibleInBothSchemes(page);
  if (screenshots) await page.screenshot({ path: `${screenshots}/my-notes.png`, fullPage: true });
  await lesson.locator(`#${noteId}`).getByRole("link", { name: "Go to paragraph 2" }).click();
  await expect(page).toHaveURL(new RegExp(`${lessonPath("strategic-context")}#p-2$`));
  await expect(page.locator("#p-2 mark")).toHaveText(quote);

  await note.getByRole("button", { name: "Delete note" }).click();
  await expect(note.getByRole("button", { name: "Confirm delete" })).toBeFocused();
  await note.getByRole("button", { name: "Confirm delete" }).click();
  await expect(notes.getByText("Note deleted.")).toBeVisible();
  await expect(note).toHaveCount(0);
  await expect(page.locator("#p-2 mark")).toHaveCount(0);
  await expect(page.locator("#p-2")).toContainText(quote);
});

test("a keyboard-only learner adds a note from the form, and another learner never sees it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const secret = `Keyboard note ${Date.now()}: only for me.`;
  await signIn(page, "student1@rampart.test");
  await page.goto(lessonPath("eastern-flank"));
  const notes = page.getByRole("region", { name: "My notes on this lesson" });
  const form = notes.getByRole("form", { name: "Add a note" });
  const paragraph = form.getByLabel("Paragraph");
  await expect(paragraph.locator("option")).not.toHaveCount(0);

  // Tab from the top of the page to the form: it must be reachable without a mouse.
  await page.locator("body").focus();
  for (let presses = 0; presses < 400 && !(await paragraph.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(paragraph).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(paragraph).toHaveValue("3");
  const label = await paragraph.locator("option:checked").textContent();
  const quote = label!.replace(/^Paragraph 3: /, "").split(" ").slice(0, 4).join(" ");

  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Quote (optional)")).toBeFocused();
  await page.keyboard.type(quote);
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Note", { exact: true })).toBeFocused();
  await page.keyboard.type(secret);
  await page.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: "Add note" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(form.getByText("Note saved.")).toBeVisible();
  const item = notes.getByRole("listitem").filter({ hasText: secret });
  await expect(item.getByRole("blockquote")).toHaveText(quote);
  await expect(item.getByRole("link", { name: "Go to paragraph 3" })).toBeVisible();
  await expect(page.locator("#p-3 mark").first()).toBeVisible();
  await expect(form.getByLabel("Note", { exact: true })).toHaveValue("");

  // An empty note without a quote is refused with a message on the field.
  await form.getByRole("button", { name: "Add note" }).press("Enter");
  await expect(form.getByText("Write a note, or highlight a passage to keep.")).toBeVisible();
  await expect(form.getByLabel("Note", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  const otherContext = await browser.newContext();
  try {
    const other = await otherContext.newPage();
    await signIn(other, "student2@rampart.test");
    await other.goto(lessonPath("eastern-flank"));
    await expect(other.getByRole("region", { name: "My notes on this lesson" }).getByText("You have no notes on this lesson yet.")).toBeVisible();
    await expect(other.getByText(secret)).toHaveCount(0);
    await expect(other.locator("#lesson-body mark")).toHaveCount(0);
    await other.goto("/notes");
    await expect(other.getByText("You have no notes yet.", { exact: false })).toBeVisible();
    await expect(other.getByText(secret)).toHaveCount(0);
    expect(await other.content()).not.toContain(secret);
    await expectAccessibleInBothSchemes(other);
  } finally {
    await otherContext.close();
  }
});
