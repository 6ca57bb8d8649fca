//! The gentle reminders shown where the user already looks: on the home
//! screen (naloxone expiry, and a check-in more than two weeks old) and after
//! the `sos` card (naloxone expiry only). At most two lines; never an error,
//! never a wait: a file that cannot be read gives no line.

use crate::progress::kit;
use crate::settings::Settings;
use chrono::TimeDelta;

/// The largest kit or check-ins file read for a reminder (1 MB): far more
/// than years of weekly use.
const MAX_BYTES: u64 = 1024 * 1024;

/// How old the last check-in may be before the home screen mentions it.
pub const CHECKIN_DAYS: i64 = 14;

/// What to remind the user of, and what could not be read.
#[derive(Debug, Default, PartialEq)]
pub struct Reminders {
    /// At most two lines: the kit's first, then the check-in's.
    pub lines: Vec<String>,
    /// Why a file could not be read (said once, on the home screen only).
    pub unreadable: Vec<String>,
}

/// The reminders for now. `checkin`: include the check-in reminder (the
/// home screen), when the settings allow it.
pub fn gather(settings: &Settings, checkin: bool, width: usize) -> Reminders {
    let mut out = Reminders::default();
    let Ok(store) = settings.store() else {
        return out;
    };
    // Locked, or half unlocked: reading would need the passphrase, and the
    // home screen and sos never ask for it. No reminder rather than a question.
    if store.state() != crate::store::crypt::State::Plain {
        return out;
    }
    let now = settings.now();
    // Reading takes no lock: a kinship saving meanwhile replaces the file
    // whole, so this sees the old file or the new one, never half of one.
    // Only an ordinary file of a sane size is read: a pipe or a device put
    // there could make the read wait, and sos must never wait.
    let readable = |path: std::path::PathBuf| {
        std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= MAX_BYTES)
    };
    if !readable(store.kit_path()) && store.kit_path().exists() {
        out.unreadable.push(crate::content::i18n::t!(
            "core-not-readable",
            path = store.kit_path().display().to_string()
        ));
    }
    let kit = if readable(store.kit_path()) {
        store.kit()
    } else {
        Ok(None)
    };
    match kit {
        Ok(Some(k)) => {
            out.lines
                .extend(kit::reminder_in(&k, now.date_naive(), width, settings.lang))
        }
        Ok(None) => {}
        Err(e) => out.unreadable.push(e.to_string()),
    }
    if checkin && settings.reminders {
        let log = if readable(store.checkins_path()) {
            store.checkins()
        } else {
            Ok(None)
        };
        match log {
            Ok(Some(log)) => {
                if let Some(last) = log.last() {
                    let days = (now - last).num_days();
                    if now - last > TimeDelta::days(CHECKIN_DAYS) {
                        out.lines.push(crate::content::i18n::tr!(
                            settings.lang,
                            "checkin-reminder",
                            days = days
                        ));
                    }
                }
            }
            Ok(None) => {}
            Err(e) => out.unreadable.push(e.to_string()),
        }
    }
    out.lines.truncate(2);
    out
}
