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

/// The memory of a run, handed out from one block in order.
///
/// kinship runs for a moment: a guide is about a thousand small allocations,
/// and glibc's `malloc` takes some 140 instructions for each on memory never
/// used before, a fifth of the whole run. Here an allocation is a few
/// instructions: the next free bytes of a 1 MiB block, rounded to the
/// alignment asked for. Memory given back is reused only when it was the
/// last handed out (a growing string or list grows in place); the rest waits
/// for the process to end, so a run keeps at most the block. What does not
/// fit in what is left of it, and anything over 64 KiB, comes from the
/// system allocator as before. Threads share the block through one atomic
/// offset.
mod arena {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::UnsafeCell;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const SIZE: usize = 1 << 20;
    /// Larger allocations go to the system: they are few, and they are the
    /// ones worth giving back.
    const LARGEST: usize = 64 << 10;

    #[repr(C, align(4096))]
    struct Block(UnsafeCell<[u8; SIZE]>);

    // The bytes are handed out through `NEXT` only, to one owner at a time
    // (bytes given back are handed out again after the acquire-release
    // exchange that gave them back, so their old owner's writes come first);
    // nothing else reads or writes the block.
    unsafe impl Sync for Block {}

    static BLOCK: Block = Block(UnsafeCell::new([0; SIZE]));
    /// The offset of the first free byte of `BLOCK`.
    static NEXT: AtomicUsize = AtomicUsize::new(0);

    pub struct Arena;

    fn base() -> usize {
        BLOCK.0.get() as usize
    }

    /// The offset of `ptr` in the block, if it is in it.
    fn offset(ptr: *mut u8) -> Option<usize> {
        let at = (ptr as usize).wrapping_sub(base());
        (at < SIZE).then_some(at)
    }

    /// `size` bytes aligned to `align` from the block, or null when they do
    /// not fit in what is left.
    fn take(size: usize, align: usize) -> *mut u8 {
        let base = base();
        let mut next = NEXT.load(Ordering::Acquire);
        loop {
            let start = (base + next).next_multiple_of(align) - base;
            let end = start + size;
            if end > SIZE {
                return std::ptr::null_mut();
            }
            match NEXT.compare_exchange_weak(next, end, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => return (base + start) as *mut u8,
                Err(seen) => next = seen,
            }
        }
    }

    unsafe impl GlobalAlloc for Arena {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if layout.size() <= LARGEST {
                let ptr = take(layout.size(), layout.align());
                if !ptr.is_null() {
                    return ptr;
                }
            }
            // SAFETY: the caller's layout, passed on.
            unsafe { System.alloc(layout) }
        }

        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            if layout.size() <= LARGEST {
                let ptr = take(layout.size(), layout.align());
                if !ptr.is_null() {
                    // SAFETY: `take` handed out these bytes just now; they
                    // may hold what an allocation given back left in them.
                    unsafe { std::ptr::write_bytes(ptr, 0, layout.size()) };
                    return ptr;
                }
            }
            // SAFETY: the caller's layout, passed on.
            unsafe { System.alloc_zeroed(layout) }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            match offset(ptr) {
                // The last allocation handed out is taken back.
                Some(at) => {
                    let _ = NEXT.compare_exchange(
                        at + layout.size(),
                        at,
                        Ordering::AcqRel,
                        Ordering::Acquire,
                    );
                }
                // SAFETY: allocated by `System` with this layout.
                None => unsafe { System.dealloc(ptr, layout) },
            }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let Some(at) = offset(ptr) else {
                // SAFETY: allocated by `System` with this layout.
                return unsafe { System.realloc(ptr, layout, new_size) };
            };
            // The last allocation grows or shrinks where it is.
            if at + new_size <= SIZE
                && NEXT
                    .compare_exchange(
                        at + layout.size(),
                        at + new_size,
                        Ordering::AcqRel,
                        Ordering::Acquire,
                    )
                    .is_ok()
            {
                return ptr;
            }
            if new_size <= layout.size() {
                return ptr;
            }
            // SAFETY: `new_size` is not zero (it is larger than the old
            // size) and the alignment is the old layout's, already valid.
            let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
            // SAFETY: a valid layout, as above.
            let new = unsafe { self.alloc(new_layout) };
            if !new.is_null() {
                // SAFETY: both hold at least the old size, and a new
                // allocation never overlaps a live one.
                unsafe { std::ptr::copy_nonoverlapping(ptr, new, layout.size()) };
            }
            new
        }
    }
}

#[global_allocator]
static ALLOCATOR: arena::Arena = arena::Arena;
