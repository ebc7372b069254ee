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
// Only the strings of the language shown are downloaded. scripts/build
// bundles this module (with the launcher's strings and js/chrome.css) into
// complaint-widget.js; the wasm-bindgen glue is complaint-widget-core.js,
// imported when a form is built. Both sit next to complaint-widget.wasm and
// locales/.
import LAUNCHER from "./launcher-strings.js";
// The attributes of <complaint-widget> (each sets the option of its name in
// camelCase: privacy-url sets privacyUrl) and those read as numbers, from the
// table of options in src/options.rs.
import { ATTRIBUTES, NUMBERS } from "./options.js";
import CHROME from "./chrome.css";

let started;
let loaded = false;
const tables = new Map();

// User Timing entries for the browser's performance tools (and the benchmark):
// "complaint-widget:load" from the first form asked for to the wasm module
// being ready, "complaint-widget:mount" for each form built.
const measure = (name, start) => {
  try {
    performance.measure(`complaint-widget:${name}`, { start, end: performance.now() });
  } catch {
    // No User Timing here: nothing to record.
  }
};

/**
 * The glue and the wasm module, fetched side by side (the module's download
 * does not wait for the glue to arrive) and instantiated; resolves to the
 * glue's exports and the module's.
 */
function start() {
  if (!started) {
    const t0 = performance.now();
    let wasm;
    try {
      wasm = fetch(new URL("./complaint-widget.wasm", import.meta.url));
    } catch (error) {
      // A page's own fetch wrapper that throws: the load fails like offline.
      wasm = Promise.reject(error);
    }
    wasm.catch(() => {});
    started = import("./complaint-widget-core.js").then(async (core) => [core, await core.init({ module_or_path: wasm })]);
    // A failed load (offline, say) is not kept: the next mount tries again.
    started.then(
      () => {
        loaded = true;
        measure("load", t0);
      },
      () => (started = undefined),
    );
  }
  return started;
}

/**
 * Bytes of WebAssembly linear memory the widget holds (shared by every
 * instance on the page), once the module is ready; 0 if it could not load.
 * For memory checks.
 */
export async function memoryBytes() {
  const ready = await start().catch(() => null);
  return ready ? ready[1].memory.buffer.byteLength : 0;
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

// The shipped languages.
const LANGUAGES = Object.keys(LAUNCHER);

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
 * The first touch of Web Storage opens it, which blocks for milliseconds;
 * doing that once the wasm module has been asked for, while it downloads,
 * keeps it off the path to the form (the module reads the draft as it
 * mounts).
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

let chrome;

/**
 * The element's open shadow root with the frame's stylesheet (js/chrome.css)
 * first among its adopted sheets (the wasm module adopts the form's own
 * sheet, src/ui/style.css). An element that cannot have a shadow root is
 * left to the module to report.
 */
function frameRoot(element) {
  try {
    const root = element.shadowRoot || element.attachShadow({ mode: "open" });
    if (!chrome) {
      chrome = new CSSStyleSheet();
      chrome.replaceSync(CHROME);
    }
    root.adoptedStyleSheets = [chrome, ...root.adoptedStyleSheets.filter((s) => s !== chrome)];
    return root;
  } catch {
    return element.shadowRoot;
  }
}

async function mountWidget(element, options) {
  if (!(element instanceof Element)) {
    throw new TypeError("complaint-widget: mount() needs an element to mount into");
  }
  if (peek(options, "presentation") === "launcher" && !loaded && !saved(element, options)) {
    return launcher(element, options);
  }
  return mountNow(element, options);
}

/**
 * Builds the form now: waits for the module and the language's strings,
 * then (unless `before` returns false) mounts. Resolves to the handle, or to
 * null when `before` declined.
 */
async function mountNow(element, options, before = () => true) {
  const requested = peek(options, "locale");
  strings(likelyLocale(element, requested)).catch(() => {});
  const module = start();
  // After the module is asked for: opening storage blocks for milliseconds.
  warmStorage(peek(options, "draft"));
  const [core] = await module;
  const lang = core.resolveLocale(element, requested);
  const table = await strings(lang);
  if (!before()) return null;
  const t0 = performance.now();
  const handle = core.mount(element, options, lang, table, strings);
  frameRoot(element);
  measure("mount", t0);
  return handle;
}

/**
 * Whether this page has anything the widget saved for this shopper (a
 * draft, a complaint waiting to be sent, a receipt): then a launcher loads at
 * once, so a waiting complaint goes out and nothing waits for a hover.
 */
function saved(element, options) {
  const draft = peek(options, "draft");
  if (draft === "off") return false;
  try {
    const page = `:${location.pathname}:`;
    return Object.keys(draft === "local" ? localStorage : sessionStorage).some(
      (key) => key.startsWith("complaint-widget:") && key.includes(page),
    );
  } catch {
    // Storage disabled: nothing saved.
  }
  return false;
}

/**
 * The launcher presentation until the shopper shows intent: the button (and,
 * once clicked, its dialog with a loading state) drawn from this file alone,
 * in the page's language, with the frame's stylesheet. Pointer over (or a
 * touch) or focus starts loading the module; when the form is built it takes the
 * button's place (and focus, and opens if the dialog was open). A failed load
 * is offered again with a retry in the dialog, or on the next intent.
 */
function launcher(element, options) {
  const root = frameRoot(element);
  if (!root) return mountNow(element, options);
  let lang = likelyLocale(element, peek(options, "locale"));
  let text = LAUNCHER[lang] || LAUNCHER.en;
  let real = null;
  let pending = null;
  let gone = false;
  let wanted = false;
  let nextLocale;
  let resetAfter = false;
  // An element with a class and attributes.
  const make = (tag, className, attributes = {}) => {
    const e = document.createElement(tag);
    e.className = className;
    for (const name in attributes) e.setAttribute(name, attributes[name]);
    return e;
  };
  const theme = peek(options, "theme");
  const frame = make("div", "cw-frame", { "data-theme": theme === "dark" || theme === "system" ? theme : "light" });
  const button = make("button", "cw-launcher", { type: "button", "aria-haspopup": "dialog", part: "launcher" });
  const dialog = make("dialog", "cw-dialog", { "aria-labelledby": "cw-dialog-title", part: "dialog" });
  const title = make("p", "cw-dialog-title", { id: "cw-dialog-title" });
  const close = make("button", "cw-close", { type: "button", part: "close" });
  const bar = make("div", "cw-dialog-bar");
  const body = make("div", "cw", { part: "root" });
  const status = make("p", "cw-loading", { role: "status" });
  const retry = make("button", "cw-button", { type: "button", hidden: "" });
  bar.append(title, close);
  body.append(status, retry);
  dialog.append(bar, body);
  frame.append(button, dialog);
  root.replaceChildren(frame);

  const label = () => {
    text = LAUNCHER[lang] || LAUNCHER.en;
    const brand = peek(options, "brand");
    // (The module cleans a brand further; this text is shown, never parsed.)
    const name = text[0].replace("\u0001", () => brand?.trim() || text[1]);
    button.textContent = title.textContent = name;
    close.setAttribute("aria-label", text[2]);
    retry.textContent = text[5];
    body.lang = lang;
    if (status.textContent) status.textContent = retry.hidden ? text[3] : text[4];
  };
  label();

  const load = () => {
    if (real || pending || gone) return;
    let focused = false;
    let open = false;
    pending = mountNow(element, options, () => {
      if (gone) return false;
      focused = root.activeElement === button;
      open = dialog.open || wanted || pressed;
      dialog.close();
      return true;
    }).then(
      async (handle) => {
        pending = null;
        if (!handle) return;
        real = handle;
        for (const [type, listener] of listeners) button.removeEventListener(type, listener);
        if (open) handle.open();
        else if (focused) root.querySelector(".cw-launcher")?.focus();
        ready(element, handle);
        if (resetAfter) handle.reset();
        if (nextLocale !== undefined) await handle.setLocale(nextLocale);
      },
      (error) => {
        pending = null;
        console.error("complaint-widget: the form could not be loaded:", error);
        if (dialog.open) {
          status.textContent = text[4];
          retry.hidden = false;
        }
      },
    );
  };
  const show = () => {
    wanted = true;
    if (!dialog.open) dialog.showModal();
    retry.hidden = true;
    status.textContent = text[3];
    load();
  };
  // A press begun on the button (pointer, or Space, which clicks on release)
  // while the form takes the button's place never becomes a click: it opens
  // the form instead. (A press that ends in a click opens it anyway.)
  let pressed = false;
  const press = (event) => {
    if (event.key == null || event.key == " ") pressed = true;
    load();
  };
  const listeners = [
    ["pointerenter", load],
    ["focus", load],
    ["click", show],
    ["pointerdown", press],
    ["keydown", press],
  ];
  for (const [type, listener] of listeners) button.addEventListener(type, listener, { passive: true });
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => {
    wanted = false;
    if (!real && button.isConnected) button.focus();
  });
  retry.addEventListener("click", show);

  return {
    get step() {
      return real ? real.step : "";
    },
    get locale() {
      return real ? real.locale : lang;
    },
    async setLocale(tag) {
      if (real) return real.setLocale(tag);
      nextLocale = tag;
      lang = likelyLocale(element, tag);
      label();
    },
    open() {
      if (real) real.open();
      else show();
    },
    close() {
      if (real) real.close();
      else dialog.close();
    },
    reset() {
      if (real) real.reset();
      else {
        resetAfter = true;
        load();
      }
    },
    destroy() {
      gone = true;
      if (real) real.destroy();
      else if (frame.isConnected) frame.remove();
    },
  };
}

function camel(name) {
  return name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

/**
 * `<complaint-widget>`: attributes and properties are live. A new `locale`
 * is applied in place, keeping answers; other changes mount the form again
 * (its draft keeps the answers). `options` takes what attributes cannot say
 * (headers, metadata, beforeSubmit, messages, markets, escalation, prefill;
 * `prefill` is also a property of its own).
 */
// Importing the module outside a browser (bundlers, SSR, tests) must not throw.
const ElementBase = typeof HTMLElement === "undefined" ? class {} : HTMLElement;

class ComplaintWidgetElement extends ElementBase {
  static observedAttributes = ATTRIBUTES;
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
  /** The `prefill` option, as a property of its own. */
  get prefill() {
    return this.#options.prefill;
  }
  set prefill(value) {
    this.options = { ...this.#options, prefill: value };
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
    for (const attr of ATTRIBUTES) {
      const value = this.getAttribute(attr);
      if (value !== null) options[camel(attr)] = NUMBERS.includes(attr) ? Number(value) : value;
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

for (const name of ATTRIBUTES) {
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
      if (ATTRIBUTES.includes(attr)) element.setAttribute(attr, value);
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
