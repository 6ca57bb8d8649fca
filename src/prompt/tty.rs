//! The terminal's own settings (echo, line editing, signals), saved and put
//! back: for the moments kinship lends the terminal to another program (the
//! pager), or ends while a prompt has it in raw mode.

/// The settings of the terminal on standard input, as they were when saved.
#[derive(Clone, Copy)]
pub struct TtyState(libc::termios);

impl TtyState {
    /// The terminal's settings now; `None` when standard input is not a terminal.
    pub fn save() -> Option<TtyState> {
        // SAFETY: tcgetattr only writes into the struct we pass, which is
        // plain data; a zeroed termios is a valid value to overwrite.
        let mut state: libc::termios = unsafe { std::mem::zeroed() };
        (unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut state) } == 0).then_some(TtyState(state))
    }

    /// Puts the settings back (quietly: there may be no terminal any more).
    pub fn restore(&self) {
        // SAFETY: restoring a termios obtained from tcgetattr.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.0);
        }
    }
}
