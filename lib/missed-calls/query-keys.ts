/** The missed-calls list's react-query key; to be folded into lib/query-keys.ts with the others. */
export const missedQueryKeys = {
  list: (workspaceId: string) => ["missed", workspaceId, "list"] as const,
};
