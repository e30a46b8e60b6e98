"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/app/lib/action";
import { guards, signIn, signOut, updateSession } from "@/auth";
import { getDb } from "@/db";
import { changeNameSchema, changePasswordSchema } from "@/lib/account/forms";
import { changeName, changePassword } from "@/server/account/account";
import { AdminInputError } from "@/server/admin/errors";

export const changeNameAction = formAction(
  changeNameSchema,
  async ({ name }) => {
    await changeName({ db: await getDb(), guards, name });
    await updateSession({ user: { name } });
    revalidatePath("/", "layout");
    return { status: "success", message: "Your name was saved.", values: { name } };
  },
  { keep: ["name"] },
);

export const changePasswordAction = formAction(changePasswordSchema, async ({ currentPassword, password }) => {
  let email: string;
  try {
    ({ email } = await changePassword({ db: await getDb(), guards, currentPassword, password }));
  } catch (error) {
    if (error instanceof AdminInputError) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: error.fieldErrors };
    throw error;
  }
  // The new password ended every session, this one too; signing in again with it gives this
  // device a session of the new version, so only the other devices are signed out.
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    await signOut({ redirect: false });
    redirect("/signin?callbackUrl=%2Faccount");
  }
  return { status: "success", message: "Your password was changed. You stay signed in here; your other sessions have ended." };
});
