use super::*;
use serde_json::json;

const NUMBER_ID: &str = "106540352242922";

fn now() -> DateTime<Utc> {
    Utc.timestamp_opt(1_749_416_400, 0).unwrap()
}

fn hook(value: serde_json::Value) -> Webhook {
    serde_json::from_value(json!({
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": value}]}]
    }))
    .unwrap()
}

fn metadata() -> serde_json::Value {
    json!({"display_phone_number": "15550783881", "phone_number_id": NUMBER_ID})
}

#[test]
fn a_private_text_opens_the_window_and_comes_in_as_the_member() {
    // Meta's "messages webhook reference" example, with 2026's extra fields.
    let events = read(
        &hook(json!({
            "messaging_product": "whatsapp", "metadata": metadata(),
            "contacts": [{"profile": {"name": "Sheena Nelson", "username": "sheena"},
                          "wa_id": "16505551234", "user_id": "US.13491208655302741918"}],
            "messages": [{"from": "16505551234", "id": "wamid.HBgL1", "timestamp": "1749416383",
                          "type": "text", "text": {"body": " /checkin "}}]
        })),
        NUMBER_ID,
        now(),
    );
    assert_eq!(events[0], CloudEvent::OwnNumber("15550783881".into()));
    assert_eq!(
        events[1],
        CloudEvent::Heard {
            chat_id: "cloud:16505551234".into(),
            at: Utc.timestamp_opt(1_749_416_383, 0).unwrap(),
        }
    );
    let CloudEvent::Update(inbound) = &events[2] else {
        panic!("{events:?}")
    };
    assert_eq!(inbound.key, "wac:m:wamid.HBgL1");
    assert_eq!(inbound.chat.chat_id, "cloud:16505551234");
    assert_eq!(inbound.chat.kind, ChatKind::Private);
    let sender = inbound.sender.as_ref().unwrap();
    assert_eq!(sender.user_id, "16505551234@c.us");
    assert_eq!(sender.display_name, "Sheena Nelson");
    assert_eq!(inbound.event, InboundEvent::Text("/checkin".into()));
}

#[test]
fn replies_to_buttons_and_lists_are_presses_of_their_ids() {
    for (kind, reply) in [("button_reply", "tok_tue"), ("list_reply", "tok_row")] {
        let events = read(
            &hook(json!({
                "metadata": metadata(),
                "messages": [{"context": {"from": "15550783881", "id": "wamid.original"},
                              "from": "972987654321", "id": "wamid.reply", "timestamp": "1698266730",
                              "type": "interactive",
                              "interactive": {"type": kind, kind: {"id": reply, "title": "Tuesday"}}}]
            })),
            NUMBER_ID,
            now(),
        );
        let Some(CloudEvent::Update(inbound)) = events.last() else {
            panic!("{events:?}")
        };
        assert_eq!(
            inbound.event,
            InboundEvent::ButtonPressed {
                token: reply.into(),
                press_id: None
            }
        );
    }
}

#[test]
fn a_start_code_opens_the_private_view_and_a_picture_only_opens_the_window() {
    let events = read(
        &hook(json!({"metadata": metadata(), "messages": [
            {"from": "447700900111", "id": "wamid.a", "timestamp": "1749416383",
             "type": "text", "text": {"body": "start ab_C-9"}},
            {"from": "447700900111", "id": "wamid.b", "timestamp": "1749416390",
             "type": "image", "image": {"id": "1", "mime_type": "image/jpeg"}}]})),
        NUMBER_ID,
        now(),
    );
    let updates: Vec<_> = events
        .iter()
        .filter_map(|e| match e {
            CloudEvent::Update(i) => Some(i.event.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        updates,
        vec![InboundEvent::OpenedPrivately {
            payload: Some("ab_C-9".into())
        }]
    );
    let heard = events
        .iter()
        .filter(|e| matches!(e, CloudEvent::Heard { .. }))
        .count();
    assert_eq!(heard, 2);
}

#[test]
fn in_a_group_only_what_is_for_kettle_comes_in_and_the_groups_window_opens() {
    let group = |body: &str| {
        read(
            &hook(json!({"metadata": metadata(), "messages": [
                {"from": "16505551234", "group_id": "Y2FwaV9ncm91cDox", "id": "wamid.g",
                 "timestamp": "1749416383", "type": "text", "text": {"body": body}}]})),
            NUMBER_ID,
            now(),
        )
    };
    // Ordinary talk opens the group's window, and nothing more.
    let heard = CloudEvent::Heard {
        chat_id: "cloud:group:Y2FwaV9ncm91cDox".into(),
        at: Utc.timestamp_opt(1_749_416_383, 0).unwrap(),
    };
    assert_eq!(
        group("see you all tonight"),
        vec![CloudEvent::OwnNumber("15550783881".into()), heard.clone()]
    );
    let events = group("/poll");
    let Some(CloudEvent::Update(inbound)) = events.last() else {
        panic!("{events:?}")
    };
    assert_eq!(inbound.chat.chat_id, "cloud:group:Y2FwaV9ncm91cDox");
    assert_eq!(inbound.chat.kind, ChatKind::Group);
    assert_eq!(events[1], heard, "the group's window, not a private one");
}

#[test]
fn a_failed_status_names_the_chat_and_the_code_and_other_numbers_are_ignored() {
    let failed = json!({"metadata": metadata(), "statuses": [
        {"id": "wamid.x", "status": "failed", "timestamp": "1698266945", "recipient_id": "447700900111",
         "errors": [{"code": 131047, "title": "Re-engagement message"}]},
        {"id": "wamid.y", "status": "delivered", "timestamp": "1698266945", "recipient_id": "447700900222"}]});
    let events = read(&hook(failed.clone()), NUMBER_ID, now());
    assert_eq!(
        events[1..],
        [CloudEvent::Failed {
            chat_id: "cloud:447700900111".into(),
            code: 131_047
        }]
    );
    assert!(read(&hook(failed), "999", now()).is_empty());
    let other: Webhook = serde_json::from_value(json!({"object": "page", "entry": []})).unwrap();
    assert!(read(&other, NUMBER_ID, now()).is_empty());
}

#[test]
fn people_joining_and_leaving_a_business_group_come_in_as_members() {
    // Meta's "Webhooks for Groups API" shapes: a join through the invite
    // link, a participant leaving, and a join request (not Kettle's).
    let hook: Webhook = serde_json::from_value(json!({
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": "group_participants_update", "value": {
            "messaging_product": "whatsapp", "metadata": metadata(),
            "groups": [
                {"timestamp": "1749416300", "group_id": "Y2FwaV9ncm91cDox", "type": "group_participants_add",
                 "reason": "invite_link", "added_participants": [{"input": "16505551234", "wa_id": "16505551234"}]},
                {"timestamp": "1749416350", "group_id": "Y2FwaV9ncm91cDox", "type": "group_participants_remove",
                 "initiated_by": "participant", "removed_participants": [{"input": "16505550000", "wa_id": "16505550000"}]},
                {"timestamp": "1749416360", "group_id": "Y2FwaV9ncm91cDox", "type": "group_join_request_created",
                 "wa_id": "16505559999"}
            ]}}]}]
    }))
    .unwrap();
    let events = read(&hook, NUMBER_ID, now());
    let updates: Vec<&Inbound> = events
        .iter()
        .filter_map(|e| match e {
            CloudEvent::Update(u) => Some(u.as_ref()),
            _ => None,
        })
        .collect();
    assert_eq!(updates.len(), 2, "{events:?}");
    assert_eq!(updates[0].chat.chat_id, "cloud:group:Y2FwaV9ncm91cDox");
    assert_eq!(updates[0].chat.kind, ChatKind::Group);
    let InboundEvent::MembersJoined(joined) = &updates[0].event else {
        panic!("{:?}", updates[0])
    };
    assert_eq!(joined[0].user_id, "16505551234@c.us");
    let InboundEvent::MemberLeft(left) = &updates[1].event else {
        panic!("{:?}", updates[1])
    };
    assert_eq!(left.user_id, "16505550000@c.us");
    assert_ne!(updates[0].key, updates[1].key);
    // Redelivered, the same keys: the inbox takes each once.
    let again = read(&hook, NUMBER_ID, now());
    let first = again.iter().find_map(|e| match e {
        CloudEvent::Update(u) => Some(u.key.clone()),
        _ => None,
    });
    assert_eq!(first.as_deref(), Some(updates[0].key.as_str()));
    // Another number's groups are not Kettle's.
    assert!(read(&hook, "999", now()).is_empty());
}
