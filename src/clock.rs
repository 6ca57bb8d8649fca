//! The current time, which tests can fix with `KINSHIP_NOW`.

use crate::env::Env;
use crate::error::UserError;
use chrono::{DateTime, FixedOffset, Local};

/// The variable tests set to fix the clock, as an RFC 3339 time.
pub const NOW_VAR: &str = "KINSHIP_NOW";

/// Now, with the local offset; or the time in `KINSHIP_NOW`.
pub fn now(env: &Env) -> Result<DateTime<FixedOffset>, UserError> {
    match env.var(NOW_VAR) {
        Some(fixed) => DateTime::parse_from_rfc3339(fixed).map_err(|e| {
            UserError::usage(format!(
                "{NOW_VAR}={fixed:?} is not an RFC 3339 time ({e})."
            ))
            .hint("It is for tests only; unset it to use the real time.")
        }),
        None => Ok(Local::now().fixed_offset()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_time_wins() {
        let env = Env::with_vars(&[(NOW_VAR, "2026-11-22T21:04:00+00:00")]);
        assert_eq!(now(&env).unwrap().to_rfc3339(), "2026-11-22T21:04:00+00:00");
    }

    #[test]
    fn a_bad_fixed_time_is_a_usage_error() {
        let env = Env::with_vars(&[(NOW_VAR, "yesterday")]);
        assert!(now(&env).unwrap_err().message.contains("yesterday"));
    }
}
