use super::*;
use serde_json::json;

const GROUP: &str = "120363000000000001@g.us";

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_764_000_000, 0).unwrap_or_default()
}

fn envelope(event: &str, payload: serde_json::Value) -> Envelope {
    serde_json::from_value(json!({
        "id": "evt_01jn0000000000000000000000",
        "timestamp": 1_741_249_702_485_i64,
        "event": event,
        "session": "default",
        "me": {"id": "447700900000@c.us", "pushName": "Kettle"},
        "payload": payload,
        "engine": "GOWS",
    }))
    .unwrap()
}

fn group_message(from: &str, body: &str) -> Envelope {
    envelope(
        "message",
        json!({
            "id": format!("false_{GROUP}_3EB0AAAA_{from}"),
            "timestamp": 1_667_561_485,
            "from": GROUP,
            "fromMe": false,
            "participant": from,
            "body": body,
            "hasMedia": false,
            "_data": {"notifyName": "Ana"},
        }),
    )
}

fn updates(event: Event) -> Vec<Inbound> {
    match event {
        Event::Updates(u) => u,
        other => panic!("expected updates, got {other:?}"),
    }
}

#[test]
fn a_command_in_a_group_comes_from_its_participant_with_their_name() {
    let inbound = updates(read(
        &group_message("447700900111@c.us", "/checkin"),
        "h",
        now(),
    ));
    assert_eq!(inbound.len(), 1);
    let i = &inbound[0];
    assert_eq!(
        i.key,
        format!("wa:m:false_{GROUP}_3EB0AAAA_447700900111@c.us")
    );
    assert_eq!(i.chat.chat_id, GROUP);
    assert_eq!(i.chat.kind, ChatKind::Group);
    let sender = i.sender.as_ref().unwrap();
    assert_eq!(sender.user_id, "447700900111@c.us");
    assert_eq!(sender.display_name, "Ana");
    assert_eq!(i.event, InboundEvent::Text("/checkin".into()));
}

#[test]
fn ordinary_group_talk_never_reaches_kettle_but_numbers_do() {
    for talk in [
        "see you all tonight!",
        "I'll bring biscuits",
        "2 people can't come",
        "",
    ] {
        assert_eq!(
            read(&group_message("1@c.us", talk), "h", now()),
            Event::Nothing,
            "{talk}"
        );
    }
    let number = updates(read(&group_message("123@lid", " 2 "), "h", now()));
    assert_eq!(number[0].event, InboundEvent::Text("2".into()));
    assert_eq!(number[0].sender.as_ref().unwrap().user_id, "123@lid");
}

#[test]
fn a_private_start_code_opens_that_private_view() {
    let e = envelope(
        "message",
        json!({"id": "false_447700900111@c.us_AAA", "from": "447700900111@c.us",
               "fromMe": false, "body": "start abC_9", "_data": {}}),
    );
    let i = &updates(read(&e, "h", now()))[0];
    assert_eq!(i.chat.kind, ChatKind::Private);
    assert_eq!(
        i.event,
        InboundEvent::OpenedPrivately {
            payload: Some("abC_9".into())
        }
    );
    // No name given: the one Kettle knows is kept.
    assert_eq!(i.sender.as_ref().unwrap().display_name, "");
}

#[test]
fn kettles_own_messages_channels_and_statuses_are_not_for_it() {
    let own = envelope(
        "message",
        json!({"id": "true_x", "from": GROUP, "fromMe": true, "body": "/help"}),
    );
    assert_eq!(read(&own, "h", now()), Event::Nothing);
    for from in ["status@broadcast", "1203@newsletter"] {
        let e = envelope(
            "message",
            json!({"id": "false_x", "from": from, "fromMe": false, "body": "/help"}),
        );
        assert_eq!(read(&e, "h", now()), Event::Nothing, "{from}");
    }
}

#[test]
fn kettle_added_to_and_removed_from_a_group() {
    let join = envelope(
        "group.v2.join",
        json!({"group": {"id": GROUP, "subject": "Tenants of Elm Court", "participants": []}}),
    );
    let i = &updates(read(&join, "h", now()))[0];
    assert_eq!(i.event, InboundEvent::BotAdded);
    assert_eq!(i.chat_title.as_deref(), Some("Tenants of Elm Court"));
    assert_eq!(i.key, "wa:evt_01jn0000000000000000000000");
    let leave = envelope("group.v2.leave", json!({"group": {"id": GROUP}}));
    assert_eq!(
        updates(read(&leave, "h", now()))[0].event,
        InboundEvent::BotRemoved
    );
}

#[test]
fn members_join_and_leave_one_by_one_and_admin_changes_refresh() {
    let change = |kind: &str| {
        envelope(
            "group.v2.participants",
            json!({"type": kind, "timestamp": 1, "group": {"id": GROUP},
                   "participants": [{"id": "1@c.us", "role": "participant"},
                                    {"id": "447700900000@c.us", "role": "participant"},
                                    {"id": "2@lid", "role": "participant"}]}),
        )
    };
    let joined = updates(read(&change("join"), "h", now()));
    assert_eq!(joined.len(), 1);
    let InboundEvent::MembersJoined(people) = &joined[0].event else {
        panic!("{joined:?}")
    };
    let ids: Vec<_> = people.iter().map(|p| p.user_id.as_str()).collect();
    assert_eq!(ids, ["1@c.us", "2@lid"], "Kettle itself is not a member");
    let left = updates(read(&change("leave"), "h", now()));
    assert_eq!(left.len(), 2);
    assert_ne!(left[0].key, left[1].key);
    assert_eq!(
        read(&change("promote"), "h", now()),
        Event::AdminsChanged {
            group: GROUP.into()
        }
    );
}

#[test]
fn the_session_state_and_an_envelope_without_id() {
    let status = envelope("session.status", json!({"status": "SCAN_QR_CODE"}));
    assert_eq!(
        read(&status, "h", now()),
        Event::Session("SCAN_QR_CODE".into())
    );
    let mut join = envelope("group.v2.join", json!({"group": {"id": GROUP}}));
    join.id = None;
    assert_eq!(updates(read(&join, "h:abc", now()))[0].key, "wa:h:abc");
}

#[test]
fn a_vote_on_kettles_own_poll_carries_the_whole_selection() {
    let vote = |poll_from_me: bool, event: &str| {
        envelope(
            event,
            json!({
                "vote": {"id": format!("false_{GROUP}_1C18A7"), "to": GROUP,
                         "from": "447700900111@c.us", "fromMe": false,
                         "selectedOptions": ["1. Tue", "3. Thu"], "timestamp": 1_692_861_427},
                "poll": {"id": format!("true_{GROUP}_BAE5304BA1ECF704"), "to": GROUP,
                         "from": "447700900000@c.us", "fromMe": poll_from_me},
            }),
        )
    };
    let i = &updates(read(&vote(true, "poll.vote"), "h", now()))[0];
    assert_eq!(i.chat.chat_id, GROUP);
    assert_eq!(i.sender.as_ref().unwrap().user_id, "447700900111@c.us");
    assert_eq!(
        i.event,
        InboundEvent::PollVoted {
            poll_message: "BAE5304BA1ECF704".into(),
            chosen: vec!["1. Tue".into(), "3. Thu".into()],
            at: 1_692_861_427,
        }
    );
    let failed = &updates(read(&vote(true, "poll.vote.failed"), "h", now()))[0];
    assert_eq!(
        failed.event,
        InboundEvent::PollVoteFailed {
            poll_message: "BAE5304BA1ECF704".into()
        }
    );
    assert_ne!(i.key, failed.key);
    // Someone else's poll in the group is not Kettle's business.
    assert_eq!(read(&vote(false, "poll.vote"), "h", now()), Event::Nothing);
}
