/** Every react-query key, defined once so writes can invalidate exactly what they changed. */
export const queryKeys = {
  customers: {
    search: (q: string) => ["customers", "search", q] as const,
  },
  calls: {
    all: ["calls"] as const,
    list: () => ["calls", "list"] as const,
  },
  compliance: {
    preview: (customerId: string, phone: string, purpose: string) => ["compliance", customerId, phone, purpose] as const,
  },
  leads: {
    list: (workspaceId: string) => ["leads", workspaceId, "list"] as const,
  },
  missed: {
    list: (workspaceId: string) => ["missed", workspaceId, "list"] as const,
  },
  provider: {
    status: ["provider", "status"] as const,
  },
  board: {
    today: (workspaceId: string) => ["board", workspaceId, "today"] as const,
  },
};
