"use client";
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { WEEKDAY_NAMES, type DayHoursInput } from "@/lib/validation/workspace";

type HoursForm = { businessHours: DayHoursInput[] };

/** Seven rows, Monday first as people read a week: open or closed, and the opening hours. */
export function BusinessHoursFields<T extends HoursForm>({
  register,
  control,
  errors,
}: {
  register: UseFormRegister<T>;
  control: Control<T>;
  errors?: FieldErrors<HoursForm>["businessHours"];
}) {
  const reg = register as unknown as UseFormRegister<HoursForm>;
  const rows = useWatch({ control: control as unknown as Control<HoursForm>, name: "businessHours" });
  const order = [1, 2, 3, 4, 5, 6, 0];
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">Business hours</legend>
      {order.map((i) => {
        const day = WEEKDAY_NAMES[i];
        const open = rows?.[i]?.open;
        const err = errors?.[i];
        return (
          <div
            key={day}
            role="group"
            aria-label={day}
            className="grid grid-cols-[7rem_5rem_1fr] items-center gap-2 text-sm sm:grid-cols-[8rem_5rem_8rem_8rem_1fr]"
          >
            <span className="font-medium">{day}</span>
            <label className="flex items-center gap-1.5">
              <input type="checkbox" className="size-4 accent-brand-600" {...reg(`businessHours.${i}.open`)} />
              Open
            </label>
            {open ? (
              <>
                <label className="flex items-center gap-1.5">
                  <span className="sr-only">{day} opens at</span>
                  <Input type="time" aria-invalid={err?.from ? true : undefined} {...reg(`businessHours.${i}.from`)} />
                </label>
                <label className="flex items-center gap-1.5">
                  <span aria-hidden>–</span>
                  <span className="sr-only">{day} closes at</span>
                  <Input type="time" aria-invalid={err?.to ? true : undefined} {...reg(`businessHours.${i}.to`)} />
                </label>
                <span className="text-xs text-red-700 dark:text-red-400">{err?.from?.message ?? err?.to?.message}</span>
              </>
            ) : (
              <span className="text-slate-500 dark:text-slate-400 sm:col-span-3">Closed</span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
