"use client";

import { useState } from "react";
import { inviteAction } from "@/app/(dashboard)/settings/people/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { memberRoles } from "@/db/schema/enums";
import type { OneTimeLink } from "@/lib/people/administer";
import { ROLE_DESCRIPTIONS, roleLabel } from "@/lib/labels";
import { inviteSchema } from "@/lib/validation/people";
import { LinkReveal } from "./link-reveal";

export function InviteForm({ timeZone = "UTC" }: { timeZone?: string }) {
  const [link, setLink] = useState<OneTimeLink | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useZodForm(inviteSchema, { defaultValues: { email: "", role: "dispatcher" } });
  const { register, formState, watch } = form;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const res = await inviteAction(values);
      if (res.ok) {
        setLink(res.data);
        form.reset({ email: "", role: values.role });
      } else {
        if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
        setError(res.error);
      }
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
  });
  if (link)
    return (
      <LinkReveal
        title={`Invitation for ${link.email}`}
        url={link.url}
        expiresAt={link.expiresAt}
        timeZone={timeZone}
        onDone={() => setLink(null)}
      />
    );
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Invite someone" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
        <Field label="Email" required error={formState.errors.email?.message}>
          {(c) => <Input {...c} type="email" autoComplete="off" {...register("email")} />}
        </Field>
        <Field label="Role" required error={formState.errors.role?.message} hint={ROLE_DESCRIPTIONS[watch("role") ?? "dispatcher"]}>
          {(c) => (
            <Select {...c} {...register("role")}>
              {memberRoles.map((r) => (
                <option key={r} value={r}>
                  {roleLabel(r)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" variant="primary" className="sm:mt-6" pending={formState.isSubmitting}>
          Create invitation link
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
