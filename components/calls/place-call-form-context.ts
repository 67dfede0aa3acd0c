"use client";
import { useFormContext, type UseFormReturn } from "react-hook-form";
import type { PlaceCallInput, PlaceCallValues } from "@/lib/validation/call";

export type PlaceCallFormApi = UseFormReturn<PlaceCallInput, unknown, PlaceCallValues>;

/** The place-call form, for the sections rendered inside its FormProvider. */
export function usePlaceCallForm(): PlaceCallFormApi {
  return useFormContext<PlaceCallInput, unknown, PlaceCallValues>();
}

/** Empty number inputs mean "not set", not NaN or 0. */
export function optionalNumber(value: unknown): number | undefined {
  if (value === "" || value === null || value === undefined) return undefined;
  return typeof value === "number" ? value : Number(value);
}

export { newRequestKey } from "./request-key";
