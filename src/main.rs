use clap::Parser;
use kinship::{cli::Cli, env::Env, settings::Settings, ui::Ui};
use std::process::ExitCode;

fn main() -> ExitCode {
    let env = Env::from_process();
    let cli = Cli::parse();
    let settings = match Settings::resolve(&cli.global, &env) {
        Ok(settings) => settings,
        Err(e) => return ExitCode::from(Ui::bare(&env).report_error(&e.into())),
    };
    let mut ui = Ui::new(&settings, &env);
    match kinship::run(cli, &mut ui, &settings) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => ExitCode::from(ui.report_error(&e)),
    }
}
