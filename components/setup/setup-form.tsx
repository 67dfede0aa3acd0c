"use client";

import { useState } from "react";
import { setupAction } from "@/app/(auth)/setup/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { BusinessHoursFields } from "@/components/workspace/business-hours-fields";
import { TimeZoneSelect } from "@/components/workspace/time-zone-select";
import { toDayRows, DEFAULT_BUSINESS_HOURS } from "@/lib/workspaces/business-hours";
import { setupSchema } from "@/lib/validation/setup";

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 border-t border-slate-200 pt-4 dark:border-slate-700">
      <legend className="pr-2 text-sm font-semibold text-slate-900 dark:text-slate-100">{title}</legend>
      {children}
    </fieldset>
  );
}

export function SetupForm({ askForCode }: { askForCode: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const browserZone = typeof Intl !== "undefined" ? Intl.DateTimeFormat().resolvedOptions().timeZone : "";
  const form = useZodForm(setupSchema, {
    defaultValues: {
      company: "",
      timeZone: browserZone && browserZone !== "UTC" ? browserZone : "",
      businessHours: toDayRows(DEFAULT_BUSINESS_HOURS),
      providerWorkspaceId: "",
      adminName: "",
      adminEmail: "",
      password: "",
      confirmPassword: "",
      setupCode: "",
    },
  });
  const { register, control, formState } = form;
  const errors = formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const res = await setupAction(values);
      // Success signs in and navigates away; only a refusal comes back.
      if (res.ok) return;
      if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
      setError(res.error);
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Set up Callboard" className="flex flex-col gap-6">
      <Group title="Your company">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Company name" required error={errors.company?.message}>
            {(c) => <Input {...c} autoComplete="organization" {...register("company")} />}
          </Field>
          <Field label="Time zone" required error={errors.timeZone?.message} hint="Calling hours and the missed-call SLA use it.">
            {(c) => <TimeZoneSelect {...c} {...register("timeZone")} />}
          </Field>
        </div>
        <BusinessHoursFields register={register} control={control} errors={errors.businessHours} />
        <Field
          label="Provider workspace ID"
          required
          error={errors.providerWorkspaceId?.message}
          hint="From your voice provider's dashboard; sent with every call as X-Workspace-ID."
        >
          {(c) => <Input {...c} className="font-mono" spellCheck={false} {...register("providerWorkspaceId")} />}
        </Field>
      </Group>
      <Group title="First admin">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Your name" required error={errors.adminName?.message}>
            {(c) => <Input {...c} autoComplete="name" {...register("adminName")} />}
          </Field>
          <Field label="Email" required error={errors.adminEmail?.message}>
            {(c) => <Input {...c} type="email" autoComplete="username" {...register("adminEmail")} />}
          </Field>
          <Field label="Password" required error={errors.password?.message} hint="At least 10 characters; a few unrelated words work well.">
            {(c) => <Input {...c} type="password" autoComplete="new-password" {...register("password")} />}
          </Field>
          <Field label="Repeat the password" required error={errors.confirmPassword?.message}>
            {(c) => <Input {...c} type="password" autoComplete="new-password" {...register("confirmPassword")} />}
          </Field>
        </div>
        {askForCode && (
          <Field label="Set-up code" required error={errors.setupCode?.message} hint="The SETUP_TOKEN this install was started with.">
            {(c) => <Input {...c} autoComplete="off" spellCheck={false} {...register("setupCode")} />}
          </Field>
        )}
      </Group>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      <div>
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Create workspace and admin
        </Button>
      </div>
    </form>
  );
}
