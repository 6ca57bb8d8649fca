//! The terminal on standard input, below any prompt library: its settings
//! (echo, line editing, signals) saved and put back, for the moments kinship
//! lends the terminal to another program (the pager) or ends while a prompt
//! has it in raw mode; and single key presses with a time limit, for screens
//! that keep moving while they wait (the overdose walk's timers).
//!
//! Raw mode for the keys also turns off the terminal's own Ctrl-C (it arrives
//! as a key, so the walk can save and print its log first) and Ctrl-S (which
//! would otherwise freeze the screen). The terminal is in raw mode for as long
//! as a `RawKeys` lives, and restored when it is dropped.

use std::io;
use std::time::Duration;

const STDIN: libc::c_int = libc::STDIN_FILENO;

/// The settings of the terminal on standard input, as they were when saved.
#[derive(Clone, Copy)]
pub struct TtyState(libc::termios);

impl TtyState {
    /// The terminal's settings now; `None` when standard input is not a terminal.
    pub fn save() -> Option<TtyState> {
        // SAFETY: tcgetattr only writes into the struct we pass, which is
        // plain data; a zeroed termios is a valid value to overwrite.
        let mut state: libc::termios = unsafe { std::mem::zeroed() };
        (unsafe { libc::tcgetattr(STDIN, &mut state) } == 0).then_some(TtyState(state))
    }

    /// Puts the settings back (quietly: there may be no terminal any more).
    pub fn restore(&self) {
        // SAFETY: restoring a termios obtained from tcgetattr.
        unsafe {
            libc::tcsetattr(STDIN, libc::TCSANOW, &self.0);
        }
    }
}

/// A key the walk understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Enter,
    Char(char),
    Left,
    Right,
    CtrlC,
    /// The input is closed: nothing more will come.
    Eof,
}

/// Standard input in raw mode.
pub struct RawKeys {
    saved: TtyState,
    /// Bytes read but not yet decoded: keys pressed quickly arrive in one
    /// read, and each must count (`p` then Enter is two keys, not one).
    pending: Vec<u8>,
}

impl RawKeys {
    /// Puts the terminal on standard input in raw mode.
    pub fn new() -> io::Result<RawKeys> {
        let saved = TtyState::save().ok_or_else(io::Error::last_os_error)?;
        let mut raw = saved.0;
        raw.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG | libc::IEXTEN);
        raw.c_iflag &= !(libc::IXON | libc::ICRNL);
        raw.c_cc[libc::VMIN] = 0;
        raw.c_cc[libc::VTIME] = 0;
        // SAFETY: raw is a valid termios obtained from tcgetattr.
        if unsafe { libc::tcsetattr(STDIN, libc::TCSANOW, &raw) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(RawKeys {
            saved,
            pending: Vec::new(),
        })
    }

    /// Waits up to `timeout` for a key; `None` when none came (or when what
    /// came is not a key the walk knows).
    pub fn next(&mut self, timeout: Duration) -> io::Result<Option<Key>> {
        if !self.pending.is_empty() {
            return Ok(self.take_one());
        }
        let mut fds = libc::pollfd {
            fd: STDIN,
            events: libc::POLLIN,
            revents: 0,
        };
        let ms = timeout.as_millis().min(i32::MAX as u128) as libc::c_int;
        // SAFETY: one valid pollfd, count 1.
        let ready = unsafe { libc::poll(&mut fds, 1, ms) };
        if ready < 0 {
            let e = io::Error::last_os_error();
            return if e.kind() == io::ErrorKind::Interrupted {
                Ok(None)
            } else {
                Err(e)
            };
        }
        if ready == 0 {
            return Ok(None);
        }
        if fds.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
            && fds.revents & libc::POLLIN == 0
        {
            return Ok(Some(Key::Eof));
        }
        let mut buf = [0u8; 16];
        // SAFETY: reading into a buffer of the length given.
        let n = unsafe { libc::read(STDIN, buf.as_mut_ptr().cast(), buf.len()) };
        if n < 0 {
            let e = io::Error::last_os_error();
            return match e.kind() {
                io::ErrorKind::Interrupted | io::ErrorKind::WouldBlock => Ok(None),
                _ => Err(e),
            };
        }
        if n == 0 {
            return Ok(Some(Key::Eof));
        }
        self.pending.extend_from_slice(&buf[..n as usize]);
        Ok(self.take_one())
    }

    /// Forgets every key typed but not yet read, here and in the terminal.
    pub fn discard_pending(&mut self) {
        self.pending.clear();
        // SAFETY: flushing the input queue of the terminal on stdin.
        unsafe {
            libc::tcflush(STDIN, libc::TCIFLUSH);
        }
    }

    /// Decodes the first key waiting, and keeps the rest for the next call.
    fn take_one(&mut self) -> Option<Key> {
        let (key, used) = decode_one(&self.pending);
        self.pending.drain(..used.clamp(1, self.pending.len()));
        key
    }
}

impl Drop for RawKeys {
    fn drop(&mut self) {
        self.saved.restore();
    }
}

/// The first key in a burst of bytes read at once.
pub fn decode(bytes: &[u8]) -> Option<Key> {
    decode_one(bytes).0
}

/// The first key in `bytes` (a key, or an escape sequence), and how many
/// bytes it took. Sequences the walk has no use for (other arrows, function
/// keys) are taken whole and give no key.
fn decode_one(bytes: &[u8]) -> (Option<Key>, usize) {
    match bytes {
        [] => (None, 0),
        [3, ..] => (Some(Key::CtrlC), 1),
        [b'\r', b'\n', ..] => (Some(Key::Enter), 2),
        [b'\r', ..] | [b'\n', ..] => (Some(Key::Enter), 1),
        [0x1b, b'[', b'D', ..] | [0x1b, b'O', b'D', ..] => (Some(Key::Left), 3),
        [0x1b, b'[', b'C', ..] | [0x1b, b'O', b'C', ..] => (Some(Key::Right), 3),
        [0x1b, b'[', rest @ ..] => {
            // Parameters, then one final byte from @ to ~.
            let end = rest.iter().position(|b| (0x40..=0x7e).contains(b));
            (None, end.map_or(bytes.len(), |e| e + 3))
        }
        [0x1b, b'O', _, ..] => (None, 3),
        [0x1b, ..] => (None, 1),
        [first, ..] => {
            let len = match first {
                0xf0..=0xf7 => 4,
                0xe0..=0xef => 3,
                0xc0..=0xdf => 2,
                _ => 1,
            };
            let key = bytes
                .get(..len)
                .and_then(|b| std::str::from_utf8(b).ok())
                .and_then(|s| s.chars().next())
                .filter(|c| !c.is_control())
                .map(Key::Char);
            (key, len.min(bytes.len()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_become_keys() {
        assert_eq!(decode(b"\r"), Some(Key::Enter));
        assert_eq!(decode(b"\n"), Some(Key::Enter));
        assert_eq!(decode(&[3]), Some(Key::CtrlC));
        assert_eq!(decode(b"\x1b[D"), Some(Key::Left));
        assert_eq!(decode(b"\x1bOC"), Some(Key::Right));
        assert_eq!(decode(b"\x1b[A"), None);
        assert_eq!(decode(b"\x1b"), None);
        assert_eq!(decode(b"s"), Some(Key::Char('s')));
        assert_eq!(decode("é".as_bytes()), Some(Key::Char('é')));
        assert_eq!(decode(&[0x7f]), None);
        assert_eq!(decode(&[]), None);
    }

    #[test]
    fn keys_pressed_quickly_are_each_a_key() {
        let mut pending = b"p\r".to_vec();
        let mut keys = Vec::new();
        while !pending.is_empty() {
            let (key, used) = decode_one(&pending);
            keys.push(key);
            pending.drain(..used.max(1));
        }
        assert_eq!(keys, [Some(Key::Char('p')), Some(Key::Enter)]);
        assert_eq!(
            decode_one(b"\x1b[A\r"),
            (None, 3),
            "an up arrow, taken whole"
        );
        assert_eq!(decode_one(b"\x1b[15~n"), (None, 5), "F5, taken whole");
        assert_eq!(decode_one("én".as_bytes()), (Some(Key::Char('é')), 2));
        assert_eq!(decode_one(b"\r\ns"), (Some(Key::Enter), 2));
        assert_eq!(decode_one(b"nn"), (Some(Key::Char('n')), 1));
    }
}
