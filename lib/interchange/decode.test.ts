import { describe, expect, it } from "vitest";
import { decodeQuestionFile } from "./decode";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("decodeQuestionFile", () => {
  it("reads UTF-8, accents and all", () => {
    expect(decodeQuestionFile(new TextEncoder().encode("Sécurité collective {T}"))).toBe("Sécurité collective {T}");
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(decodeQuestionFile(bytes(0xef, 0xbb, 0xbf, 0x41))).toBe("A");
  });

  it("falls back to windows-1252 when the bytes are not UTF-8", () => {
    // "Öl" and a euro sign and curly quotes as a Windows editor saves them.
    expect(decodeQuestionFile(bytes(0xd6, 0x6c, 0x20, 0x80, 0x20, 0x93, 0x78, 0x94))).toBe("Öl € “x”");
  });

  it("reads a lone 0xF6 as ö rather than failing", () => {
    expect(decodeQuestionFile(bytes(0x61, 0xf6, 0x64, 0x66))).toBe("aödf");
  });

  it("gives an empty file as empty text", () => {
    expect(decodeQuestionFile(bytes())).toBe("");
  });
});
