import { z } from "zod";

export const followUpPaymentSchema = z.object({ callId: z.uuid() });
