//! End-to-end tests: the real binary, run as a user would, in a scrubbed environment.

mod support;

mod architecture;
mod browser;
mod catalogue;
mod checklist;
mod conventions;
mod countries;
mod crypt;
mod guide;
mod home;
mod i18n_checklist;
mod i18n_core;
mod i18n_plan;
mod plan;
mod print;
mod pty;
mod redraw;
mod regions;
mod resources;
mod rulings;
mod selfcare;
mod sos;
mod spanish;
mod store;
mod words;
