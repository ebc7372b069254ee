//! Browser tests: the widget mounted by `wasm-bindgen-test` in headless
//! Chromium (`wasm-pack test --headless --chrome`). They check what a shopper
//! would: what renders, where focus goes, what the gate reveals.
#![cfg(target_arch = "wasm32")]

use complaint_widget::{mount_with, WidgetHandle};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Options with these pairs; an endpoint on this machine unless one is given
/// (a live form needs one).
fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"endpoint".into(), &"http://127.0.0.1/api".into()).unwrap();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v)).unwrap();
    }
    o.into()
}

const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en.tbl"));
const NL: &str = include_str!(concat!(env!("OUT_DIR"), "/nl.tbl"));

/// Mounts with the language's compiled strings, as the entry module does.
fn mount(el: &Element, options: JsValue) -> Result<WidgetHandle, JsValue> {
    let nl = js_sys::Reflect::get(&options, &"locale".into())
        .ok()
        .and_then(|l| l.as_string())
        .as_deref()
        == Some("nl");
    if nl {
        mount_with(el, options, "nl", NL.as_bytes().to_vec())
    } else {
        mount_with(el, options, "en", EN.as_bytes().to_vec())
    }
}

/// An `input` event as a browser fires it: bubbling, so the widget's
/// delegated listener hears it.
fn typed(target: &Element) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn root(el: &Element) -> ShadowRoot {
    el.shadow_root().expect("an open shadow root")
}

fn find(root: &ShadowRoot, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &ShadowRoot, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn click(root: &ShadowRoot, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn is_hidden(root: &ShadowRoot, selector: &str) -> bool {
    find(root, selector).closest("[hidden]").unwrap().is_some()
}

#[wasm_bindgen_test]
fn renders_the_first_step_in_an_open_shadow_root() {
    let el = host();
    let _w = mount(&el, options(&[])).unwrap();
    let r = root(&el);
    assert_eq!(text(&r, "h2"), "What would you like to do?");
    assert_eq!(r.query_selector_all("[data-choose]").unwrap().length(), 3);
    assert_eq!(find(&r, ".cw").get_attribute("lang").as_deref(), Some("en"));
    // Styles are adopted, not injected.
    assert!(r.query_selector("style").unwrap().is_none());
}

#[wasm_bindgen_test]
fn the_gate_is_a_labelled_radio_group_with_the_seed_wording_in_dutch() {
    let el = host();
    let _w = mount(&el, options(&[("locale", "nl"), ("fixture", "complaint")])).unwrap();
    let r = root(&el);
    assert_eq!(
        text(&r, "fieldset legend"),
        "Ben je eerder in contact geweest met onze klantenservice over deze kwestie?"
    );
    let yes = find(&r, "#cw-contacted-before-yes");
    let label = find(&r, "label[for=cw-contacted-before-yes]");
    assert_eq!(yes.get_attribute("type").as_deref(), Some("radio"));
    assert_eq!(label.text_content().as_deref(), Some("Ja"));
    assert_eq!(
        find(&r, "fieldset")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("cw-contacted-before-hint")
    );
}

#[wasm_bindgen_test]
fn submitting_without_the_gate_focuses_the_summary_which_links_to_the_first_radio() {
    let el = host();
    let _w = mount(&el, options(&[("fixture", "complaint")])).unwrap();
    let r = root(&el);
    assert!(is_hidden(&r, ".cw-summary"));
    click(&r, "button[type=submit]");
    assert!(!is_hidden(&r, ".cw-summary"));
    let active = r.active_element().expect("focus inside the widget");
    assert!(active.class_list().contains("cw-summary"));
    let link = find(&r, ".cw-summary-link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#cw-contacted-before-yes")
    );
    assert_eq!(
        link.text_content().as_deref(),
        Some("Select yes if you have contacted customer service about this before")
    );
    // The same words inline, wired to the group.
    assert!(text(&r, "#cw-contacted-before-error")
        .ends_with("Select yes if you have contacted customer service about this before"));
    assert!(find(&r, "fieldset")
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("cw-contacted-before-error"));
    assert_eq!(
        find(&r, "#cw-contacted-before-yes")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    // Following the link puts focus on the first radio.
    click(&r, ".cw-summary-link");
    assert_eq!(
        r.active_element().map(|e| e.id()).as_deref(),
        Some("cw-contacted-before-yes")
    );
}

#[wasm_bindgen_test]
fn the_gate_reveals_the_matching_form_and_keeps_typed_answers() {
    let el = host();
    // The seeds' flows: Yes opens the escalation to the ombudsman.
    let _w = mount(
        &el,
        options(&[("fixture", "complaint"), ("operator", "payment-provider")]),
    )
    .unwrap();
    let r = root(&el);
    assert!(is_hidden(&r, "#cw-what-went-wrong"));
    assert!(is_hidden(&r, "#cw-previous-case-reference"));
    click(&r, "#cw-contacted-before-no");
    assert!(!is_hidden(&r, "#cw-what-went-wrong"));
    assert!(is_hidden(&r, "#cw-previous-case-reference"));
    let name = find(&r, "#cw-name")
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap();
    name.set_value("Anna de Vries");
    typed(&name);
    click(&r, "#cw-contacted-before-yes");
    assert!(is_hidden(&r, "#cw-what-went-wrong"));
    assert!(!is_hidden(&r, "#cw-previous-case-reference"));
    assert!(!is_hidden(&r, "#cw-name"));
    assert_eq!(name.value(), "Anna de Vries");
}

#[wasm_bindgen_test]
fn a_shop_without_a_complaints_manager_shows_where_to_turn_instead_of_a_form() {
    let el = host();
    let _w = mount(
        &el,
        options(&[("fixture", "complaint"), ("market", "NL"), ("locale", "nl")]),
    )
    .unwrap();
    let r = root(&el);
    assert!(is_hidden(&r, "#cw-elsewhere"));
    assert!(r
        .query_selector("#cw-previous-case-reference")
        .unwrap()
        .is_none());
    click(&r, "#cw-contacted-before-yes");
    assert!(!is_hidden(&r, "#cw-elsewhere"));
    assert!(is_hidden(&r, "#cw-submit"), "nothing to continue to");
    assert!(is_hidden(&r, "#cw-name"), "no contact details to give");
    let first = find(&r, "#cw-elsewhere .cw-bodies a");
    assert_eq!(
        first.get_attribute("href").as_deref(),
        Some("https://www.degeschillencommissie.nl/")
    );
    click(&r, "#cw-contacted-before-no");
    assert!(is_hidden(&r, "#cw-elsewhere"));
    assert!(!is_hidden(&r, "#cw-submit"));
    assert!(!is_hidden(&r, "#cw-name"));
}

/// Waits (at most about two seconds) until `done` holds.
async fn until(done: impl Fn() -> bool) -> bool {
    for _ in 0..40 {
        if done() {
            return true;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
    done()
}

#[wasm_bindgen_test]
async fn choosing_moves_focus_to_the_new_step_heading_and_back_returns() {
    let el = host();
    let w = mount(&el, options(&[])).unwrap();
    let r = root(&el);
    click(&r, "[data-choose=purchase-problem]");
    assert_eq!(w.step(), "purchase-problem");
    assert_eq!(
        r.active_element().map(|e| e.tag_name()).as_deref(),
        Some("H2")
    );
    // A shop runs the form unless told otherwise: an order, not a purchase.
    assert_eq!(text(&r, "h2"), "Report a problem with an order");
    // Back goes through the browser history, so the browser's own back button
    // and the form's agree; the move lands with the popstate event.
    click(&r, "[data-action=back]");
    assert!(
        until(|| w.step() == "choose").await,
        "back to the first step"
    );
    assert_eq!(text(&r, "h2"), "What would you like to do?");
}

#[wasm_bindgen_test]
fn bad_options_show_the_unavailable_message_instead_of_a_form() {
    let el = host();
    let _w = mount(&el, options(&[("endpoint", "http://shop.example/api")])).unwrap();
    let r = root(&el);
    assert!(r.query_selector("form").unwrap().is_none());
    assert_eq!(
        find(&r, ".cw-unavailable").get_attribute("role").as_deref(),
        Some("alert")
    );
}

#[wasm_bindgen_test]
fn changing_the_language_keeps_the_answers_and_the_step() {
    let el = host();
    let w = mount(&el, options(&[("fixture", "complaint-gate-yes")])).unwrap();
    let r = root(&el);
    let field = find(&r, "#cw-earlier-contacts")
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap();
    field.set_value("Twee keer gebeld.");
    typed(&field);
    w.use_locale("nl", NL.as_bytes().to_vec()).unwrap();
    assert_eq!(find(&r, ".cw").get_attribute("lang").as_deref(), Some("nl"));
    assert_eq!(text(&r, "h2"), "Een klacht indienen");
    let field = find(&r, "#cw-earlier-contacts")
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap();
    assert_eq!(field.value(), "Twee keer gebeld.");
    assert!(find(&r, "#cw-contacted-before-yes")
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .checked());
}

#[wasm_bindgen_test]
fn destroy_removes_the_form() {
    let el = host();
    let w = mount(&el, options(&[])).unwrap();
    w.destroy();
    assert!(root(&el).query_selector("form").unwrap().is_none());
    w.destroy();
}

#[wasm_bindgen_test]
fn nested_options_of_the_wrong_shape_are_refused() {
    for json in [
        r#"{"markets": {"SE": {"bodies": "ARN"}}}"#,
        r#"{"markets": {"SE": {"colour": "red"}}}"#,
        r#"{"headers": {"X-CSRF-Token": 5}}"#,
        r#"{"messages": {"nl": "Verstuur"}}"#,
        r#"{"retries": 1.5}"#,
    ] {
        let el = host();
        let opts = js_sys::JSON::parse(json).unwrap();
        let _w = mount(&el, opts).unwrap();
        let r = root(&el);
        assert!(r.query_selector("form").unwrap().is_none(), "{json}");
        assert!(
            r.query_selector(".cw-unavailable").unwrap().is_some(),
            "{json}"
        );
    }
}

#[wasm_bindgen_test]
fn nested_options_of_the_right_shape_work() {
    let el = host();
    let opts = js_sys::JSON::parse(
        r#"{"market": "SE", "fixture": "confirmation-escalation",
            "markets": {"SE": {"bodies": [{"name": "Butikens nämnd", "url": "https://shop.example/n"}], "replaceBodies": true}},
            "headers": {"X-CSRF-Token": "abc"}, "brand": "Fietsen BV"}"#,
    )
    .unwrap();
    let _w = mount(&el, opts).unwrap();
    let r = root(&el);
    assert_eq!(text(&r, ".cw-bodies"), "Butikens nämnd (opens in new tab)");
    let link = find(&r, ".cw-bodies a");
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
}
