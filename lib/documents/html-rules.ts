/**
 * How the HTML reader classifies elements: which never hold prose, which are page furniture,
 * which start a new block of text, and which mark a byline. Kept apart from the reader so the
 * lists can be read and extended at a glance.
 */

// Never visible as prose, or not meant to be: skipped silently, content and all.
export const hiddenElements = new Set(
  "script style noscript iframe frame frameset template object embed applet svg math canvas video audio picture source track img input select option textarea datalist meta link base xmp plaintext noembed noframes".split(" "),
);
export const furnitureElements = new Set(["nav", "header", "footer", "aside", "form", "button", "menu", "dialog", "figcaption"]);
export const blockElements = new Set(
  "p div section article main li ul ol dl dd dt blockquote h1 h2 h3 h4 h5 h6 pre table tr caption figure address details summary body html hr center".split(" "),
);
const furnitureRoles = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar"]);
const furnitureNames = new Set(
  "nav navbar navigation menu breadcrumb breadcrumbs share sharing social comment comments cookie cookies consent gdpr newsletter subscribe subscription signup related recommended promo advert advertisement ads ad sponsored sidebar footer masthead banner popup modal paywall tags".split(" "),
);

export function isHidden(attribs: Record<string, string>): boolean {
  return "hidden" in attribs || attribs["aria-hidden"] === "true" || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? "");
}

export function namesFurniture(attribs: Record<string, string>): boolean {
  if (furnitureRoles.has((attribs.role ?? "").toLowerCase())) return true;
  const names = `${attribs.class ?? ""} ${attribs.id ?? ""}`.toLowerCase().split(/\s+/);
  return names.some((name) => name.split(/[-_]/).some((part) => furnitureNames.has(part)));
}

export function marksByline(name: string, attribs: Record<string, string>): "author" | "date" | undefined {
  const names = `${attribs.class ?? ""} ${attribs.id ?? ""} ${attribs.itemprop ?? ""} ${attribs.rel ?? ""}`.toLowerCase();
  if (name === "time" || /\bdate(?:published|line)?\b|\bpublished\b/.test(names)) return "date";
  return /\b(?:byline|author)\b/.test(names) ? "author" : undefined;
}

/** "NATO at 75: what next | The Defence Review" → "NATO at 75: what next": the longest part. */
export function pageTitle(raw: string): string | undefined {
  const parts = raw.replace(/\s+/g, " ").split(/\s+[|–—•·]\s+|\s+-\s+|\s+::\s+/).map((part) => part.trim()).filter(Boolean);
  return parts.sort((a, b) => b.length - a.length)[0];
}
