//! The one place that reads and writes YAML, so the YAML crate can be swapped here alone.
//!
//! `build.rs` includes this file too, so it depends on nothing else in the crate.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A YAML document that could not be read, with where the problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub message: String,
    /// 1-based line and column of the problem, when the parser knows it.
    pub location: Option<(usize, usize)>,
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some((line, column)) => write!(f, "line {line}, column {column}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for YamlError {}

/// Parses one YAML document into `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|e| {
        let location = e.location().map(|l| (l.line(), l.column()));
        let mut message = e.to_string();
        // serde_yaml appends " at line L column C"; the location is kept separately.
        if let Some(at) = message.find(" at line ") {
            message.truncate(at);
        }
        YamlError { message, location }
    })
}

/// Writes `value` as a YAML document.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, YamlError> {
    serde_yaml::to_string(value).map_err(|e| YamlError {
        message: e.to_string(),
        location: None,
    })
}

/// Any YAML value, kept as it was read so that it can be written back as it was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Any(serde_yaml::Value);

impl Any {
    /// What kind of value this is, in words: "a list", "a map", "a value".
    pub fn describe(&self) -> &'static str {
        match &self.0 {
            serde_yaml::Value::Sequence(_) => "a list",
            serde_yaml::Value::Mapping(_) => "a map",
            serde_yaml::Value::Null => "nothing",
            _ => "a value",
        }
    }

    /// This value as a `T`, or `None` when it does not fit.
    pub fn to<T: DeserializeOwned>(&self) -> Option<T> {
        serde_yaml::from_value(self.0.clone()).ok()
    }
}
