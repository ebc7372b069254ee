// Types for complaint-widget's entry module.

/** One dispute body a merchant names for a market. */
export interface DisputeBody {
  name: string;
  /** An https: URL. */
  url?: string;
}

/** A merchant's changes to one market. */
export interface MarketOptions {
  bodies?: DisputeBody[];
  /** Replace the built-in bodies instead of adding after them. */
  replaceBodies?: boolean;
  /** Days to handle a first-contact complaint, 1 to 365 (a shop states none unless it sets this). */
  complaintDays?: number;
  workingDays?: boolean;
  /** Days for the decision after customer service, where there is an escalation. */
  escalationDays?: number;
}

/** The payload sent to the endpoint (schema complaint-widget/v1). */
export interface Submission {
  schema: "complaint-widget/v1";
  id: string;
  createdAt: string;
  kind: "feedback" | "complaint" | "escalation" | "purchase_problem";
  contactedBefore: boolean | null;
  locale: string;
  market: string | null;
  fields: Record<string, string>;
  contact: { name?: string; email?: string; phone?: string };
  metadata?: Record<string, unknown>;
}

/**
 * The review a shopper can ask for once customer service has handled their
 * complaint (the complaint's "yes, I have been in contact before" branch).
 * Every field is optional; what is not given is the operator's own: a
 * payment provider's is "our consumer ombudsman", deciding within 10 days;
 * a shop's is "our complaints manager", with no time stated.
 */
export interface EscalationOptions {
  /** Who reviews, 1 to 100 characters, shown at the start of a sentence: "Kundombud", "Our complaints manager". */
  name?: string;
  /** Days for the decision, 1 to 365; a market's `escalationDays` comes first. */
  days?: number;
  /** Whether `days` are working days (default false). */
  workingDays?: boolean;
}

export interface MountOptions {
  /** BCP 47 language tag; otherwise host `lang`, `<html lang>`, `navigator.languages`, English. */
  locale?: string;
  /** ISO 3166 country code: SE, NO, NL, FR, DE, DK, FI, or another. */
  market?: string;
  /**
   * Required unless `fixture` is set. A URL or a path resolved against the
   * page; the result must be https: (http: only on localhost / 127.0.0.1).
   */
  endpoint?: string;
  privacyUrl?: string;
  headers?: Record<string, string>;
  credentials?: "omit" | "same-origin" | "include";
  /** 1000 to 120000; default 15000. */
  timeoutMs?: number;
  /** 0 to 10; default 3. */
  retries?: number;
  draft?: "session" | "local" | "off";
  /** Plain JSON, at most 8 KiB, read once when the form mounts. */
  metadata?: Record<string, unknown>;
  /**
   * Return false to cancel, a plain object to merge into `metadata`, nothing
   * (or true) to send as is, or a promise of one of these. Anything else, a
   * throw or a rejection sends nothing and fires `complaint:error` with
   * reason "page".
   */
  beforeSubmit?: (payload: Submission) => boolean | Record<string, unknown> | void | Promise<boolean | Record<string, unknown> | void>;
  brand?: string;
  /** Per language, message id to text with `{ $variable }` and `{ -brand }`. */
  messages?: Record<string, Record<string, string>>;
  markets?: Record<string, MarketOptions>;
  presentation?: "inline" | "launcher";
  theme?: "light" | "dark" | "system";
  /**
   * Tells this instance's draft and outbox apart from others on the page.
   * Without it: the element's id, else its place in the page.
   */
  id?: string;
  /**
   * Who runs the form; the built-in texts, flows and dispute bodies follow it.
   * - `"merchant"` (default): the shop itself. "Report a problem with an order"
   *   (not received, wrong or faulty item, return or refund not processed) goes
   *   to the shop's customer service: no payment pause, no reminder fees, no
   *   seller to name. No complaint time is stated unless a market sets
   *   `complaintDays`. The "yes, I have been in contact before" branch escalates
   *   to the shop's complaints manager if `escalation` names one, else shows
   *   the market's dispute bodies (national ADR bodies, advice, courts) with
   *   links instead of a form.
   * - `"payment-provider"`: the seeds' wording and flows. Reporting a problem
   *   with a purchase pauses the payment while the shopper contacts the seller
   *   (no reminder fees); complaints are handled within 14 days (20 working
   *   days in FR); escalations go to the consumer ombudsman, who decides within
   *   10 days; the seeds' dispute bodies (ARN in every market, Kifid, ...).
   */
  operator?: "merchant" | "payment-provider";
  /**
   * The review after customer service: `false` (none: the dispute bodies
   * instead), `true` (the operator's own), or its name and time. Default: a
   * payment provider's consumer ombudsman; none for a shop.
   */
  escalation?: boolean | EscalationOptions;
  /** Open a named state of the form (tests, design review). */
  fixture?: string;
}

export interface WidgetHandle {
  /** The step the shopper is on: choose, feedback, complaint, purchase-problem, privacy, confirmation. */
  readonly step: string;
  /** The language shown. */
  readonly locale: string;
  /** Shows the form in another language, keeping every answer. */
  setLocale(tag: string): Promise<void>;
  /** Opens the dialog (launcher presentation). */
  open(): void;
  /** Closes the dialog (launcher presentation). */
  close(): void;
  /** Empties the form and its saved draft. */
  reset(): void;
  /** Removes every listener, timer and node the widget added. */
  destroy(): void;
}

/** Mounts the form into `element` (which gets an open shadow root). */
export function mount(element: Element, options?: MountOptions): Promise<WidgetHandle>;

/**
 * Bytes of WebAssembly linear memory the widget holds (shared by every
 * instance on the page); 0 if the module could not load. For memory checks.
 */
export function memoryBytes(): Promise<number>;

/** `<complaint-widget>`: attributes and properties are live. */
export interface ComplaintWidgetElement extends HTMLElement {
  endpoint: string | null;
  locale: string | null;
  market: string | null;
  privacyUrl: string | null;
  brand: string | null;
  presentation: string | null;
  theme: string | null;
  draft: string | null;
  /** `merchant` (default) or `payment-provider`: see `MountOptions.operator`. */
  operator: string | null;
  timeoutMs: string | null;
  retries: string | null;
  /** What attributes cannot say: headers, metadata, beforeSubmit, messages, markets, escalation. */
  options: MountOptions;
  readonly widget: WidgetHandle | null;
  open(): void;
  close(): void;
  reset(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "complaint-widget": ComplaintWidgetElement;
  }
  interface HTMLElementEventMap {
    "complaint:ready": CustomEvent<{ locale: string }>;
    "complaint:submit": CustomEvent<Submission>;
    "complaint:success": CustomEvent<{ reference: string; id: string }>;
    "complaint:error": CustomEvent<{ reason: "network" | "timeout" | "status" | "fields" | "bad-answer" | "page"; status?: number }>;
  }
}
