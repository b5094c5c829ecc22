//! The store's contract for what a group's `/settings` shows, on SQLite
//! and Postgres: everything is read at once (one statement on Postgres),
//! and it says exactly what the separate reads say — who coordinates
//! (not those who left), how many are here, the recurring rounds, the
//! meeting defaults and every linked chat.

use crate::support::store::*;
use chrono::{Duration, NaiveTime, Weekday};
use kettle::domain::time::hours::QuietHours;
use kettle::domain::time::recurrence::Weekly;
use kettle::domain::{Channel, Language, Role, TimeZone};
use kettle::store::{GroupSettings, MeetingSettings, NewCommunity, NewSchedule, Store, Tx};

/// A member whose platform id is made from their name.
async fn member(tx: &mut Tx, community: i64, channel: Channel, name: &str, role: Role) -> i64 {
    let id = format!("{channel:?}-{name}");
    member_as(tx, community, (channel, &id, name), role).await
}

fn weekly(weekday: Weekday, h: u32, m: u32) -> Weekly {
    Weekly {
        weekday,
        at: NaiveTime::from_hms_opt(h, m, 0).unwrap(),
    }
}

async fn schedule(tx: &mut Tx, community: i64, w: Weekly) {
    let new = NewSchedule {
        community_id: community,
        weekly: w,
        time_zone: TimeZone::default(),
        question: None,
        created_by: None,
        now: t0(),
    };
    tx.add_schedule(new).await.unwrap().unwrap();
}

async fn whatsapp_group(tx: &mut Tx, chat: &str, title: &str) -> i64 {
    let new = NewCommunity {
        channel: Channel::Whatsapp,
        chat_id: chat,
        title,
        time_zone: TimeZone::default(),
        language: Language::Cy,
        now: t0(),
    };
    tx.create_community(new).await.unwrap().unwrap().id
}

async fn link(store: &Store, code: &str, community: i64, chat_row: i64) {
    let mut tx = store.begin().await.unwrap();
    let expires = t0() + Duration::minutes(15);
    tx.create_link_code(code, community, expires).await.unwrap();
    tx.redeem_link_code(code, chat_row, t0()).await.unwrap();
    tx.commit().await.unwrap();
}

/// Reads the settings both ways and insists they agree.
async fn settings(store: &Store, community: i64) -> GroupSettings {
    let mut tx = store.begin().await.unwrap();
    let community = tx.community_by_id(community).await.unwrap().unwrap();
    let at_once = tx.group_settings(&community).await.unwrap();
    let apart = tx.group_settings_apart(&community).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(at_once, apart, "read at once, read apart");
    at_once
}

/// A tenants' group that has set everything up: two coordinators and one
/// who stepped away, check-ins twice a week, its own meeting defaults and
/// a Welsh WhatsApp group linked in.
async fn a_set_up_group_reads_its_settings_at_once(backend: &str) {
    let (_db, store) = store(backend).await;
    let main = community(&store, "-100").await;
    let mut tx = store.begin().await.unwrap();
    member(&mut tx, main, Channel::Telegram, "Zofia", Role::Coordinator).await;
    member(&mut tx, main, Channel::Telegram, "Amir", Role::Coordinator).await;
    member(&mut tx, main, Channel::Telegram, "Bea", Role::Member).await;
    let gone = member(&mut tx, main, Channel::Telegram, "Carl", Role::Coordinator).await;
    tx.leave_community(main, gone, t0()).await.unwrap();
    schedule(&mut tx, main, weekly(Weekday::Thu, 19, 0)).await;
    schedule(&mut tx, main, weekly(Weekday::Mon, 18, 30)).await;
    schedule(&mut tx, main, weekly(Weekday::Mon, 9, 15)).await;
    let meetings = MeetingSettings {
        hours: MeetingSettings::default()
            .hours
            .parse("weekdays 18:00-22:00 weekends off")
            .unwrap(),
        length: Duration::minutes(90),
        place: Some("Community room".into()),
        reminders: vec![Duration::hours(24), Duration::minutes(30)],
        quiet: QuietHours::parse("23:00-07:30").unwrap(),
    };
    tx.set_meeting_settings(main, &meetings).await.unwrap();
    let tower = whatsapp_group(&mut tx, "tower@g.us", "Tŵr").await;
    let annex = whatsapp_group(&mut tx, "annex@g.us", "Annex").await;
    tx.commit().await.unwrap();
    link(&store, "ABC234", main, tower).await;
    link(&store, "DEF567", main, annex).await;

    let seen = settings(&store, main).await;
    assert_eq!(
        seen,
        GroupSettings {
            coordinators: vec!["Amir".into(), "Zofia".into()],
            joined: 3,
            schedules: vec![
                weekly(Weekday::Mon, 9, 15),
                weekly(Weekday::Mon, 18, 30),
                weekly(Weekday::Thu, 19, 0)
            ],
            meetings,
            chats: vec!["Tenants".into(), "Tŵr".into(), "Annex".into()],
        }
    );
}

/// A group that has set nothing: Kettle's defaults, and only itself.
async fn a_new_group_reads_the_defaults(backend: &str) {
    let (_db, store) = store(backend).await;
    let main = community(&store, "-100").await;
    let seen = settings(&store, main).await;
    assert_eq!(
        seen,
        GroupSettings {
            coordinators: vec![],
            joined: 0,
            schedules: vec![],
            meetings: MeetingSettings::default(),
            chats: vec!["Tenants".into()],
        }
    );
}

/// Many groups side by side, each set up differently (a fixed pseudo-random
/// walk): each group's settings are its own, read at once as read apart,
/// and as the walk itself says they should be.
async fn many_groups_each_read_their_own(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut seed: u64 = 0x5eed_2026;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let days = [Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sun];
    let mut groups: Vec<(i64, GroupSettings)> = vec![];
    for g in 0..12 {
        let id = community(&store, &format!("-{}", 300 + g)).await;
        let mut want = GroupSettings {
            coordinators: vec![],
            joined: 0,
            schedules: vec![],
            meetings: MeetingSettings::default(),
            chats: vec!["Tenants".into()],
        };
        let mut coordinators: Vec<(String, i64)> = vec![];
        let mut tx = store.begin().await.unwrap();
        for p in 0..next(6) {
            let role = [Role::Member, Role::Coordinator][next(2) as usize];
            // Names repeat within a group, as in real ones: each still counts.
            let name = format!("P{}", next(4));
            let account = (Channel::Telegram, format!("{g}-{p}"));
            let person = member_as(&mut tx, id, (account.0, &account.1, &name), role).await;
            if next(4) == 0 {
                tx.leave_community(id, person, t0()).await.unwrap();
                continue;
            }
            want.joined += 1;
            if role == Role::Coordinator {
                coordinators.push((name, person));
            }
        }
        coordinators.sort();
        want.coordinators = coordinators.into_iter().map(|(name, _)| name).collect();
        for s in 0..next(3) {
            let w = weekly(
                days[next(4) as usize],
                17 + s as u32,
                [0, 30][next(2) as usize],
            );
            schedule(&mut tx, id, w).await;
            want.schedules.push(w);
        }
        want.schedules
            .sort_by_key(|w| (w.weekday.num_days_from_monday(), w.at));
        if next(2) == 0 {
            let meetings = MeetingSettings {
                place: Some(format!("Room {}", next(9))),
                length: Duration::minutes(30 * (1 + next(4) as i64)),
                ..MeetingSettings::default()
            };
            tx.set_meeting_settings(id, &meetings).await.unwrap();
            want.meetings = meetings;
        }
        tx.commit().await.unwrap();
        groups.push((id, want));
    }
    // Chats linked in: one to the first group, two to the fifth.
    for (n, into) in [0, 4, 4].into_iter().enumerate() {
        let mut tx = store.begin().await.unwrap();
        let title = format!("Chat {n}");
        let chat = whatsapp_group(&mut tx, &format!("linked{n}@g.us"), &title).await;
        tx.commit().await.unwrap();
        link(&store, &format!("LNK{n:03}"), groups[into].0, chat).await;
        groups[into].1.chats.push(title);
    }
    for (id, want) in groups {
        assert_eq!(settings(&store, id).await, want, "group {id}");
    }
}

on_both_backends!(
    a_set_up_group_reads_its_settings_at_once,
    a_new_group_reads_the_defaults,
    many_groups_each_read_their_own
);
