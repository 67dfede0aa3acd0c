"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createWorkspaceAction } from "@/app/(dashboard)/settings/workspace/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { createWorkspaceSchema } from "@/lib/validation/workspace";
import { TimeZoneSelect } from "./time-zone-select";

export function CreateWorkspaceForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useZodForm(createWorkspaceSchema, { defaultValues: { name: "", timeZone: "", providerWorkspaceId: "" } });
  const { register, formState } = form;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const res = await createWorkspaceAction(values);
      if (res.ok) return router.push("/settings/people");
      if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
      setError(res.error);
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Create workspace" className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="New workspace name" required error={formState.errors.name?.message}>
          {(c) => <Input {...c} {...register("name")} />}
        </Field>
        <Field label="Its time zone" required error={formState.errors.timeZone?.message}>
          {(c) => <TimeZoneSelect {...c} {...register("timeZone")} />}
        </Field>
        <Field label="Its provider workspace ID" required error={formState.errors.providerWorkspaceId?.message}>
          {(c) => <Input {...c} className="font-mono" spellCheck={false} {...register("providerWorkspaceId")} />}
        </Field>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <div>
        <Button type="submit" pending={formState.isSubmitting}>
          Create workspace
        </Button>
      </div>
    </form>
  );
}
