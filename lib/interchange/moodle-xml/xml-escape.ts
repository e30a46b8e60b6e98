/**
 * Text written into Moodle XML. Moodle's exporter wraps any text holding `<`, `>` or `&` in CDATA
 * (splitting a `]]>` across two sections) and writes other text as it is; we do the same, so our
 * files read like Moodle's. Characters XML cannot carry at all are dropped.
 */

// Everything outside XML 1.0's Char production: C0 controls except tab and newlines, lone surrogates, U+FFFE/U+FFFF.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(notXmlChar, "");
}

/** Element content, escaped as entities (Moodle writes ID numbers this way). */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/**
 * Element content the way Moodle's `xml_escape` writes it. A carriage return cannot survive CDATA
 * (parsers turn it into a newline), so text holding one is escaped as entities instead.
 */
export function cdataOrText(text: string): string {
  const safe = xmlSafe(text);
  if (safe.includes("\r")) return escapeText(safe);
  if (!/[<>&]/.test(safe)) return safe;
  return `<![CDATA[${safe.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

export function attribute(value: string): string {
  return xmlSafe(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
