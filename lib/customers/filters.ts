import { z } from "zod";

/** The customers page's filters, read from the URL so a filtered list can be shared and reloaded. */
export const customerFilterKeys = ["doNotCall", "unverified", "openCallback", "paymentPromised"] as const;
export type CustomerFilterKey = (typeof customerFilterKeys)[number];
export type CustomerFilters = Partial<Record<CustomerFilterKey, boolean>>;

export const customerFilterLabels: Record<CustomerFilterKey, string> = {
  doNotCall: "Do not call",
  unverified: "Unverified",
  openCallback: "Open callback",
  paymentPromised: "Payment promised",
};

const flag = z.preprocess((v) => v === "1" || v === "true", z.boolean());

export const customerListParamsSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  doNotCall: flag.catch(false),
  unverified: flag.catch(false),
  openCallback: flag.catch(false),
  paymentPromised: flag.catch(false),
  cursor: z.string().max(400).optional().catch(undefined),
});
