import { z } from "zod";
import { memberRoles } from "@/db/schema/enums";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter an email address").max(200, "At most 200 characters"));
export const personNameSchema = z.string().trim().min(1, "Enter a name").max(80, "At most 80 characters");
/** Strength is checked on the server (lib/auth/password-strength.ts); the form checks what it can. */
export const newPasswordSchema = z.string().min(10, "Use at least 10 characters").max(200, "At most 200 characters");

export const inviteSchema = z.object({ email: emailSchema, role: z.enum(memberRoles, "Pick a role") });
export const setRoleSchema = z.object({ userId: z.uuid(), role: z.enum(memberRoles, "Pick a role") });
export const memberTargetSchema = z.object({ userId: z.uuid() });
export const revokeInvitationSchema = z.object({ id: z.uuid() });

/** Accepting a link: a new person chooses a name and password; an existing one only a password for a reset. */
export const acceptInvitationSchema = z
  .object({
    token: z.string().min(20).max(200),
    name: z.string().trim().max(80).optional(),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "The passwords do not match", path: ["confirmPassword"] });

/** An existing account joining another workspace proves who it is with its current password. */
export const joinWithPasswordSchema = z.object({ token: z.string().min(20).max(200), password: z.string().min(1, "Enter your password") });

export type InviteInput = z.input<typeof inviteSchema>;
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;
export type JoinWithPasswordInput = z.input<typeof joinWithPasswordSchema>;
