import { randomInt } from "node:crypto";
import { z } from "zod";

// No 0/O, 1/I/L: codes are read aloud in class and typed from a projector.
const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function generateJoinCode(length = 8): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join("");
}

export const joinCodeSchema = z.object({
  code: z
    .string({ error: "Enter the course code." })
    .transform((code) => code.replace(/[\s-]/g, "").toUpperCase())
    .pipe(
      z
        .string()
        .min(4, "Course codes are at least 4 characters long.")
        .max(16, "Course codes are at most 16 characters long.")
        .regex(/^[A-Z0-9]+$/, "Course codes use only letters and digits."),
    ),
});
