//! `kinship config`: your settings (region, colour, pager, width).

use crate::content::i18n::t;
use crate::error::UserError;
use crate::settings::{self, Origin, Settings};
use crate::store::config::{Key, Scalar};
use crate::ui::Ui;
use clap::{Args, Subcommand};
use serde::Serialize;

// The one-line help is the `Config` variant's doc comment in cli.rs.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Where each setting comes from: the first of its flag, its environment\n\
    variable, the settings file, then the default.\n  \
    region  --region CODE, KINSHIP_REGION, the file, your locale's country, else us\n  \
    lang    --lang CODE, KINSHIP_LANG, the file, your locale's language, else en\n  \
    color   --color WHEN, NO_COLOR, the file, else auto (colour on a terminal);\n  \
    \x20       never with --plain or ACCESSIBLE=1, whatever else is set\n  \
    pager   --no-pager, KINSHIP_PAGER, the file, PAGER, else less -FRX\n  \
    width   COLUMNS, the file, else the terminal's width (80 when piped)\n  \
    reminders  the file, else on (off: no check-in reminder on the home screen)\n\n\
    Examples:\n  \
    kinship config list\n  \
    kinship config set region gb\n  \
    kinship config set lang es\n  \
    kinship config set pager never\n  \
    kinship config get region\n  \
    kinship config unset width\n  \
    kinship config set reminders off"
)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the value KEY has in the settings file.
    #[command(after_long_help = "Example:\n  kinship config get region")]
    Get {
        /// The setting: region, lang, color, pager, width or reminders.
        key: Key,
    },
    /// Set KEY to VALUE in the settings file.
    ///
    /// region: us, ca, gb (or uk), ie, au, nz, eu. lang: en, es. color: auto, always, never.
    /// pager: auto, never, or a command such as "less -R". width: auto, or 40 to 200.
    /// reminders: on or off (the check-in reminder on the home screen).
    #[command(after_long_help = "Example:\n  kinship config set region gb")]
    Set {
        /// The setting: region, lang, color, pager, width or reminders.
        key: Key,
        /// Its new value.
        value: String,
    },
    /// Remove KEY from the settings file, so its default applies again.
    #[command(after_long_help = "Example:\n  kinship config unset region")]
    Unset {
        /// The setting: region, lang, color, pager, width or reminders.
        key: Key,
    },
    /// Every setting: the value in effect and where it comes from.
    #[command(after_long_help = "Example:\n  kinship config list")]
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print where the settings file is.
    #[command(after_long_help = "Example:\n  kinship config path")]
    Path,
}

pub fn run(args: ConfigArgs, ui: &mut Ui, settings: &Settings) -> anyhow::Result<()> {
    let file = settings.config.clone().ok_or_else(|| {
        UserError::new(t!("settings-no-config-folder")).hint(t!("settings-no-config-folder-hint"))
    })?;
    match args.command {
        ConfigCommand::Path => {
            ui.println(&file.path.display().to_string())?;
        }
        ConfigCommand::Get { key } => match key.get(&file.load()?) {
            Some(value) => ui.println(&value.to_string())?,
            None => {
                let (value, origin) = effective(key, settings, ui);
                return Err(UserError::new(t!(
                    "settings-get-not-set",
                    key = key.name(),
                    value = value,
                    origin = origin.to_string()
                ))
                .into());
            }
        },
        ConfigCommand::Set { key, value } => {
            let value = settings::check_value(key, &value)?;
            file.update(|c| c.set(key, Some(Scalar::Text(value.clone()))))?;
            ui.message(&t!(
                "settings-saved",
                key = key.name(),
                value = value.as_str(),
                path = file.path.display().to_string()
            ));
            warn_if_overridden(ui, key, settings);
        }
        ConfigCommand::Unset { key } => {
            if file.update(|c| c.set(key, None))? {
                ui.message(&t!(
                    "settings-removed",
                    key = key.name(),
                    path = file.path.display().to_string()
                ));
            } else {
                ui.message(&t!(
                    "settings-was-not-set",
                    key = key.name(),
                    path = file.path.display().to_string()
                ));
            }
        }
        ConfigCommand::List { json } => {
            let rows: Vec<(Key, String, Origin)> = Key::ALL
                .iter()
                .map(|&key| {
                    let (value, origin) = effective(key, settings, ui);
                    (key, value, origin)
                })
                .collect();
            if json {
                let out: Vec<JsonSetting> = rows
                    .iter()
                    .map(|(key, value, origin)| JsonSetting {
                        key: key.name(),
                        value: value.clone(),
                        origin: origin_name(origin),
                    })
                    .collect();
                ui.print_json(&out)?;
            } else {
                for (key, value, origin) in rows {
                    // A space after each column, so "reminders" does not run into its value.
                    ui.println(&format!("{:<7} {value:<13} {origin}", key.name()))?;
                }
                ui.println(&t!(
                    "settings-list-file",
                    path = file.path.display().to_string()
                ))?;
            }
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonSetting {
    key: &'static str,
    value: String,
    /// flag, environment, config, terminal or default.
    origin: &'static str,
}

fn origin_name(origin: &Origin) -> &'static str {
    match origin {
        Origin::Flag(_) => "flag",
        Origin::EnvVar(_) => "environment",
        Origin::ConfigFile => "config",
        Origin::Terminal => "terminal",
        Origin::Default => "default",
    }
}

/// The value a setting has now, and where it came from.
fn effective(key: Key, settings: &Settings, ui: &Ui) -> (String, Origin) {
    match key {
        Key::Region => (
            settings.region.code.to_string(),
            settings.region_origin.clone(),
        ),
        Key::Lang => (
            settings.lang.code().to_string(),
            settings.lang_origin.clone(),
        ),
        Key::Color => (
            settings.color.name().to_string(),
            settings.color_origin.clone(),
        ),
        Key::Pager => (
            settings.pager.clone().unwrap_or_else(|| "never".into()),
            settings.pager_origin.clone(),
        ),
        Key::Width => (ui.width().to_string(), settings.width_origin.clone()),
        Key::Reminders => (
            if settings.reminders { "on" } else { "off" }.to_string(),
            settings.reminders_origin.clone(),
        ),
    }
}

/// Says when a flag or variable in this run beats the value just saved.
fn warn_if_overridden(ui: &mut Ui, key: Key, settings: &Settings) {
    let origin = match key {
        Key::Region => &settings.region_origin,
        Key::Lang => &settings.lang_origin,
        Key::Color => &settings.color_origin,
        Key::Pager => &settings.pager_origin,
        Key::Width => &settings.width_origin,
        Key::Reminders => &settings.reminders_origin,
    };
    if matches!(origin, Origin::Flag(_) | Origin::EnvVar(_)) && origin != &Origin::EnvVar("PAGER") {
        ui.warn(&t!(
            "settings-overridden",
            key = key.name(),
            origin = origin.to_string()
        ));
    }
}
