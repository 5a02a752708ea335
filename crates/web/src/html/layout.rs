//! The page shell and the pieces every page is built from: headings, tags, the
//! error summary, form fields that show their own error and keep what was typed.

use jirga_core::State;
use jirga_core::ids::InitiativeId;
use jirga_core::state::{RECORD_COLLECTIONS, RECORD_KINDS, Stamp};
use maud::{DOCTYPE, Markup, html};

use super::{FormError, Page};
use crate::i18n::Localizer;
use crate::session::Viewer;

/// What every renderer gets: the locale, the committed state, today, and the form
/// in error (when re-rendering after a refused command).
pub struct Ctx<'a> {
    pub l: &'a Localizer,
    /// What the viewer may see: the whole state, or the part shared with them.
    pub state: &'a State,
    pub today: jiff::civil::Date,
    pub page: &'a Page,
    pub form_error: Option<&'a FormError>,
    pub flash: Option<String>,
    /// The signed-in person (`None` on the login page).
    pub viewer: Option<&'a Viewer>,
    /// Would the authorizer let the viewer issue this command? Forms the viewer
    /// cannot use are not shown.
    /// May the viewer run this command (on this record, when it is one)?
    pub may: &'a dyn Fn(&str, Option<&str>) -> bool,
    /// May the viewer read the event log and the ledger?
    pub reads_log: bool,
}

fn never(_: &str, _: Option<&str>) -> bool {
    false
}

impl<'a> Ctx<'a> {
    /// The context of a page shown before signing in.
    pub fn anonymous(l: &'a Localizer, state: &'a State, page: &'a Page) -> Ctx<'a> {
        Ctx { l, state, today: jiff::Zoned::now().date(), page, form_error: None, flash: None, viewer: None, may: &never, reads_log: false }
    }

    pub fn t(&self, id: &str) -> String {
        self.l.t(id)
    }

    pub fn ta(&self, id: &str, args: &[(&str, String)]) -> String {
        self.l.t_args(id, args)
    }

    /// A day as the viewer's locale reads it (Solar Hijri with the Gregorian
    /// beside it in Dari and Pashto, ISO in English: see `jirga_dates`).
    pub fn day(&self, day: impl std::borrow::Borrow<jiff::civil::Date>) -> String {
        self.formats().day(*day.borrow())
    }

    /// The viewer's dates and numbers: their locale's, in their calendar.
    pub fn formats(&self) -> &'static jirga_dates::LocaleFormats {
        jirga_dates::LocaleFormats::of_with(self.l.lang, self.viewer.map(|v| v.calendar).unwrap_or_default())
    }

    /// A whole number in the viewer's locale's digits.
    pub fn number(&self, n: impl TryInto<i64>) -> String {
        self.formats().number(n.try_into().unwrap_or(i64::MAX))
    }

    pub fn person(&self, id: &jirga_core::ids::PersonId) -> String {
        self.state.people.get(id).map(|p| p.name_latin.to_string()).unwrap_or_else(|| id.to_string())
    }

    pub fn party(&self, id: &jirga_core::ids::PartyId) -> String {
        self.state.parties.get(id).map(|p| p.short_name.as_ref().unwrap_or(&p.name).to_string()).unwrap_or_else(|| id.to_string())
    }
}

/// A whole page: header, navigation for the current initiative, flash, content.
pub fn page(ctx: &Ctx, title: &str, content: Markup) -> Markup {
    let initiative = ctx.page.initiative(ctx.state);
    html! {
        (DOCTYPE)
        html lang=(ctx.l.lang) dir=(ctx.l.dir) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — " (ctx.t("app-name")) }
                link rel="stylesheet" href=(crate::assets::href("jirga.css"));
            }
            body {
                a.skip href="#main" { (ctx.t("nav-skip")) }
                header.masthead {
                    div.wrap {
                        a.brand href=(Page::Home.href()) { (ctx.t("app-name")) }
                        span.tagline { (ctx.t("app-tagline")) }
                        (language_switcher(ctx))
                        @if let Some(viewer) = ctx.viewer {
                            form.signed-in method="post" action="/logout" {
                                a #signed-in-as href=(Page::Profile.href()) { (ctx.ta("signed-in-as", &[("name", viewer.principal.actor.name.clone()), ("organization", viewer.principal.actor.organization.clone())])) }
                                input type="hidden" name="_csrf" value=(viewer.csrf);
                                " "
                                button.link type="submit" { (ctx.t("logout")) }
                            }
                        }
                    }
                }
                @if ctx.viewer.is_some() {
                nav.wrap.nav aria-label=(ctx.t("nav-label")) {
                    @if let Some(ini) = &initiative {
                        a href=(Page::Dashboard(ini.clone()).href()) { (ctx.t("nav-dashboard")) }
                        a href=(Page::Approval(ini.clone()).href()) { (ctx.t("nav-approval")) }
                        a href=(Page::Liaison(ini.clone()).href()) { (ctx.t("nav-liaison")) }
                        a href=(Page::Delegations(ini.clone()).href()) { (ctx.t("nav-delegations")) }
                        a href=(Page::Phases(ini.clone()).href()) { (ctx.t("nav-phases")) }
                        a href=(Page::Meetings(ini.clone()).href()) { (ctx.t("nav-meetings")) }
                        a href=(Page::Claims(ini.clone(), None).href()) { (ctx.t("nav-claims")) }
                        a href=(Page::Commitments(ini.clone(), None).href()) { (ctx.t("nav-commitments")) }
                        a href=(Page::Results(ini.clone(), Default::default()).href()) { (ctx.t("nav-results")) }
                    }
                    a href=(Page::Initiatives.href()) { (ctx.t("nav-initiatives")) }
                    a href=(Page::Registers.href()) { (ctx.t("nav-registers")) }
                    a href=(Page::Communities.href()) { (ctx.t("nav-communities")) }
                    a href=(Page::Passes(None).href()) { (ctx.t("nav-passes")) }
                    a href=(Page::Border.href()) { (ctx.t("nav-border")) }
                    a href=(Page::Crossings(None).href()) { (ctx.t("nav-crossings")) }
                    a href=(Page::Incidents(Default::default()).href()) { (ctx.t("nav-incidents")) }
                    @if ctx.reads_log {
                        a href=(Page::Events(None).href()) { (ctx.t("nav-events")) }
                        a href=(Page::Audit.href()) { (ctx.t("nav-audit")) }
                        a href=(Page::Policies.href()) { (ctx.t("nav-policies")) }
                    }
                }
                }
                main.wrap #main {
                    @if ctx.l.unreviewed > 0 {
                        p.translation-status #translation-status { (ctx.ta("translation-awaits-review", &[("count", ctx.l.unreviewed.to_string())])) }
                    }
                    @if let Some(flash) = &ctx.flash {
                        div.flash role="status" { (flash) }
                    }
                    (content)
                }
                footer.wrap.footer {
                    (ctx.t("footer-record"))
                    @if ctx.formats().computed_hijri() { " " span #hijri-computed { (ctx.t("calendar-hijri-computed")) } }
                }
            }
        }
    }
}

/// The language switcher: each offered language named in itself, the
/// current one marked. A form, so that choosing is a request that may change
/// the signed-in person's preference (with their form token).
fn language_switcher(ctx: &Ctx) -> Markup {
    let offered: Vec<_> = crate::i18n::LOCALES.iter().filter(|l| l.offered).collect();
    if offered.len() < 2 {
        return html! {};
    }
    html! {
        form.languages method="post" action="/language" #language-switcher aria-label=(ctx.t("language-switcher")) {
            input type="hidden" name="return_to" value=(ctx.page.href());
            @if let Some(viewer) = ctx.viewer { input type="hidden" name="_csrf" value=(viewer.csrf); }
            ul {
                @for locale in offered {
                    li {
                        button.link type="submit" name="locale" value=(locale.tag) lang=(locale.tag) dir=(locale.dir)
                            aria-current=[(locale.tag == ctx.l.lang).then_some("true")] { (locale.native_name) }
                    }
                }
            }
        }
    }
}

/// A status tag (coloured by `class`).
pub fn tag(class: &str, text: &str) -> Markup {
    html! { strong class={"tag tag-" (class)} { (text) } }
}

/// Rows a list page (commitments, claims, meetings, passes, crossings) shows at
/// a time; `?page=N` shows the others, so no list grows a page without bound.
pub const ROWS_PER_PAGE: usize = 100;

/// Page `number` (from 1; out of range shows the last) of `rows`, and the
/// navigation between pages of this list (nothing when one page holds them all).
pub fn paged<'r, T>(ctx: &Ctx, rows: &'r [T], number: usize) -> (&'r [T], Markup) {
    let pages = rows.len().div_ceil(ROWS_PER_PAGE).max(1);
    let number = number.clamp(1, pages);
    let start = (number - 1) * ROWS_PER_PAGE;
    let shown = &rows[start..rows.len().min(start + ROWS_PER_PAGE)];
    if pages == 1 {
        return (shown, html! {});
    }
    let href = |n: usize| {
        let base = ctx.page.href();
        format!("{base}{}page={n}", if base.contains('?') { '&' } else { '?' })
    };
    let position = [("first", (start + 1).to_string()), ("last", (start + shown.len()).to_string()), ("total", rows.len().to_string())];
    let nav = html! {
        nav.pager aria-label=(ctx.t("pager-label")) {
            @if number > 1 { a rel="prev" href=(href(number - 1)) { (ctx.t("pager-previous")) } " " }
            span.meta { (ctx.ta("pager-position", &position)) }
            @if number < pages { " " a rel="next" href=(href(number + 1)) { (ctx.t("pager-next")) } }
        }
    };
    (shown, nav)
}

/// Notes and history rows a record page shows: the latest; the rest are on
/// the record (the API's lists page through them all). A record with half a
/// million notes made an 87 MB page before.
pub const LATEST_SHOWN: usize = 50;

/// The latest notes on record `id`, and the form to add one.
pub fn notes(ctx: &Ctx, id: &str) -> Markup {
    // In the order they were recorded (the map's order: ids sort as they were made).
    let all: Vec<_> = ctx.state.notes.values().filter(|n| n.record.as_str() == id).collect();
    let earlier = all.len().saturating_sub(LATEST_SHOWN);
    let notes = &all[earlier..];
    let form = Form::new(ctx, "add_note", id);
    html! {
        section.notes id={"notes-" (id)} {
            h2 { (ctx.t("notes-title")) }
            @if notes.is_empty() { p.meta { (ctx.t("notes-none")) } }
            @if earlier > 0 { p.meta { (ctx.ta("notes-earlier", &[("count", earlier.to_string())])) } }
            @for n in notes {
                blockquote.note {
                    p dir="auto" { (n.text) }
                    @if let Some(first) = n.history.first() {
                        footer.meta { (first.actor.name) " · " (first.at.strftime("%Y-%m-%d %H:%M UTC")) " · "
                            a href=(Page::Proof(first.seq).href()) { "#" (first.seq) } }
                    }
                }
            }
            (form.render(&ctx.t("notes-add"), &ctx.t("notes-add-submit"), html! {
                (form.hidden("record", id))
                (form.textarea("text", &ctx.t("field-note"), ""))
            }))
        }
    }
}

/// "Who did what when" for a record, with each change's log position.
pub fn history(ctx: &Ctx, history: &[Stamp]) -> Markup {
    let earlier = history.len().saturating_sub(LATEST_SHOWN);
    let history = &history[earlier..];
    html! {
        section.history {
            h2 { (ctx.t("history-title")) }
            @if earlier > 0 { p.meta { (ctx.ta("history-earlier", &[("count", earlier.to_string())])) " "
                a href=(Page::Events(None).href()) { (ctx.t("record-ledger-link")) } } }
            table {
                thead { tr { th { (ctx.t("history-seq")) } th { (ctx.t("history-when")) } th { (ctx.t("history-who")) } th { (ctx.t("history-what")) } } }
                tbody {
                    @for stamp in history {
                        tr {
                            td { a href=(Page::Proof(stamp.seq).href()) { "#" (stamp.seq) } }
                            td { (stamp.at.strftime("%Y-%m-%d %H:%M:%S UTC")) }
                            td { (stamp.actor.name) " " span.muted { "(" (stamp.actor.user) ", " (stamp.actor.organization) ")" } }
                            td { (ctx.t(&format!("change-{}", stamp.change.replace('_', "-")))) }
                        }
                    }
                }
            }
        }
    }
}

/// Ledger position of a record: the log index of the event that created it.
pub fn ledger_ref(ctx: &Ctx, id: &impl std::fmt::Display, history: &[Stamp]) -> Markup {
    let id = id.to_string();
    html! {
        p.meta.record-line {
            // The id a script needs, and the record as the API gives it.
            (ctx.t("record-id")) " " code.record-id dir="ltr" { (id) }
            @if let Some(href) = api_href(&id) { " (" a href=(href) { (ctx.t("record-as-json")) } ")" }
            @if let Some(first) = history.first() {
                " · " (ctx.ta("record-ledger-index", &[("seq", first.seq.to_string())])) " "
                a href=(Page::Proof(first.seq).href()) { (ctx.t("record-proof-link")) } " · "
                a href=(Page::Event(first.seq).href()) { (ctx.t("record-event-link")) }
            }
        }
    }
}

/// The API address of the record with this id (`/api/v1/<collection>/<id>`).
pub fn api_href(id: &str) -> Option<String> {
    let prefix = id.split('-').next()?;
    let kind = RECORD_KINDS.iter().find(|(p, _)| *p == prefix)?.1;
    let collection = RECORD_COLLECTIONS.iter().find(|(_, k)| *k == kind)?.0;
    Some(format!("/api/v1/{collection}/{id}"))
}

/// "This list as JSON": the API's list a page shows, for scripts.
pub fn json_list_link(ctx: &Ctx, collection: &str, initiative: Option<&InitiativeId>) -> Markup {
    let href = match initiative {
        Some(ini) => format!("/api/v1/{collection}?initiative={ini}"),
        None => format!("/api/v1/{collection}"),
    };
    html! { p.meta.json-link { a href=(href) { (ctx.t("list-as-json")) } } }
}

/// One form posting one command. Fields it renders show their own error and keep
/// what the person typed when the command was refused.
pub struct Form<'a> {
    ctx: &'a Ctx<'a>,
    command: &'static str,
    /// Distinguishes several forms of the same command on one page.
    instance: String,
    /// The form has "add another"/"remove" buttons (see [`Form::repeated`]).
    has_row_buttons: std::cell::Cell<bool>,
    /// The form uploads a file (see [`Form::photo`]): posted as multipart.
    uploads: std::cell::Cell<bool>,
}

impl<'a> Form<'a> {
    pub fn new(ctx: &'a Ctx<'a>, command: &'static str, instance: impl Into<String>) -> Self {
        Form { ctx, command, instance: instance.into(), has_row_buttons: std::cell::Cell::new(false), uploads: std::cell::Cell::new(false) }
    }

    fn form_id(&self) -> String {
        format!("{}-{}", self.command, self.instance)
    }

    fn error(&self) -> Option<&'a FormError> {
        self.ctx.form_error.filter(|e| e.form_id == self.form_id())
    }

    fn submitted(&self, name: &str) -> Option<Vec<&'a str>> {
        self.error().map(|e| e.values.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect())
    }

    fn field_id(&self, name: &str) -> String {
        format!("{}-{}", self.form_id(), field_key(name))
    }

    /// The error message beside field `name`, if the refused command named it.
    fn field_error(&self, name: &str) -> Option<&'a str> {
        let e = self.error()?;
        if let Some((_, message)) = e.problems.iter().find(|(field, _)| field_key(name) == field_key(field)) {
            return Some(message.as_str());
        }
        let field = e.field.as_deref()?;
        (field_key(name) == field_key(field)).then_some(e.message.as_str())
    }

    /// The whole form: hidden routing fields, the error summary, the fields, a button.
    pub fn render(&self, heading: &str, submit: &str, fields: Markup) -> Markup {
        // Judged on the record the form acts on, when its instance is one: a
        // policy may permit a command only on records of a kind or status.
        let target = self.ctx.state.kind_of(&self.instance).map(|_| self.instance.as_str());
        if !(self.ctx.may)(self.command, target) {
            return html! {};
        }
        let error = self.error();
        html! {
            form.form method="post" action=(self.ctx.page.href()) id=(self.form_id())
                enctype=[self.uploads.get().then_some("multipart/form-data")] novalidate {
                h3 { (heading) }
                @if let Some(e) = error.filter(|e| !e.message.is_empty()) {
                    div.error-summary role="alert" tabindex="-1" {
                        h4 { @if e.problems.is_empty() { (self.ctx.t("form-error-title")) } @else { (e.message) } }
                        @if e.problems.is_empty() {
                            p { @if let Some(field) = &e.field { a href={"#" (self.field_id(field))} { (e.message) } } @else { (e.message) } }
                            p.code { (self.ctx.t("form-error-code")) " " code { (e.code) } }
                        } @else {
                            ul.error-list { @for (field, message) in &e.problems { li { a href={"#" (self.field_id(field))} { (message) } } } }
                        }
                    }
                }
                // Enter in a field submits with the form's first button: with
                // row buttons in it, that must be the form's own (hidden) submit.
                @if self.has_row_buttons.get() {
                    button.default-submit type="submit" tabindex="-1" aria-hidden="true" { (submit) }
                }
                input type="hidden" name="type" value=(self.command);
                input type="hidden" name="_form" value=(self.form_id());
                input type="hidden" name="_return_to" value=(self.ctx.page.href());
                input type="hidden" name="_csrf" value=(self.ctx.viewer.map(|v| v.csrf.as_str()).unwrap_or_default());
                (fields)
                button.button.form-submit type="submit" { (submit) }
            }
        }
    }

    /// A field: its label, hint and error, and the control `control` makes
    /// (given the ids of the hint and the error, for `aria-describedby`, so a
    /// screen reader reads them with the control).
    fn wrap(&self, name: &str, label: &str, hint: Option<&str>, control: impl FnOnce(Option<String>) -> Markup) -> Markup {
        let err = self.field_error(name);
        let id = self.field_id(name);
        let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
        let described: Vec<&str> =
            [hint.map(|_| hint_id.as_str()), err.as_ref().map(|_| error_id.as_str())].into_iter().flatten().collect();
        let described = (!described.is_empty()).then(|| described.join(" "));
        html! {
            div class={"field" @if err.is_some() { " field-error" }} {
                label for=(id) { (label) }
                @if let Some(hint) = hint { span.hint id=(hint_id) { (hint) } }
                @if let Some(msg) = err { span.error-message id=(error_id) { (msg) } }
                (control(described))
            }
        }
    }

    pub fn hidden(&self, name: &str, value: &str) -> Markup {
        html! { input type="hidden" name=(name) value=(value); }
    }

    pub fn text(&self, name: &str, label: &str, default: &str) -> Markup {
        let value = self.submitted(name).and_then(|v| v.first().copied()).unwrap_or(default);
        self.wrap(name, label, None, |described| {
            // dir="auto": a name typed in Pashto shows right to left, one in English left to right.
            html! { input type="text" id=(self.field_id(name)) name=(name) value=(value) dir="auto" aria-describedby=[described]; }
        })
    }

    /// A photo to upload (JPEG or PNG), with the one kept from an earlier
    /// round shown above it and carried in `kept` (base64 of the stored JPEG),
    /// so a form shown again with a problem does not ask for it again.
    pub fn photo(&self, upload: &str, kept: &str, label: &str, hint: &str) -> Markup {
        self.uploads.set(true);
        let kept_photo = self.submitted(kept).and_then(|v| v.last().copied()).filter(|v| !v.is_empty());
        self.wrap(upload, label, Some(hint), |described| {
            html! {
                @if let Some(photo) = kept_photo {
                    figure.photo-kept {
                        img.holder-photo src={"data:image/jpeg;base64," (photo)} alt=(self.ctx.t("photo-alt"));
                        figcaption { (self.ctx.t("photo-kept")) }
                    }
                    input type="hidden" name=(kept) value=(photo);
                }
                input type="file" id=(self.field_id(upload)) name=(upload) accept="image/jpeg,image/png" aria-describedby=[described];
            }
        })
    }

    pub fn textarea(&self, name: &str, label: &str, default: &str) -> Markup {
        let value = self.submitted(name).and_then(|v| v.first().copied()).unwrap_or(default);
        let rows = value.lines().count().clamp(3, 30);
        self.wrap(name, label, None, |described| {
            html! { textarea id=(self.field_id(name)) name=(name) rows=(rows) dir="auto" aria-describedby=[described] { (value) } }
        })
    }

    /// A day, typed as the hint shows it (`2025-03-15`): a text input, not the
    /// browser's date picker, which shows the browser's own format
    /// (`mm/dd/yyyy` in a US-English browser) beside a hint that says another.
    pub fn date(&self, name: &str, label: &str, default: &str) -> Markup {
        let value = self.submitted(name).and_then(|v| v.first().copied()).unwrap_or(default);
        let hint = self.ctx.t("form-date-hint");
        self.wrap(name, label, Some(&hint), |described| {
            html! {
                input.input-date type="text" id=(self.field_id(name)) name=(name) value=(value) inputmode="numeric" dir="ltr"
                    autocomplete="off" spellcheck="false" size="10" aria-describedby=[described];
                // Names the field as a day typed in the reader's locale (see `html::typed_days`).
                input type="hidden" name="_days" value=(name);
            }
        })
    }

    pub fn number(&self, name: &str, label: &str, default: &str) -> Markup {
        let value = self.submitted(name).and_then(|v| v.first().copied()).unwrap_or(default);
        self.wrap(name, label, None, |described| {
            html! { input type="number" id=(self.field_id(name)) name=(name) value=(value) inputmode="numeric" aria-describedby=[described]; }
        })
    }

    pub fn select(&self, name: &str, label: &str, options: &[(String, String)], default: &str) -> Markup {
        let chosen = self.submitted(name).and_then(|v| v.first().copied()).unwrap_or(default);
        self.wrap(name, label, None, |described| {
            html! {
                select id=(self.field_id(name)) name=(name) aria-describedby=[described] {
                    option value="" { (self.ctx.t("form-choose")) }
                    @for (value, text) in options {
                        option value=(value) selected[value == chosen] { (text) }
                    }
                }
            }
        })
    }

    /// A group of checkboxes posting `name[]`.
    pub fn checkboxes(&self, name: &str, label: &str, options: &[(String, String)], checked: &[String]) -> Markup {
        let list_name = format!("{name}[]");
        let submitted = self.submitted(&list_name);
        let is_checked = |v: &str| match &submitted {
            Some(s) => s.contains(&v),
            None => checked.iter().any(|c| c == v),
        };
        let err = self.field_error(name);
        html! {
            fieldset class={"field" @if err.is_some() { " field-error" }} id=(self.field_id(name)) {
                legend { (label) }
                @if let Some(msg) = err { span.error-message { (msg) } }
                input type="hidden" name=(list_name) value="";
                div.checkboxes {
                    @for (value, text) in options {
                        label.checkbox {
                            input type="checkbox" name=(list_name) value=(value) checked[is_checked(value)];
                            " " (text)
                        }
                    }
                }
            }
        }
    }

    /// A group of repeated fields (`name.0.x`, `name.1.x`, ...) under one legend,
    /// with the error about the group as a whole.
    pub fn group(&self, name: &str, legend: &str, rows: Markup) -> Markup {
        let err = self.field_error(name);
        html! {
            fieldset class={"field" @if err.is_some() { " field-error" }} id=(self.field_id(name)) {
                legend { (legend) }
                @if let Some(msg) = err { span.error-message { (msg) } }
                (rows)
            }
        }
    }

    /// A group of rows the person can add to and remove from without
    /// JavaScript: `row(i)` renders row `i`; each row has a "Remove" button,
    /// the group an "Add another" button (both submit the form back to itself,
    /// see [`crate::forms::edit_rows`]). Starts with `initial` rows.
    pub fn repeated(&self, name: &str, legend: &str, add_label: &str, initial: usize, row: impl Fn(usize) -> Markup) -> Markup {
        self.has_row_buttons.set(true);
        let rows = match self.error() {
            Some(e) => crate::forms::row_count(&e.values, name),
            None => initial.clamp(1, crate::forms::MAX_ROWS),
        };
        self.group(
            name,
            legend,
            html! {
                input type="hidden" name={"_rows." (name)} value=(rows);
                @for i in 0..rows {
                    div.row.repeated-row {
                        (row(i))
                        @if rows > 1 {
                            button.button.secondary.small type="submit" name="_remove_row" value={(name) "." (i)} formnovalidate {
                                (self.ctx.ta("form-remove-row", &[("n", (i + 1).to_string())]))
                            }
                        }
                    }
                }
                @if rows < crate::forms::MAX_ROWS {
                    button.button.secondary type="submit" name="_add_row" value=(name) formnovalidate { (add_label) }
                }
            },
        )
    }

    /// A single yes/no checkbox posting `name:b`.
    pub fn checkbox(&self, name: &str, label: &str, default: bool) -> Markup {
        let field = format!("{name}:b");
        let checked = match self.submitted(&field) {
            Some(v) => v.iter().any(|x| *x == "on" || *x == "true"),
            None => default,
        };
        html! {
            div.field {
                input type="hidden" name=(field) value="false";
                label.checkbox { input type="checkbox" name=(field) value="true" checked[checked]; " " (label) }
            }
        }
    }
}

/// Field names as forms write them (`members.0.person`, `topics[]`, `n:n`) and as
/// parse errors report them (`members[0].person`) reduce to one key.
pub fn field_key(name: &str) -> String {
    let name = name.trim_start_matches('.');
    let name = name.strip_suffix("[]").unwrap_or(name);
    let name = name.strip_suffix(":n").or_else(|| name.strip_suffix(":b")).unwrap_or(name);
    name.replace('[', ".").replace(']', "")
}

/// Options for a closed vocabulary, labelled through Fluent.
pub fn choices<T: Copy>(ctx: &Ctx, all: &[T], value: impl Fn(T) -> &'static str, id: impl Fn(T) -> String) -> Vec<(String, String)> {
    all.iter().map(|v| (value(*v).to_owned(), ctx.t(&id(*v)))).collect()
}

pub fn people_options(ctx: &Ctx) -> Vec<(String, String)> {
    ctx.state
        .people
        .values()
        .map(|p| {
            let org = p.party.as_ref().map(|o| format!(" ({})", ctx.party(o))).unwrap_or_default();
            (p.id.to_string(), format!("{}{}", p.name_latin, org))
        })
        .collect()
}

pub fn party_options(ctx: &Ctx) -> Vec<(String, String)> {
    ctx.state.parties.values().map(|p| (p.id.to_string(), p.name.to_string())).collect()
}

pub fn topic_options(ctx: &Ctx, topics: &[jirga_core::model::Topic]) -> Vec<(String, String)> {
    topics.iter().map(|t| (t.as_str().to_owned(), ctx.t(&t.fluent_id()))).collect()
}
