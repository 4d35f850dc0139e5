export * from "./issue-messages.js";
