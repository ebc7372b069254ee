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

/** The payload sent to the endpoint (schema complaint-widget/v2). */
export interface Submission {
  schema: "complaint-widget/v2";
  id: string;
  createdAt: string;
  kind: "feedback" | "complaint" | "escalation" | "purchase_problem";
  contactedBefore: boolean | null;
  locale: string;
  market: string | null;
  /** Built-in answers by payload key; the merchant's own fields under `custom` by id. */
  fields: Record<string, string> & { custom?: Record<string, string | boolean> };
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

/** A merchant category or a select's option: an id and a label per language. */
export interface ChoiceOptions {
  /** Lowercase letters, digits and `_`, starting with a letter (at most 40); or a built-in id, which may go without a label. */
  id: string;
  /** Per language: `{ "en": "Damaged in transit", "nl": "Beschadigd bij bezorging" }`. */
  label?: Record<string, string>;
}

/** The `categories` option: each list replaces the built-in one. */
export interface CategoriesOptions {
  feedback?: ChoiceOptions[];
  complaint?: ChoiceOptions[];
  purchaseProblem?: ChoiceOptions[];
}

/** One of the merchant's own questions. */
export interface FieldOptions {
  /** The key under `fields.custom` in the payload; not a built-in field's. */
  id: string;
  type: "text" | "textarea" | "select" | "checkbox" | "date";
  /** Default false; a required checkbox must be ticked. */
  required?: boolean;
  label: Record<string, string>;
  hint?: Record<string, string>;
  /** A select's options. */
  options?: ChoiceOptions[];
}

/** The `fields` option: up to 10 per flow. */
export interface FieldsOptions {
  feedback?: FieldOptions[];
  complaint?: FieldOptions[];
  purchaseProblem?: FieldOptions[];
}

/**
 * What the page already knows (`prefill`): `email`, `name`, `phone`,
 * `orderReference`, `merchant`, or any field by its payload key
 * (`what_went_wrong`, `complaint_category`...). `readonly` lists the keys
 * whose values the page vouches for: shown, not editable.
 */
export interface PrefillOptions {
  email?: string;
  name?: string;
  phone?: string;
  orderReference?: string;
  merchant?: string;
  readonly?: string[];
  [payloadKey: string]: string | boolean | string[] | undefined;
}

// options: generated from src/options.rs by `cargo run --bin options-gen -- --write`
export interface MountOptions {
  /**
   * Language, a BCP 47 tag. Without it: the host element's `lang`, then `<html
   * lang>`, then `navigator.languages`, then English.
   * Attribute: `locale`.
   */
  locale?: string;
  /**
   * ISO 3166 code: `SE`, `NO`, `NL`, `FR`, `DE`, `DK`, `FI`; others show no
   * dispute bodies rather than wrong ones.
   * Attribute: `market`.
   */
  market?: string;
  /**
   * Who runs the form (see *Who runs the form*). `merchant`: the shop itself;
   * *Report a problem with an order* (not received, wrong or faulty item,
   * return or refund not processed) goes to its customer service, with no
   * payment pause, no reminder fees and no seller to name; no complaint time
   * unless a market sets `complaintDays`; the gate's *yes* goes to the shop's
   * complaints manager if `escalation` names one, else shows the market's
   * dispute bodies instead of a form. `payment-provider`: the seeds' wording
   * and flows (the payment paused while the shopper contacts the seller, 14
   * days or 20 working days, a consumer ombudsman who decides within 10 days,
   * the seeds' dispute bodies). One of `merchant` (default) or
   * `payment-provider`.
   * Attribute: `operator`.
   */
  operator?: "merchant" | "payment-provider";
  /**
   * The review after customer service: `false` (none: the gate's *yes* shows
   * where to turn), `true` (the operator's own), or `{ "name": "Kundombud",
   * "days": 10, "workingDays": true }` (each optional: `name` 1 to 100
   * characters, read at the start of a sentence; `days` 1 to 365). What is not
   * given is the operator's: a payment provider's consumer ombudsman deciding
   * within 10 days, a shop's complaints manager with no time stated. Default:
   * the ombudsman for a payment provider, none for a shop.
   */
  escalation?: boolean | EscalationOptions;
  /**
   * The brand name the widget shows (the Fluent term `-brand`).
   * Attribute: `brand`.
   */
  brand?: string;
  /**
   * Replace any message per language: `{ "nl": { "button-send": "Verstuur naar
   * { -brand }" } }`. Text with `{ $variable }` (only the variables the
   * built-in message has) and `{ -brand }`. A broken override is reported on
   * the console and the built-in text is shown.
   */
  messages?: Record<string, Record<string, string>>;
  /**
   * Per market code: `{ "SE": { "bodies": [{ "name": "...", "url":
   * "https://..." }], "replaceBodies": false, "complaintDays": 10,
   * "workingDays": true, "escalationDays": 10 } }`. Bodies are added after the
   * built-in ones (the operator's) unless `replaceBodies`. `complaintDays` is
   * the target for a first-contact complaint (a shop states none without it);
   * `escalationDays` the decision time where there is an escalation.
   */
  markets?: Record<string, MarketOptions>;
  /**
   * Required (only a `fixture` goes without). Where submissions are POSTed: a
   * URL, or a path resolved against the page (`/api/submissions`), the same for
   * every way in. The result must be `https:`, or `http:` on `localhost` /
   * `127.0.0.1`. Missing or insecure, the console says so and the shopper sees
   * the "unavailable" message at once, not after filling in the form.
   * Attribute: `endpoint`.
   */
  endpoint?: string;
  /**
   * Link in the privacy notice: `https:`/`http:` URL or a path starting with
   * `/`.
   * Attribute: `privacy-url`.
   */
  privacyUrl?: string;
  /**
   * Extra request headers, for example `{ "X-CSRF-Token": token }`. Headers the
   * widget sets itself (`Content-Type`, `Idempotency-Key`, `Accept`) and those
   * browsers forbid are refused.
   */
  headers?: Record<string, string>;
  /**
   * `fetch` credentials mode. One of `same-origin` (default), `omit` or
   * `include`.
   */
  credentials?: "same-origin" | "omit" | "include";
  /**
   * How long one attempt may take, in milliseconds. From 1000 to 120000
   * (default 15000).
   * Attribute: `timeout-ms`.
   */
  timeoutMs?: number;
  /**
   * Retries after the first attempt. From 0 to 10 (default 3).
   * Attribute: `retries`.
   */
  retries?: number;
  /**
   * Where answers are saved as the shopper types: `session` (`sessionStorage`),
   * `local` (`localStorage`) or `off`. One of `session` (default), `local` or
   * `off`.
   * Attribute: `draft`.
   */
  draft?: "session" | "local" | "off";
  /**
   * Plain JSON passed through in the payload's `metadata`, for example an order
   * id. Read once, when the form mounts: what the page does to the object later
   * (a change, a cycle, a getter that throws) does not reach the send; set
   * `options` again to change it. At most 8 KiB as JSON.
   */
  metadata?: Record<string, unknown>;
  /**
   * What the page already knows, so the shopper never types it again: `{
   * "email": "anna@example.nl", "orderReference": "ORD-1234", "readonly":
   * ["email"] }`. Keys: `email`, `name`, `phone`, `orderReference`, `merchant`,
   * or any field's payload key (`what_went_wrong`, `complaint_category`,
   * `contacted_before`...); values are strings (`true`/`false` for a checkbox
   * or the yes/no question). `readonly` lists values the page vouches for (a
   * signed-in shopper's email): shown, not editable, and always the page's. A
   * value is checked like a typed one: if it is not valid, the console says so
   * and the field is left editable. A saved draft wins over a prefilled value
   * (what the shopper typed is kept), except for `readonly` ones. An unknown
   * key is a configuration error.
   */
  prefill?: PrefillOptions;
  /**
   * The merchant's own topics (feedback), categories (complaint) and problems
   * (purchase problem): `{ "complaint": [{ "id": "damaged", "label": { "en":
   * "Damaged in transit", "nl": "Beschadigd bij bezorging" } }, { "id":
   * "refund" }] }`. A list replaces the built-in one; list a built-in id
   * without a label (`refund`) to keep it with its own wording. Ids: lowercase
   * letters, digits and `_`, starting with a letter, at most 40. Labels per
   * language fall back to English, then to the first given; a label missing in
   * both the form's language and English is a configuration error. Keys:
   * `feedback`, `complaint`, `purchaseProblem`; 1 to 50 entries each.
   */
  categories?: CategoriesOptions;
  /**
   * The merchant's own questions, up to 10 per flow, asked before the contact
   * details: `{ "complaint": [{ "id": "size", "type": "select", "required":
   * true, "label": { "en": "Size" }, "hint": { "en": "As on the label" },
   * "options": [{ "id": "m", "label": { "en": "Medium" } }] }] }`. `type`:
   * `text` (200 characters), `textarea` (2000), `select`, `checkbox` (sent as
   * `true` when ticked; `required` means it must be ticked) or `date`
   * (`YYYY-MM-DD`). Answers are checked, saved in the draft and sent under
   * `fields.custom` by id. A complaint's fields show on both sides of the
   * yes/no question. Ids as for `categories`, not a built-in field's payload
   * key; an unknown type, a missing label or more than 10 fields in a flow are
   * configuration errors.
   */
  fields?: FieldsOptions;
  /**
   * Files the shopper can add to a complaint (both sides of the yes/no
   * question) and to a purchase problem other than a parcel that never came: `{
   * "max": 3, "maxBytes": 5242880 }` (the defaults: 3 files of at most 5 MiB;
   * `max` 1 to 10, `maxBytes` 1 to 52428800), or `false` for none. JPEG, PNG,
   * WebP, HEIC/HEIF and PDF, told by their first bytes, not their names. With
   * files the submission is sent as `multipart/form-data` (see *What is sent*).
   */
  attachments?: false | { max?: number; maxBytes?: number };
  /**
   * Called with the payload object before it is sent. Return `false` to cancel,
   * a plain object to merge into `metadata`, nothing (or `true`) to send as is,
   * or a promise of any of these. If it throws, rejects or returns anything
   * else, or the payload can no longer be written as JSON (a cycle, a BigInt),
   * nothing is sent, the shopper is told, and `complaint:error` fires with
   * `reason: "page"`.
   */
  beforeSubmit?: (payload: Submission) => boolean | Record<string, unknown> | void | Promise<boolean | Record<string, unknown> | void>;
  /**
   * `inline`: in the page flow; `launcher`: a button that opens the form in a
   * modal dialog (see *Presentations*). One of `inline` (default) or
   * `launcher`.
   * Attribute: `presentation`.
   */
  presentation?: "inline" | "launcher";
  /**
   * Colour scheme; `system` follows the shopper's setting. One of `light`
   * (default), `dark` or `system`.
   * Attribute: `theme`.
   */
  theme?: "light" | "dark" | "system";
  /**
   * Tells this instance's saved draft and outbox apart from others on the same
   * page (see *Several on one page*). Without it: the element's id, else its
   * place in the page.
   */
  id?: string;
  /**
   * Open a named state of the form (for tests and design review).
   */
  fixture?: string;
}
// /options

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
  /** The `prefill` option: setting it mounts the form again with it (a draft keeps what was typed). */
  prefill: PrefillOptions | undefined;
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
