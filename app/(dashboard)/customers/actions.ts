"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/lib/actions/member-action";
import { can } from "@/lib/auth/roles";
import { addCustomerNote, addCustomerToDoNotCall, saveCustomer } from "@/lib/customers/customer-writes";
import { importCustomers, previewCustomerImport } from "@/lib/customers/import";
import { mergeCustomers } from "@/lib/customers/merge";
import { customerImportSchema } from "@/lib/validation/customer-import";
import { customerNoteSchema, customerSchema, manualDoNotCallSchema, mergeCustomersSchema } from "@/lib/validation/customer";

export const saveCustomerAction = memberAction(
  { name: "saveCustomer", roles: can.viewCalls, schema: customerSchema },
  async (input, member) => {
    const res = await saveCustomer(input, member);
    if (res.ok) {
      revalidatePath("/customers");
      revalidatePath(`/customers/${res.data.id}`);
    }
    return res;
  },
);

export const addCustomerNoteAction = memberAction(
  { name: "addCustomerNote", roles: can.viewCalls, schema: customerNoteSchema },
  async (input, member) => {
    const res = await addCustomerNote(input, member);
    if (res.ok) revalidatePath(`/customers/${input.customerId}`);
    return res;
  },
);

export const addCustomerToDoNotCallAction = memberAction(
  { name: "addCustomerToDoNotCall", roles: can.viewCalls, schema: manualDoNotCallSchema },
  async (input, member) => {
    const res = await addCustomerToDoNotCall(input, member);
    if (res.ok) {
      revalidatePath(`/customers/${input.customerId}`);
      revalidatePath("/customers");
      revalidatePath("/settings");
    }
    return res;
  },
);

export const mergeCustomersAction = memberAction(
  { name: "mergeCustomers", roles: can.viewCalls, schema: mergeCustomersSchema },
  async (input, member) => {
    const res = await mergeCustomers(input, member);
    if (res.ok) {
      revalidatePath("/customers");
      revalidatePath(`/customers/${input.survivorId}`);
      revalidatePath(`/customers/${input.mergedId}`);
    }
    return res;
  },
);

/** A preview writes nothing; it is an action because the file is too big for a URL. */
export const previewCustomerImportAction = memberAction(
  { name: "previewCustomerImport", roles: can.bulkCustomers, schema: customerImportSchema },
  (input, member) => previewCustomerImport(input, member),
);

export const importCustomersAction = memberAction(
  { name: "importCustomers", roles: can.bulkCustomers, schema: customerImportSchema },
  async (input, member) => {
    const res = await importCustomers(input, member);
    if (res.ok) revalidatePath("/customers");
    return res;
  },
);
