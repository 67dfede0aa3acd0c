"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { FormProvider, useController, useWatch, type DefaultValues } from "react-hook-form";
import { placeCallAction } from "@/app/(dashboard)/calls/new/actions";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { applyFieldErrors, useZodForm } from "@/components/ui/use-zod-form";
import type { BusinessHours } from "@/db/schema/workspaces";
import type { AssistantOption, CustomerOption, PlacedCall } from "@/lib/calls/types";
import { formatPhone, toE164 } from "@/lib/phone";
import { queryKeys } from "@/lib/query-keys";
import {
  callPurposes,
  placeCallSchema,
  requiredContextByPurpose,
  requiredContextMessage,
  type PlaceCallInput,
  type PlaceCallValues,
} from "@/lib/validation/call";
import { ContextFields } from "./context-fields";
import { CustomerCard } from "./customer-card";
import { CustomerPicker } from "./customer-picker";
import { FormSection as Section } from "./form-section";
import { newRequestKey, optionalNumber } from "./place-call-form-context";
import { PlaceCallResult } from "./place-call-result";
import { CompliancePanel } from "./compliance-panel";
import { RefusalOfferPanel, type RefusalOffer } from "./refusal-offer";
import { PurposeFields } from "./purpose-fields";
import { SlotsEditor } from "./slots-editor";
import type { SlotCapacity } from "@/lib/calls/suggest-slots";

export type PlaceCallFormProps = {
  assistants: AssistantOption[];
  timeZone: string;
  /** The workspace's calling countries: the form refuses other numbers before the server does. */
  allowedCountries: readonly string[];
  businessHours: BusinessHours;
  holidays?: string[];
  /** Booked appointments and the workspace's jobs per slot, so suggestions skip full slots. */
  capacity?: SlotCapacity | null;
  initial?: { customer?: CustomerOption; values?: Partial<PlaceCallInput> };
};

function defaultsFor(initial?: PlaceCallFormProps["initial"]): DefaultValues<PlaceCallInput> {
  return {
    customerId: initial?.customer?.id ?? "",
    phoneNumber: initial?.customer ? formatPhone(initial.customer.phone) : "",
    assistantId: "",
    context: {},
    slots: [],
    maxDuration: 600,
    recordCall: false,
    ...initial?.values,
    // Minted when the form opens, never taken from outside: it names this one request.
    requestKey: newRequestKey(),
  };
}

/** Server field errors the form can show beside a control; any other still gets the banner. */
const SHOWN_PATHS =
  /^(customerId|phoneNumber|purpose|assistantId|context\.\w+|slots(\.\d+\.(start|end))?|serviceDurationMinutes|earliestAvailable|maxDuration)$/;

export function PlaceCallForm({ assistants, timeZone, allowedCountries, businessHours, holidays, capacity, initial }: PlaceCallFormProps) {
  const queryClient = useQueryClient();
  const [defaults] = useState(() => defaultsFor(initial));
  // The server action builds the same schema from the same workspace settings.
  const [schema] = useState(() => placeCallSchema({ timeZone, allowedCountries }));
  const form = useZodForm(schema, { defaultValues: defaults });
  const { register, control, formState, setValue, getValues, setError, setFocus, handleSubmit } = form;
  const { errors, isSubmitting, isSubmitted } = formState;
  const customerField = useController({ control, name: "customerId" });
  const phone = useWatch({ control, name: "phoneNumber" });
  const [customer, setCustomer] = useState<CustomerOption | null>(initial?.customer ?? null);
  const [result, setResult] = useState<PlacedCall | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [offer, setOffer] = useState<RefusalOffer | null>(null);
  const [focusFirst, setFocusFirst] = useState(0);
  // State updates land a render late; a second click in that gap must not send a second request.
  const inFlight = useRef(false);
  // What the dispatcher has accepted for this request so far: a call held for calling hours can
  // then meet the duplicate guard, and "Place call anyway" must keep it held.
  const accepted = useRef<{ scheduleIfOutsideHours?: true; confirmDuplicate?: true }>({});

  useEffect(() => {
    if (focusFirst) setFocus("customerId");
  }, [focusFirst, setFocus]);

  function pickCustomer(next: CustomerOption | null) {
    setCustomer(next);
    customerField.field.onChange(next?.id ?? "");
    if (next) setValue("phoneNumber", formatPhone(next.phone), { shouldDirty: true, shouldValidate: isSubmitted });
  }

  async function send(values: PlaceCallValues) {
    setBanner(null);
    setOffer(null);
    try {
      const res = await placeCallAction(values);
      if (!res.ok && (res.code === "outside_calling_hours" || res.code === "confirm_duplicate")) {
        setOffer({ code: res.code, message: res.error, allowedAt: res.allowedAt });
      } else if (res.ok) {
        setResult(res.data);
        void queryClient.invalidateQueries({ queryKey: queryKeys.calls.all });
      } else if (res.fieldErrors && Object.keys(res.fieldErrors).length > 0) {
        applyFieldErrors(form, res.fieldErrors);
        if (!Object.keys(res.fieldErrors).every((path) => SHOWN_PATHS.test(path))) setBanner(res.error);
      } else {
        setBanner(res.error);
      }
    } catch {
      setBanner("Could not reach the server. Check your connection and try again; a retry will not place a second call.");
    }
  }

  // The schema checks a purpose's required context only once every other field is valid;
  // saying so in the same pass spares the dispatcher a second round of fixes.
  function flagMissingContext() {
    const { purpose, context } = getValues();
    const field = (callPurposes as readonly string[]).includes(purpose ?? "") ? requiredContextByPurpose[purpose] : undefined;
    if (field && !context?.[field]?.trim()) setError(`context.${field}`, { type: "required", message: requiredContextMessage(field) });
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    if (inFlight.current) return e.preventDefault();
    inFlight.current = true;
    accepted.current = {};
    void handleSubmit(
      send,
      flagMissingContext,
    )(e).finally(() => {
      inFlight.current = false;
    });
  }

  /** Same request key: accepting the offer is the same request, now allowed to wait or repeat. */
  function acceptOffer() {
    if (!offer || inFlight.current) return;
    inFlight.current = true;
    const flag = offer.code === "outside_calling_hours" ? { scheduleIfOutsideHours: true as const } : { confirmDuplicate: true as const };
    accepted.current = { ...accepted.current, ...flag };
    void handleSubmit((values) => send({ ...values, ...accepted.current }))().finally(() => {
      inFlight.current = false;
    });
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  function placeAnother() {
    form.reset({ ...defaultsFor(), requestKey: newRequestKey() });
    setCustomer(null);
    setBanner(null);
    setResult(null);
    setFocusFirst((n) => n + 1);
  }

  function editAndRetry() {
    // The refused request keeps its key on the server; a corrected one is a new request.
    setValue("requestKey", newRequestKey());
    setResult(null);
    setFocusFirst((n) => n + 1);
  }

  if (result) return <PlaceCallResult call={result} timeZone={timeZone} onPlaceAnother={placeAnother} onEditAndRetry={editAndRetry} />;

  const e164 = phone ? toE164(phone) : null;

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={onSubmit}
        onKeyDown={onKeyDown}
        aria-label="Place call"
        className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:p-5 dark:border-slate-700 dark:bg-slate-900"
      >
        <Section title="Customer">
          <div className="grid items-start gap-4 md:grid-cols-2">
            <CustomerPicker
              value={customer}
              onSelect={pickCustomer}
              error={errors.customerId?.message}
              inputRef={customerField.field.ref}
              onBlur={customerField.field.onBlur}
            />
            <Field
              label="Phone number"
              required
              error={errors.phoneNumber?.message}
              hint={e164 ? `Will dial ${e164}` : "US numbers need no +1."}
            >
              {(c) => <Input {...c} type="tel" autoComplete="off" inputMode="tel" {...register("phoneNumber")} />}
            </Field>
          </div>
          {customer && <CustomerCard customer={customer} />}
        </Section>

        <Section title="Purpose & assistant">
          <PurposeFields assistants={assistants} />
        </Section>

        <Section title="Context">
          <ContextFields />
        </Section>

        <Section title="Appointment slots">
          <SlotsEditor timeZone={timeZone} businessHours={businessHours} holidays={holidays} capacity={capacity} />
        </Section>

        <Section title="Call options">
          <div className="grid items-start gap-4 md:grid-cols-2">
            <Field label="Max duration (seconds)" required hint="30 to 3,600 seconds." error={errors.maxDuration?.message}>
              {(c) => (
                <Input
                  {...c}
                  type="number"
                  inputMode="numeric"
                  min={30}
                  max={3600}
                  step={30}
                  {...register("maxDuration", { setValueAs: optionalNumber })}
                />
              )}
            </Field>
            <Checkbox
              label="Record call"
              hint="Keeps the audio with the call for review."
              className="md:mt-7"
              {...register("recordCall")}
            />
          </div>
        </Section>

        <CompliancePanel />

        {offer && (
          <RefusalOfferPanel
            offer={offer}
            timeZone={timeZone}
            pending={isSubmitting}
            onAccept={acceptOffer}
            onCancel={() => setOffer(null)}
          />
        )}

        {banner && (
          <div
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
          >
            {banner}
          </div>
        )}

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-700">
          <Button type="submit" variant="primary" pending={isSubmitting}>
            {isSubmitting ? "Placing call…" : "Place call"}
          </Button>
          {customer?.doNotCall ? (
            <p className="text-sm font-medium text-red-700 dark:text-red-400">
              {customer.name} is on the do-not-call list; the call will be refused.
            </p>
          ) : (
            <p className="hidden text-xs text-slate-500 md:block dark:text-slate-400">Ctrl or ⌘ + Enter places the call.</p>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
