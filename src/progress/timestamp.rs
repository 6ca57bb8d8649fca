//! Timestamps in saved files: RFC 3339 to the second, always with an explicit
//! offset (`2026-11-22T21:04:00+01:00`), so they read the same by hand.

use chrono::{DateTime, FixedOffset, SecondsFormat, Timelike};
use serde::{Deserialize, Deserializer, Serializer};

pub fn serialize<S: Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format(t))
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
    let text = String::deserialize(d)?;
    DateTime::parse_from_rfc3339(&text).map_err(|e| {
        serde::de::Error::custom(crate::content::i18n::t!(
            "core-not-a-time",
            text = crate::error::quoted(&text).to_string(),
            why = e.to_string()
        ))
    })
}

/// The text form used in files and `--json` output.
pub fn format(t: &DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// `t` as a file keeps it: to the second. Something saved and then looked
/// for again by its time must carry this, not the clock's nanoseconds.
pub fn as_stored(t: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    t.with_nanosecond(0).unwrap_or(t)
}

/// The same, for optional timestamps.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(
        t: &Option<DateTime<FixedOffset>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::serialize(t, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => DateTime::parse_from_rfc3339(&text).map(Some).map_err(|e| {
                serde::de::Error::custom(crate::content::i18n::t!(
                    "core-not-a-time",
                    text = crate::error::quoted(&text).to_string(),
                    why = e.to_string()
                ))
            }),
        }
    }
}
