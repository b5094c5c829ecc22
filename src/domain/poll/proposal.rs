//! Proposals: agree, abstain, disagree or block, and whether enough
//! people took part. The rule is stated before anyone votes: quorum met,
//! nobody blocks, and agree reaches its share of those who took a side.

/// A member's stance on a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    Agree,
    Abstain,
    Disagree,
    /// A serious objection: one block stops the proposal.
    Block,
}

/// Whether enough people took part: a share of the members (per cent) or
/// a number, whichever the poll set; none set means no quorum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quorum {
    None,
    Percent(u8),
    People(u64),
}

impl Quorum {
    pub fn needed(&self, members: u64) -> u64 {
        match *self {
            Quorum::None => 0,
            Quorum::Percent(p) => super::tally::least_share(members, p),
            Quorum::People(n) => n,
        }
    }

    pub fn met(&self, voted: u64, members: u64) -> bool {
        voted >= self.needed(members)
    }
}

/// How a proposal ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalOutcome {
    Accepted,
    /// Short of the share of agree needed.
    NotAccepted,
    Blocked,
    NoQuorum,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stances {
    pub agree: u64,
    pub abstain: u64,
    pub disagree: u64,
    pub block: u64,
}

impl Stances {
    pub fn of(ballots: &[Stance]) -> Stances {
        let mut s = Stances::default();
        for b in ballots {
            match b {
                Stance::Agree => s.agree += 1,
                Stance::Abstain => s.abstain += 1,
                Stance::Disagree => s.disagree += 1,
                Stance::Block => s.block += 1,
            }
        }
        s
    }

    pub fn voted(&self) -> u64 {
        self.agree + self.abstain + self.disagree + self.block
    }
}

/// A proposal passes when quorum is met, nobody blocks, and agree is at
/// least `agree_percent` of those who took a side (abstentions count for
/// the quorum but not for the share).
pub fn proposal(s: Stances, agree_percent: u8, quorum: Quorum, members: u64) -> ProposalOutcome {
    if !quorum.met(s.voted(), members) {
        return ProposalOutcome::NoQuorum;
    }
    if s.block > 0 {
        return ProposalOutcome::Blocked;
    }
    let sides = s.agree + s.disagree;
    if sides > 0 && s.agree * 100 >= sides * u64::from(agree_percent.min(100)) {
        ProposalOutcome::Accepted
    } else {
        ProposalOutcome::NotAccepted
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proposal_needs_quorum_no_block_and_its_share_of_agree() {
        let s = |agree, abstain, disagree, block| Stances {
            agree,
            abstain,
            disagree,
            block,
        };
        let q = Quorum::Percent(50);
        assert_eq!(
            proposal(s(6, 2, 2, 0), 75, q, 20),
            ProposalOutcome::Accepted
        );
        assert_eq!(
            proposal(s(5, 2, 3, 0), 75, q, 20),
            ProposalOutcome::NotAccepted
        );
        assert_eq!(proposal(s(9, 0, 0, 1), 75, q, 20), ProposalOutcome::Blocked);
        assert_eq!(
            proposal(s(6, 2, 1, 0), 75, q, 20),
            ProposalOutcome::NoQuorum,
            "9 of 20"
        );
        assert_eq!(Quorum::Percent(50).needed(21), 11, "rounded up");
        assert_eq!(Quorum::People(7).needed(100), 7);
    }
}
