"use client";
import { useState } from "react";
import { createIngestTokenAction } from "@/app/(dashboard)/settings/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import { createIngestTokenSchema } from "@/lib/validation/settings";
import { TokenList, type TokenView } from "./token-list";
import { TokenReveal } from "./token-reveal";

export function IngestTokens({ tokens, feedUrl, timeZone }: { tokens: TokenView[]; feedUrl: string; timeZone: string }) {
  const form = useZodForm(createIngestTokenSchema, { defaultValues: { name: "" } });
  const { register, formState, handleSubmit, reset } = form;
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    try {
      const res = await createIngestTokenAction(values);
      if (res.ok) {
        setCreated({ name: res.data.name, token: res.data.token });
        reset({ name: "" });
      } else {
        if (res.fieldErrors) applyFieldErrors(form, res.fieldErrors);
        setError(res.error);
      }
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
  });

  return (
    <div className="flex flex-col gap-4">
      <form noValidate onSubmit={onSubmit} aria-label="Create ingest token" className="flex flex-wrap items-start gap-3">
        <Field
          label="Token name"
          className="w-full max-w-xs"
          error={formState.errors.name?.message}
          hint="Name it after the phone system that will use it."
        >
          {(c) => <Input {...c} autoComplete="off" placeholder="e.g. Office PBX" {...register("name")} />}
        </Field>
        <Button type="submit" variant="primary" pending={formState.isSubmitting} className="sm:mt-6">
          Create token
        </Button>
        {error && (
          <p role="alert" className="basis-full text-sm text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </form>
      {created && <TokenReveal name={created.name} token={created.token} feedUrl={feedUrl} onDone={() => setCreated(null)} />}
      <TokenList tokens={tokens} timeZone={timeZone} />
    </div>
  );
}
