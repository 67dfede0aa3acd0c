"use client";

import { useState } from "react";
import { acceptInvitationAction, joinWorkspaceAction } from "@/app/(auth)/invite/[token]/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import type { ActionResult } from "@/lib/actions/result";
import { acceptInvitationSchema, joinWithPasswordSchema } from "@/lib/validation/people";

function useSubmit() {
  const [error, setError] = useState<string | null>(null);
  async function submit(run: () => Promise<ActionResult<unknown>>, onFields: (f: Record<string, string>) => void) {
    setError(null);
    try {
      // Success signs in and navigates away; only a refusal comes back.
      const res = await run();
      if (res.ok) return;
      if (res.fieldErrors) onFields(res.fieldErrors);
      setError(res.error);
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
  }
  return { error, submit };
}

function ErrorLine({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
      {error}
    </p>
  ) : null;
}

function JoinForm({ token, email }: { token: string; email: string }) {
  const form = useZodForm(joinWithPasswordSchema, { defaultValues: { token, password: "" } });
  const { error, submit } = useSubmit();
  const onSubmit = form.handleSubmit((values) =>
    submit(
      () => joinWorkspaceAction(values),
      (f) => applyFieldErrors(form, f),
    ),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" autoComplete="username" value={email} readOnly />
      <Field label="Your password" required error={form.formState.errors.password?.message}>
        {(c) => <Input {...c} type="password" autoComplete="current-password" {...form.register("password")} />}
      </Field>
      <ErrorLine error={error} />
      <Button type="submit" variant="primary" pending={form.formState.isSubmitting}>
        Join workspace
      </Button>
    </form>
  );
}

function NewPasswordForm({ token, email, withName }: { token: string; email: string; withName: boolean }) {
  const form = useZodForm(acceptInvitationSchema, { defaultValues: { token, name: "", password: "", confirmPassword: "" } });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useSubmit();
  const onSubmit = form.handleSubmit((values) =>
    submit(
      () => acceptInvitationAction(values),
      (f) => applyFieldErrors(form, f),
    ),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" autoComplete="username" value={email} readOnly />
      {withName && (
        <Field label="Your name" required error={errors.name?.message}>
          {(c) => <Input {...c} autoComplete="name" {...form.register("name")} />}
        </Field>
      )}
      <Field
        label={withName ? "Password" : "New password"}
        required
        error={errors.password?.message}
        hint="At least 10 characters; a few unrelated words work well."
      >
        {(c) => <Input {...c} type="password" autoComplete="new-password" {...form.register("password")} />}
      </Field>
      <Field label="Repeat the password" required error={errors.confirmPassword?.message}>
        {(c) => <Input {...c} type="password" autoComplete="new-password" {...form.register("confirmPassword")} />}
      </Field>
      <ErrorLine error={error} />
      <Button type="submit" variant="primary" pending={isSubmitting}>
        {withName ? "Create account and join" : "Save new password"}
      </Button>
    </form>
  );
}

export function LinkForm({ token, mode, email }: { token: string; mode: "new" | "join" | "reset"; email: string }) {
  if (mode === "join") return <JoinForm token={token} email={email} />;
  return <NewPasswordForm token={token} email={email} withName={mode === "new"} />;
}
