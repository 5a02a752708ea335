//! One module per area of the process; each renders its pages from the state.

mod claims;
mod commitments;
mod dashboard;
mod delegations;
mod mandate;
mod registers;
mod talks;

use jirga_core::EventRecord;
use maud::Markup;

use super::layout::{page, Ctx};
use super::Page;

/// The page's markup, or `None` when it names a record that does not exist.
pub fn render(ctx: &Ctx, events: &[EventRecord]) -> Option<Markup> {
    let (title, body) = match ctx.page {
        Page::Home => match ctx.state.initiatives.keys().next() {
            Some(first) => dashboard::dashboard(ctx, first)?,
            None => registers::initiatives(ctx),
        },
        Page::Initiatives => registers::initiatives(ctx),
        Page::Registers => registers::registers(ctx),
        Page::Events(seq) => registers::events(ctx, events, *seq),
        Page::Dashboard(i) => dashboard::dashboard(ctx, i)?,
        Page::Approval(i) => mandate::approval(ctx, i)?,
        Page::Liaison(i) => mandate::liaison(ctx, i)?,
        Page::Delegations(i) => delegations::list(ctx, i)?,
        Page::Delegation(d) => delegations::one(ctx, d)?,
        Page::Phases(i) => talks::phases(ctx, i)?,
        Page::Meetings(i) => talks::meetings(ctx, i)?,
        Page::Meeting(m) => talks::meeting(ctx, m)?,
        Page::Claims(i, topic) => claims::claims(ctx, i, topic.as_deref())?,
        Page::Commitments(i, status) => commitments::list(ctx, i, status.as_deref())?,
        Page::Commitment(c) => commitments::one(ctx, c)?,
    };
    Some(page(ctx, &title, body))
}
