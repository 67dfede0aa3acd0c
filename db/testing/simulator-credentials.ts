/** Credentials for simulators that tests start on their own ports; the app's simulator generates its own. */
export const TEST_SIMULATOR_CREDENTIALS = {
  apiKey: "sk_sim_test_key",
  webhookSecret: "whsec_c2ltdWxhdG9yLXdlYmhvb2stc2VjcmV0LWtleS0zMmI=",
} as const;
