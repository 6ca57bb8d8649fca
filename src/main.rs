use kinship::{env::Env, ui::Ui};
use std::process::ExitCode;

fn main() -> ExitCode {
    kinship::cli::complete_if_asked();
    if kinship::cli::printed_version(&std::env::args_os().collect::<Vec<_>>()) {
        return ExitCode::SUCCESS;
    }
    let env = Env::from_process();
    let cli = match kinship::parse(&env) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    let settings = match kinship::settings(&cli, &env) {
        Ok(settings) => settings,
        Err(e) => return ExitCode::from(Ui::bare(&env).report_error(&e.into())),
    };
    let mut ui = Ui::new(&settings, &env);
    match kinship::run(cli, &mut ui, &settings) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => ExitCode::from(ui.report_error(&e)),
    }
}
