import { describe, expect, it } from "vitest";
import { furnitureReason, isTailMarker } from "./furniture";

describe("furnitureReason", () => {
  it.each([
    "Comments",
    "14 comments",
    "Leave a comment",
    "Share this",
    "Share this article:",
    "Share on Facebook",
    "Share on X",
    "Facebook Twitter LinkedIn Email",
    "Email",
    "Print",
    "Advertisement",
    "Previous article: The logistics of reinforcing Poland",
    "Next article →",
    "« Previous post",
    "Related articles",
    "Related: Why undersea cables matter",
    "We use cookies to improve your experience.",
    "Accept all cookies",
    "Subscribe to our newsletter",
    "Sign up for our weekly briefing",
    "© 2025 Northern Security Review",
    "Copyright 2024 The Review. All rights reserved.",
    "Read more",
    "Continue reading",
    "6 min read",
    "Skip to main content",
    "Home > Analysis > Defence",
    "Home › News",
    "Home | About | Analysis | Contact",
    "Privacy | Terms | Contact",
    "Tags: NATO, deterrence",
    "Photo: Reuters",
  ])("recognises %j", (line) => {
    expect(furnitureReason(line)).not.toBeNull();
  });

  it.each([
    "The alliance was founded in 1949 by twelve states.",
    "Comments made by the minister caused a diplomatic row.",
    "Governments share intelligence about cyber intrusions, and many now publish joint statements when they attribute an attack to a state.",
    "Print media played a role in the crisis.",
    "Next, the summit turned to the question of enlargement.",
    "Cookies are small files; the term appears here in an essay about tracking, which is long enough that a phrase match must not decide it alone when it runs past twenty-five words.",
    "NATO / EU cooperation",
    "Deterrence",
  ])("keeps %j", (line) => {
    expect(furnitureReason(line)).toBeNull();
  });
});

describe("isTailMarker", () => {
  it("recognises the start of comments and related links", () => {
    for (const line of ["3 comments", "Comments (12)", "Leave a reply", "Join the discussion", "Related articles", "You may also like"]) {
      expect(isTailMarker(line), line).toBe(true);
    }
  });

  it("does not fire on a sentence", () => {
    expect(isTailMarker("Related articles appeared in the press that week.")).toBe(false);
  });
});
