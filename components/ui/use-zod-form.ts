"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type FieldValues, type Path, type UseFormProps, type UseFormSetError } from "react-hook-form";
import type { z } from "zod";

type FormSchema = z.ZodType<FieldValues, FieldValues>;

/** react-hook-form validated by the same zod schema the server action parses with. */
export function useZodForm<S extends FormSchema>(schema: S, options?: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, "resolver">) {
  return useForm<z.input<S>, unknown, z.output<S>>({
    ...options,
    resolver: zodResolver(schema),
  });
}

/**
 * Puts a server action's field errors ("context.callbackReason", "slots.0.end") on the form and
 * focuses the first one, so a server-side refusal reads exactly like a client-side one.
 */
export function applyFieldErrors<T extends FieldValues>(form: { setError: UseFormSetError<T> }, fieldErrors: Record<string, string>): void {
  Object.entries(fieldErrors).forEach(([path, message], i) => {
    form.setError(path as Path<T>, { type: "server", message }, { shouldFocus: i === 0 });
  });
}
