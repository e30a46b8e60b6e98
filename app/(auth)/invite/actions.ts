"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn } from "@/auth";
import { getDb } from "@/db";
import { signUpSchema } from "@/lib/auth/credentials";
import { acceptInvitation } from "@/server/roster/accept";
import { formAction } from "../../lib/action";

// Sign-up's rules for the name and password, so an invited account is held to the same standard.
const acceptSchema = z
  .object({
    token: z.string().max(100),
    name: signUpSchema.shape.name,
    password: signUpSchema.shape.password,
    confirmPassword: signUpSchema.shape.confirmPassword,
  })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match." });

export const acceptInvitationAction = formAction(
  acceptSchema,
  async ({ token, name, password }) => {
    const { email, course } = await acceptInvitation({ db: await getDb(), token, name, password });
    const landing = course ? `/courses/${course.slug}` : "/courses";
    try {
      await signIn("credentials", { email, password, redirectTo: landing });
    } catch (error) {
      // The account is ready either way; if signing in fails (e.g. throttled), the sign-in page takes over.
      if (error instanceof AuthError) redirect(`/signin?callbackUrl=${encodeURIComponent(landing)}`);
      throw error;
    }
  },
  { keep: ["name"] },
);
