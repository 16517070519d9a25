/** The account forms' zod schemas (server-side only, decision 006), read by platform/forms.server.ts. */
import { z } from "zod";
import { PASSWORD_MIN } from "./forms";

const emailField = z
  .string({ required_error: "Enter your e-mail address" })
  .trim()
  .min(1, "Enter your e-mail address")
  .max(254, "E-mail addresses are at most 254 characters")
  .email("Enter an e-mail address in the right format, like name@agency.gov.au")
  .transform((e) => e.toLowerCase());

const newPasswordField = z
  .string({ required_error: "Enter a password" })
  .min(1, "Enter a password")
  .min(PASSWORD_MIN, `Your password must be at least ${PASSWORD_MIN} characters long`)
  .max(200, "Your password must be at most 200 characters long");

export const joinSchema = z
  .object({
    email: emailField,
    displayName: z
      .string({ required_error: "Enter your name" })
      .trim()
      .min(1, "Enter your name")
      .max(100, "Your name must be at most 100 characters long"),
    password: newPasswordField,
    redirectTo: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    const pw = v.password.trim().toLowerCase();
    if (pw === v.email || pw === v.email.split("@")[0]) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "Your password must not be your e-mail address" });
    }
  });

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ required_error: "Enter your password" }).min(1, "Enter your password").max(200),
  redirectTo: z.string().optional(),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({ token: z.string().min(1), password: newPasswordField });
