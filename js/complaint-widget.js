// complaint-widget: the entry module. Three ways in:
//
// 1. A script tag that mounts itself where it stands (or into data-target):
//    <script type="module" src=".../complaint-widget.js" data-endpoint="/api/complaints"
//            data-locale="nl" data-market="NL"></script>
// 2. A custom element with live attributes and properties:
//    <complaint-widget endpoint="/api/complaints" locale="nl" market="NL"></complaint-widget>
// 3. A function:
//    import { mount } from "complaint-widget";
//    const widget = await mount(element, { endpoint, market: "NL" });
//
// Only the strings of the language shown are downloaded. scripts/build
// bundles this module with the wasm-bindgen glue into one file, next to
// complaint-widget.wasm and locales/.
import init, { mountWith, resolveLocale } from "./core/complaint_widget.js";

let started;
const tables = new Map();

// User Timing entries for the browser's performance tools (and the benchmark):
// "complaint-widget:load" from this module running to the wasm module being
// ready, "complaint-widget:mount" for each form built.
const measure = (name, start) => {
  try {
    performance.measure(`complaint-widget:${name}`, { start, end: performance.now() });
  } catch {
    // No User Timing here: nothing to record.
  }
};

function start() {
  if (!started) {
    const t0 = performance.now();
    started = init({ module_or_path: new URL("./complaint-widget.wasm", import.meta.url) });
    // A failed load (offline, say) is not kept: the next mount tries again.
    started.then(() => measure("load", t0), () => (started = undefined));
  }
  return started;
}

// The module starts downloading and compiling as soon as this file runs, in
// parallel with the page; a failure is reported by the mount that needs it.
if (typeof document !== "undefined") start().catch(() => {});

/**
 * Bytes of WebAssembly linear memory the widget holds (shared by every
 * instance on the page), once the module is ready; 0 if it could not load.
 * For memory checks.
 */
export async function memoryBytes() {
  const wasm = await start().catch(() => null);
  return wasm ? wasm.memory.buffer.byteLength : 0;
}

function strings(lang) {
  if (!tables.has(lang)) {
    // Spelled as a URL for esbuild; scripts/build restores `./locales/${lang}.js`.
    const table = import(new URL(`./locales/${lang}.js`, import.meta.url).href).then((m) => m.default);
    tables.set(lang, table);
    table.catch(() => tables.delete(lang));
  }
  return tables.get(lang);
}

// The shipped languages; scripts/build fills this in from locales/.
const LANGUAGES = ["en"];

/**
 * The language the widget will most likely choose, worked out before the
 * wasm module is ready so its strings download at the same time. The wasm
 * module's `resolveLocale` decides; a wrong guess only costs a prefetch.
 */
function likelyLocale(element, requested) {
  const candidates = [requested, element.getAttribute("lang"), document.documentElement.lang, ...(navigator.languages || [])];
  for (const tag of candidates) {
    if (!tag) continue;
    const primary = String(tag).split(/[-_]/)[0].toLowerCase();
    const lang = ["no", "nn"].includes(primary) ? "nb" : primary;
    if (LANGUAGES.includes(lang)) return lang;
  }
  return "en";
}

/**
 * The first touch of Web Storage opens it, which takes milliseconds; doing
 * that while the wasm module is still downloading keeps it off the path to
 * the form (the module reads the draft as it mounts).
 */
function warmStorage(draft) {
  try {
    if (draft === "local") void localStorage.length;
    else if (draft !== "off") void sessionStorage.length;
  } catch {
    // Storage disabled: the module copes (it keeps no draft).
  }
}

/**
 * Mounts the form into `element` (which gets an open shadow root).
 * Options are described in the README; bad options are reported on the
 * console and show a short "unavailable" message instead of the form.
 * @returns {Promise<WidgetHandle>}
 */
export async function mount(element, options = {}) {
  const handle = await mountWidget(element, options);
  ready(element, handle);
  return handle;
}

/**
 * `complaint:ready` on the element, once the form is in the page (not for the
 * "unavailable" message).
 */
function ready(element, handle) {
  if (handle.step) {
    element.dispatchEvent(new CustomEvent("complaint:ready", { bubbles: true, composed: true, detail: { locale: handle.locale } }));
  }
}

/**
 * Reads one option for an early guess, never throwing: a getter or Proxy
 * that throws is reported by the wasm module, which reads the options for
 * real (and shows the "unavailable" message).
 */
function peek(options, key) {
  try {
    const value = options != null ? options[key] : undefined;
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

async function mountWidget(element, options) {
  if (!(element instanceof Element)) {
    throw new TypeError("complaint-widget: mount() needs an element to mount into");
  }
  const requested = peek(options, "locale");
  strings(likelyLocale(element, requested)).catch(() => {});
  warmStorage(peek(options, "draft"));
  await start();
  let lang = resolveLocale(element, requested);
  const table = await strings(lang);
  const t0 = performance.now();
  let core = mountWith(element, options, lang, table);
  measure("mount", t0);
  return {
    /** The key of the step the shopper is on. */
    get step() {
      return core ? core.step : "";
    },
    /** The language shown. */
    get locale() {
      return lang;
    },
    /** Shows the form in another language, keeping every answer. */
    async setLocale(tag) {
      const next = resolveLocale(element, tag);
      const table = await strings(next);
      core?.useLocale(next, table);
      lang = next;
    },
    /** Opens the dialog (launcher presentation). */
    open() {
      core?.open();
    },
    /** Closes the dialog (launcher presentation). */
    close() {
      core?.close();
    },
    /** Empties the form and its saved draft. */
    reset() {
      core?.reset();
    },
    /** Removes every listener, timer and node the widget added. */
    destroy() {
      if (!core) return;
      const done = core;
      core = null;
      done.destroy();
      // Freed after the current event, which may be one the widget fired.
      queueMicrotask(() => done.free());
    },
  };
}

// Attributes of <complaint-widget>, and the option each one sets.
const ATTRIBUTES = {
  endpoint: "endpoint",
  locale: "locale",
  market: "market",
  "privacy-url": "privacyUrl",
  brand: "brand",
  presentation: "presentation",
  theme: "theme",
  draft: "draft",
  operator: "operator",
};
const NUMBER_ATTRIBUTES = { "timeout-ms": "timeoutMs", retries: "retries" };

function camel(name) {
  return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

/**
 * `<complaint-widget>`: attributes and properties are live. A new `locale`
 * is applied in place, keeping answers; other changes mount the form again
 * (its draft keeps the answers). `options` takes what attributes cannot say
 * (headers, metadata, beforeSubmit, messages, markets, escalation).
 */
// Importing the module outside a browser (bundlers, SSR, tests) must not throw.
const ElementBase = typeof HTMLElement === "undefined" ? class {} : HTMLElement;

class ComplaintWidgetElement extends ElementBase {
  static observedAttributes = [...Object.keys(ATTRIBUTES), ...Object.keys(NUMBER_ATTRIBUTES)];
  #handle = null;
  #queue = Promise.resolve();
  #options = {};

  get options() {
    return this.#options;
  }
  set options(value) {
    this.#options = value && typeof value === "object" ? value : {};
    if (this.isConnected) this.#remount();
  }
  /** The handle of the mounted form (null while not mounted). */
  get widget() {
    return this.#handle;
  }
  open() {
    this.#handle?.open();
  }
  close() {
    this.#handle?.close();
  }
  reset() {
    this.#handle?.reset();
  }

  connectedCallback() {
    this.#remount();
  }
  disconnectedCallback() {
    this.#run(async () => {
      if (!this.isConnected) {
        this.#handle?.destroy();
        this.#handle = null;
      }
    });
  }
  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === "locale" && this.#handle) {
      this.#run(() => this.#handle?.setLocale(after ?? undefined));
    } else {
      this.#remount();
    }
  }

  #collect() {
    let options;
    try {
      options = { ...this.#options };
    } catch {
      // Unreadable (a throwing getter or Proxy): the module reads it again
      // and says what is wrong.
      return this.#options;
    }
    for (const [attr, key] of Object.entries(ATTRIBUTES)) {
      if (this.hasAttribute(attr)) options[key] = this.getAttribute(attr);
    }
    for (const [attr, key] of Object.entries(NUMBER_ATTRIBUTES)) {
      if (this.hasAttribute(attr)) options[key] = Number(this.getAttribute(attr));
    }
    return options;
  }
  #run(task) {
    this.#queue = this.#queue.then(task).catch((e) => console.error("complaint-widget:", e));
    return this.#queue;
  }
  #remount() {
    return this.#run(async () => {
      this.#handle?.destroy();
      this.#handle = null;
      if (!this.isConnected) return;
      // The handle is in place before `complaint:ready`, so a listener can
      // use `element.widget` at once.
      this.#handle = await mountWidget(this, this.#collect());
      ready(this, this.#handle);
    });
  }
}

for (const name of [...Object.keys(ATTRIBUTES), ...Object.keys(NUMBER_ATTRIBUTES)]) {
  Object.defineProperty(ComplaintWidgetElement.prototype, camel(name), {
    get() {
      return this.getAttribute(name);
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
  });
}

if (typeof customElements !== "undefined" && !customElements.get("complaint-widget")) {
  customElements.define("complaint-widget", ComplaintWidgetElement);
}

// A script tag that loaded this module with data-endpoint mounts the form
// where it stands, or into the element data-target names.
if (typeof document !== "undefined") {
  const here = new URL(import.meta.url).href;
  for (const script of document.querySelectorAll("script[type=module][src][data-endpoint]")) {
    if (script.src !== here || script.dataset.mounted) continue;
    script.dataset.mounted = "true";
    const element = document.createElement("complaint-widget");
    for (const [key, value] of Object.entries(script.dataset)) {
      const attr = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      if (attr in ATTRIBUTES || attr in NUMBER_ATTRIBUTES) element.setAttribute(attr, value);
    }
    const target = script.dataset.target ? document.querySelector(script.dataset.target) : null;
    if (script.dataset.target && !target) {
      console.error(`complaint-widget: data-target ${JSON.stringify(script.dataset.target)} matches no element`);
      continue;
    }
    if (target) target.append(element);
    else script.after(element);
  }
}
