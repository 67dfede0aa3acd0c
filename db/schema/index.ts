export * from "./enums";
export * from "./workspaces";
export * from "./assistants";
export * from "./customers";
export * from "./calls";
export * from "./jobs";
export * from "./webhooks";
export * from "./outcomes";
