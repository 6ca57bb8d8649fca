use kinship::{env::Env, settings::Settings, ui::Ui};
use std::process::ExitCode;

fn main() -> ExitCode {
    let env = Env::from_process();
    let cli = match kinship::parse(&env) {
        Ok(cli) => cli,
        Err(code) => return ExitCode::from(code),
    };
    let settings = match Settings::resolve(&cli.global, &env) {
        Ok(settings) => settings,
        Err(e) => return ExitCode::from(Ui::bare(&env).report_error(&e.into())),
    };
    let mut ui = Ui::new(&settings, &env);
    settings.warnings.iter().for_each(|w| ui.warn(w));
    match kinship::run(cli, &mut ui, &settings) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => ExitCode::from(ui.report_error(&e)),
    }
}
