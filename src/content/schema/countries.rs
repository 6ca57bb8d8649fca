//! `content/countries.yaml`: every country kinship understands, by its ISO
//! code, and which are members of the European Union.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountriesFile {
    /// The codes of the EU's member states, which read the `eu` region.
    pub eu_members: Vec<String>,
    /// Each code and the country's name as it reads in a sentence.
    pub countries: BTreeMap<String, String>,
}
