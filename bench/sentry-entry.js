// The Sentry feedback widget, minimal setup: a BrowserClient with no default
// integrations, plus the feedback integration; the form opened at once.
import { feedbackIntegration } from "@sentry/browser";
import { startClient } from "./sentry-client.js";

const feedback = feedbackIntegration({ autoInject: false, colorScheme: "light" });
startClient(feedback);
const form = await feedback.createForm();
form.appendToDom();
form.open();
window.__formAt = performance.now();
