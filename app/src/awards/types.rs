//! What the awards pages show, as the server sends it.

use super::rules::VotingState;
use serde::{Deserialize, Serialize};

/// A category's live count, as the hub passes it around (all counts) and as the big screen
/// receives it (counts removed while hidden).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LiveTally {
    pub category_id: i32,
    /// Orders tallies: a later one never gives way to an earlier one.
    pub revision: i64,
    pub state: VotingState,
    pub hide_results: bool,
    /// Votes cast (one per attendee; a changed vote counts once).
    pub total: u32,
    /// (nomination id, votes); empty while hidden.
    pub counts: Vec<(i32, u32)>,
}

impl LiveTally {
    /// Whether the counts may be shown now.
    pub fn counts_visible(&self) -> bool {
        !self.hide_results || self.state == VotingState::Revealed
    }

    /// What a viewer may see: only the number of votes cast while results are hidden.
    pub fn for_screen(&self) -> LiveTally {
        let mut out = self.clone();
        if !self.counts_visible() {
            out.counts.clear();
        }
        out
    }

    pub fn votes_for(&self, nomination: i32) -> Option<u32> {
        self.counts
            .iter()
            .find(|(n, _)| *n == nomination)
            .map(|(_, v)| *v)
            .or_else(|| self.counts_visible().then_some(0))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NomineeView {
    pub nomination_id: i32,
    pub partnership_id: i32,
    pub title: String,
    /// "Manila Water Company → Davao City Water District"
    pub partners: String,
    pub statement: String,
    /// "Non-revenue water: 38 → 27 % (target 25)", one a line.
    pub outcomes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultRow {
    pub nomination_id: i32,
    pub title: String,
    pub jury: f64,
    pub audience: f64,
    pub combined: f64,
    pub votes: u32,
}

/// A category's result as revealed, kept with the category so it never moves afterwards.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RevealedResult {
    /// The ranking, winner first.
    pub rows: Vec<ResultRow>,
    /// Voters whose vote was withdrawn because their registration was cancelled or rejected.
    pub withdrawn: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryView {
    pub id: i32,
    pub name: String,
    pub description: String,
    pub state: VotingState,
    pub jury_weight: i32,
    pub hide_results: bool,
    pub nominees: Vec<NomineeView>,
    pub tally: LiveTally,
    /// Once revealed: the ranking, winner first.
    pub results: Vec<ResultRow>,
    /// Once revealed: votes withdrawn (registrations cancelled or rejected) and not counted.
    pub votes_withdrawn: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AwardsView {
    pub edition_title: String,
    pub categories: Vec<CategoryView>,
    pub tie_break: String,
    pub is_admin: bool,
    /// Where attendees vote (`/awards/vote` on the public address), and its QR code as SVG
    /// for the big screen.
    pub vote_url: String,
    pub vote_qr_svg: String,
}

/// An attendee's voting page, reached with their personal code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BallotView {
    pub attendee: String,
    pub checked_in: bool,
    pub categories: Vec<BallotCategory>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BallotCategory {
    pub id: i32,
    pub name: String,
    pub state: VotingState,
    pub nominees: Vec<(i32, String)>,
    /// The nomination the attendee's counted vote is for.
    pub chosen: Option<i32>,
    /// One-time token for the next vote in this category.
    pub nonce: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoteReceipt {
    pub category_id: i32,
    pub nomination_id: i32,
    pub nominee: String,
    pub receipt: String,
    pub next_nonce: String,
    /// The category's revision this vote made: every tally from it on includes the vote.
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReceiptCheck {
    pub receipt: String,
    pub category: String,
    pub nominee: String,
    pub cast_at: String,
    /// Whether this ballot is the attendee's last in the category, the one that counts.
    pub counted: bool,
    /// Whether this entry took the attendee's vote back (registration cancelled or rejected).
    pub withdrawn: bool,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JuryNomination {
    pub nomination_id: i32,
    pub title: String,
    pub partners: String,
    /// (criterion id, name, weight, this juror's score)
    pub criteria: Vec<(i32, String, i32, Option<i32>)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JurorProgress {
    pub category: String,
    pub juror: String,
    /// Criteria scores given, of those expected (nominations they may score × criteria).
    pub given: u32,
    pub expected: u32,
}
