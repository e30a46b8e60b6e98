import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/credentials";
import { nameSchema } from "@/lib/admin/forms";

/** The same rules as sign-up: one place decides what a good enough password is. */
const newPasswordTwice = { password: newPasswordSchema, confirmPassword: z.string().default("") };
const samePasswordTwice = (input: { password: string; confirmPassword: string }) => input.password === input.confirmPassword;
const mismatch = { path: ["confirmPassword"], message: "The passwords do not match." };

export const changeNameSchema = z.object({ name: nameSchema });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
    ...newPasswordTwice,
  })
  .refine(samePasswordTwice, mismatch);

export const resetPasswordSchema = z.object({ token: z.string().max(100).default(""), ...newPasswordTwice }).refine(samePasswordTwice, mismatch);

/** How long a reset or set-your-password link works. */
export const resetLinkLifetimeMs = 24 * 60 * 60 * 1000;

export const noLongerValidMessage = "This link is no longer valid. Ask an administrator for a new one.";
