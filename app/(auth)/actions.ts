"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { getDb } from "@/db";
import { createUser } from "@/db/queries/users";
import { genericSignInError, signInSchema, signUpSchema } from "@/lib/auth/credentials";
import { localPathOrNull } from "@/lib/auth/local-path";
import { hashPassword } from "@/lib/auth/password";
import { throttledMessage } from "@/server/auth/authenticate";
import { formAction } from "../lib/action";
import type { ActionState } from "../lib/action-state";
import { z } from "zod";

const callbackSchema = z
  .string()
  .optional()
  .transform((url) => localPathOrNull(url) ?? "/courses");

async function signInWithPassword(email: string, password: string, redirectTo: string): Promise<ActionState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (error instanceof AuthError) {
      const throttled = (error as AuthError & { code?: string }).code === "throttled";
      return { status: "error", message: throttled ? throttledMessage : genericSignInError, values: { email } };
    }
    throw error;
  }
  return { status: "success" };
}

export const signInAction = formAction(
  signInSchema.extend({ callbackUrl: callbackSchema }),
  async ({ email, password, callbackUrl }) => {
    if (!email || !password) {
      return {
        status: "error",
        message: genericSignInError,
        fieldErrors: { email: email ? undefined : ["Enter your email address."], password: password ? undefined : ["Enter your password."] },
        values: { email },
      };
    }
    return signInWithPassword(email, password, callbackUrl);
  },
  { keep: ["email"] },
);

export const signUpAction = formAction(
  signUpSchema,
  async ({ name, email, password }) => {
    const user = await createUser({
      db: await getDb(),
      user: { name, email, role: "student", passwordHash: await hashPassword(password) },
    });
    if (!user) {
      return {
        status: "error",
        message: "Please correct the highlighted fields.",
        fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
        values: { name, email },
      };
    }
    return signInWithPassword(email, password, "/join");
  },
  { keep: ["name", "email"] },
);

export async function signOutAction() {
  await signOut({ redirect: false });
  redirect("/");
}
