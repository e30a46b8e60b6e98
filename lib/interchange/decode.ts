/**
 * The text of an uploaded question file. Moodle insists on UTF-8 and refuses anything else; old
 * banks exported from Windows tools are often windows-1252, and refusing them helps nobody, so
 * bytes that are not valid UTF-8 are read as windows-1252 (every byte means something there, so
 * this never fails). A UTF-8 byte-order mark is dropped.
 */
export function decodeQuestionFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * 0x80–0x9F as windows-1252 has them (the WHATWG table; its five unassigned bytes map to the C1
 * control of the same number); every other byte is the Latin-1 character of that number. Done by
 * hand because Node's TextDecoder treats the label as plain Latin-1.
 */
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80]! : String.fromCharCode(byte);
  return text;
}
