//! The current time. Tests fix it with `KINSHIP_NOW`, and may let it run
//! faster than real time with `KINSHIP_CLOCK_SPEED` (for timers in `sos`),
//! from that fixed time or, without it, from the real now.

use crate::env::Env;
use crate::error::UserError;
use chrono::{DateTime, FixedOffset, Local, TimeDelta};
use std::time::{Duration, Instant};

/// The variable tests set to fix the clock, as an RFC 3339 time.
pub const NOW_VAR: &str = "KINSHIP_NOW";
/// For tests only: how many clock seconds pass per real second, from
/// `KINSHIP_NOW` when it is set, else from the real time at start-up.
pub const SPEED_VAR: &str = "KINSHIP_CLOCK_SPEED";

/// Where "now" comes from.
#[derive(Debug, Clone)]
pub struct Clock {
    kind: Kind,
}

#[derive(Debug, Clone)]
enum Kind {
    Real,
    /// Starts at `start` when the process starts, then runs `speed` times as
    /// fast as real time (0: stands still).
    Test {
        start: DateTime<FixedOffset>,
        began: Instant,
        speed: f64,
    },
}

impl Clock {
    /// The real clock, or the test clock the environment asks for.
    pub fn from_env(env: &Env) -> Result<Clock, UserError> {
        let speed = match env.var(SPEED_VAR) {
            None => None,
            Some(s) => Some(
                s.parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite() && *v >= 0.0)
                    .ok_or_else(|| {
                        UserError::usage(format!(
                            "{SPEED_VAR}={} is not a number of 0 or more.",
                            crate::error::quoted(s)
                        ))
                        .hint("It is for tests only; unset it to use the real time.")
                    })?,
            ),
        };
        let start = match env.var(NOW_VAR) {
            Some(fixed) => DateTime::parse_from_rfc3339(fixed).map_err(|e| {
                UserError::usage(format!(
                    "{NOW_VAR}={fixed:?} is not an RFC 3339 time ({e})."
                ))
                .hint("It is for tests only; unset it to use the real time.")
            })?,
            // A speed alone speeds up a clock that starts at the real now.
            None if speed.is_some() => Local::now().fixed_offset(),
            None => return Ok(Clock::real()),
        };
        // A fixed time alone stands still.
        Ok(Clock::test(start, speed.unwrap_or(0.0)))
    }

    /// The real clock, whatever the environment says.
    pub fn real() -> Clock {
        Clock { kind: Kind::Real }
    }

    /// A test clock starting at `start` and running at `speed`.
    pub fn test(start: DateTime<FixedOffset>, speed: f64) -> Clock {
        Clock {
            kind: Kind::Test {
                start,
                began: Instant::now(),
                speed,
            },
        }
    }

    /// Now, with the local offset.
    pub fn now(&self) -> DateTime<FixedOffset> {
        match &self.kind {
            Kind::Real => Local::now().fixed_offset(),
            Kind::Test {
                start,
                began,
                speed,
            } => {
                let elapsed = began.elapsed().as_secs_f64() * speed;
                *start + TimeDelta::milliseconds((elapsed * 1000.0) as i64)
            }
        }
    }

    /// How much real time passes while this clock moves on by `clock_time`
    /// (`None` when the clock stands still).
    pub fn real_duration(&self, clock_time: Duration) -> Option<Duration> {
        match &self.kind {
            Kind::Real => Some(clock_time),
            Kind::Test { speed, .. } if *speed > 0.0 => {
                Some(Duration::from_secs_f64(clock_time.as_secs_f64() / speed))
            }
            Kind::Test { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_time_stands_still() {
        let env = Env::with_vars(&[(NOW_VAR, "2026-11-22T21:04:00+00:00")]);
        let clock = Clock::from_env(&env).unwrap();
        assert_eq!(clock.now().to_rfc3339(), "2026-11-22T21:04:00+00:00");
        assert_eq!(clock.real_duration(Duration::from_secs(60)), None);
    }

    #[test]
    fn a_fast_clock_runs_from_the_fixed_time() {
        let start = DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap();
        let clock = Clock::test(start, 1000.0);
        std::thread::sleep(Duration::from_millis(20));
        assert!(clock.now() >= start + TimeDelta::seconds(20));
        assert_eq!(
            clock.real_duration(Duration::from_secs(120)),
            Some(Duration::from_millis(120))
        );
    }

    #[test]
    fn a_speed_alone_runs_fast_from_the_real_now() {
        let before = Local::now().fixed_offset();
        let env = Env::with_vars(&[(SPEED_VAR, "1000")]);
        let clock = Clock::from_env(&env).unwrap();
        std::thread::sleep(Duration::from_millis(20));
        let now = clock.now();
        assert!(now >= before + TimeDelta::seconds(20), "{now} vs {before}");
        assert!(now < before + TimeDelta::hours(1), "{now} vs {before}");
        assert_eq!(
            clock.real_duration(Duration::from_secs(120)),
            Some(Duration::from_millis(120))
        );
        let env = Env::with_vars(&[(SPEED_VAR, "fast")]);
        assert!(Clock::from_env(&env).unwrap_err().message.contains("fast"));
    }

    #[test]
    fn bad_values_are_usage_errors() {
        let env = Env::with_vars(&[(NOW_VAR, "yesterday")]);
        assert!(
            Clock::from_env(&env)
                .unwrap_err()
                .message
                .contains("yesterday")
        );
        let env = Env::with_vars(&[(NOW_VAR, "2026-11-22T21:04:00Z"), (SPEED_VAR, "fast")]);
        assert!(Clock::from_env(&env).unwrap_err().message.contains("fast"));
    }
}
