import { z } from "zod";
import { NotFoundError } from "@/lib/errors";

/** An id from the URL; anything that is not a uuid cannot name a row, so it is "not found". */
export function idParam(value: string, what: string): string {
  const parsed = z.uuid().safeParse(value);
  if (!parsed.success) throw new NotFoundError(what);
  return parsed.data;
}
