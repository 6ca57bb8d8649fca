//! `content/LANG/regions.yaml`: a language's words laid over the English
//! regions. What each region's words may be is `content/overlay.rs`'s to
//! say (it merges them into the English region and names what does not
//! belong), so a region is kept here as it is written.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverlayFile {
    /// Each region's words in this language, by the region's code.
    #[serde(default)]
    pub regions: BTreeMap<String, serde_yaml::Value>,
    /// Country names in this language, as they read in a sentence.
    #[serde(default)]
    pub countries: BTreeMap<String, String>,
}
