"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/app/lib/action";
import { getDb } from "@/db";
import { resetPasswordSchema } from "@/lib/account/forms";
import { resetPassword } from "@/server/account/account";

/** Anyone holding the link may use it: the link itself is the proof, so no session is asked for. */
export const resetPasswordAction = formAction(resetPasswordSchema, async ({ token, password }) => {
  await resetPassword({ db: await getDb(), token, password });
  redirect("/reset/done");
});
