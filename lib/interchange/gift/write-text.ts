import type { TextFormat } from "../model";

/**
 * Text as GIFT writes it, so that `parseGift` (and Moodle) read back exactly what was written.
 */

/** Moodle's `repchar`: the control characters and the backslash escaped, a newline as `\n`, CR dropped. */
export function escapeGift(text: string): string {
  return text.replace(/[\\#=~{}:\n\r]/g, (char) => (char === "\n" ? "\\n" : char === "\r" ? "" : `\\${char}`));
}

/**
 * A text field with a `[format]` prefix when its format differs from the one the reader assumes;
 * also when the text itself starts with `[`, which the reader would otherwise take for a prefix.
 */
export function writeField(text: string, format: TextFormat, assumed: TextFormat): string {
  const prefix = format !== assumed || text.startsWith("[") ? `[${format}]` : "";
  return prefix + escapeGift(text);
}

/**
 * A fraction as a `%weight%` that reads back as exactly the same number: the fraction's shortest
 * decimal with the point moved two places (0.07 is `%7%`, 0.3333333 is `%33.33333%`), never in
 * exponent notation, which the weight syntax does not allow. `readWeight` reverses it exactly.
 */
export function weight(fraction: number): string {
  const [mantissa = "0", exponent = "0"] = String(fraction).split("e");
  const negative = mantissa.startsWith("-");
  const [whole = "0", decimals = ""] = mantissa.replace("-", "").split(".");
  let digits = whole + decimals;
  let point = whole.length + Number(exponent) + 2;
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point, "0");
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const fractional = digits.slice(point).replace(/0+$/, "");
  return `%${negative ? "-" : ""}${integer}${fractional ? `.${fractional}` : ""}%`;
}

/** A line of a comment, where a newline would end the comment and start question text. */
export const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ");
