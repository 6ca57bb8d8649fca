//! Unit tests of `store/mod.rs`.

use super::archive::archive_name;
use super::*;
use crate::progress::checklist::Progress;
use std::os::unix::fs::PermissionsExt;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-22T21:04:00+00:00").unwrap()
}

fn role() -> Role {
    Role {
        noun: "your progress for kit".into(),
        way_out: "Run `kinship checklist reset kit`.".into(),
        owner: Some("kit".into()),
    }
}

fn tick(store: &Store, path: &Path, id: &str) -> bool {
    store
        .update(
            path,
            &role(),
            || Progress::new("kit", now()),
            |p| Ok(p.set_done(id, true, now())),
        )
        .unwrap()
}

#[test]
fn round_trip_through_a_private_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("data"));
    let path = store.file(CHECKLISTS, "kit");
    assert!(store.read::<Progress>(&path, &role()).unwrap().is_none());
    assert!(tick(&store, &path, "a"));
    let p: Progress = store.read(&path, &role()).unwrap().unwrap();
    assert!(p.is_done("a"));
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    assert_eq!(mode(store.root()), 0o700);
    assert_eq!(store.names(CHECKLISTS).unwrap(), ["kit"]);
}

#[test]
fn nothing_is_written_when_nothing_changed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = store.file(CHECKLISTS, "kit");
    tick(&store, &path, "a");
    let before = fs::metadata(&path).unwrap().modified().unwrap();
    let inode = std::os::unix::fs::MetadataExt::ino(&fs::metadata(&path).unwrap());
    assert!(!tick(&store, &path, "a"));
    let after = fs::metadata(&path).unwrap();
    assert_eq!(
        std::os::unix::fs::MetadataExt::ino(&after),
        inode,
        "not replaced"
    );
    assert_eq!(after.modified().unwrap(), before);
}

#[test]
fn an_update_of_what_must_exist_changes_it_or_makes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = store.file(CHECKLISTS, "kit");
    let untouched = |p: &mut Progress| Ok(p.set_done("a", true, now()));
    assert_eq!(
        store.update_existing(&path, &role(), untouched).unwrap(),
        None
    );
    assert!(!path.exists(), "nothing made");
    tick(&store, &path, "a");
    let changed = store
        .update_existing(&path, &role(), |p: &mut Progress| {
            Ok(p.set_done("b", true, now()))
        })
        .unwrap();
    assert_eq!(changed, Some(true));
    let p: Progress = store.read(&path, &role()).unwrap().unwrap();
    assert!(p.is_done("a") && p.is_done("b"));
}

#[test]
fn a_corrupt_file_is_refused_and_left_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = store.file(CHECKLISTS, "kit");
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let corrupt = b"schema: 1\nchecklist: kit\nitems: [this is: not: valid\n";
    fs::write(&path, corrupt).unwrap();
    let err = store
        .update(
            &path,
            &role(),
            || Progress::new("kit", now()),
            |p| Ok(p.set_done("a", true, now())),
        )
        .unwrap_err();
    let user = err.downcast_ref::<UserError>().expect("a user error");
    assert!(
        user.message.contains(&path.display().to_string()),
        "{user:?}"
    );
    assert!(user.message.contains("line 3, column"), "{user:?}");
    assert_eq!(user.hints[0], "Run `kinship checklist reset kit`.");
    assert_eq!(fs::read(&path).unwrap(), corrupt);
}

#[test]
fn files_from_a_newer_kinship_and_binary_junk_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = store.file(CHECKLISTS, "kit");
    tick(&store, &path, "a");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("schema: 1", "schema: 9");
    fs::write(&path, &text).unwrap();
    let err = store.read::<Progress>(&path, &role()).unwrap_err();
    assert!(err.to_string().contains("newer kinship"), "{err}");
    fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
    let err = store.read::<Progress>(&path, &role()).unwrap_err();
    assert!(err.to_string().contains("not UTF-8"), "{err}");
}

#[test]
fn another_checklists_progress_or_format_0_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = store.file(CHECKLISTS, "kit");
    tick(&store, &path, "a");
    let good = fs::read_to_string(&path).unwrap();
    for (text, says) in [
        (
            good.replace("checklist: kit", "checklist: self-care"),
            "it says it belongs to \"self-care\", not to kit",
        ),
        (
            good.replace("schema: 1", "schema: 0"),
            "it says format 0, which no kinship writes (this one reads formats 1 to 1)",
        ),
    ] {
        fs::write(&path, &text).unwrap();
        let err = store
            .update(
                &path,
                &role(),
                || Progress::new("kit", now()),
                |p| Ok(p.set_done("b", true, now())),
            )
            .unwrap_err();
        let user = err.downcast_ref::<UserError>().expect("a user error");
        assert!(user.message.contains(says), "{user:?}");
        assert_eq!(user.hints[0], "Run `kinship checklist reset kit`.");
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            text,
            "left byte for byte"
        );
        assert!(store.read::<Progress>(&path, &role()).is_err());
    }
}

#[test]
fn moving_aside_keeps_every_old_copy() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = store.file(CHECKLISTS, "kit");
    tick(&store, &path, "a");
    let first = store.move_aside(&path, &role(), now()).unwrap().unwrap();
    tick(&store, &path, "b");
    let second = store.move_aside(&path, &role(), now()).unwrap().unwrap();
    assert_ne!(first, second);
    assert!(first.exists() && second.exists() && !path.exists());
    assert!(first.ends_with("archive/checklists-kit-2026-11-22T21-04-00.yaml"));
    assert_eq!(store.move_aside(&path, &role(), now()).unwrap(), None);
    assert!(
        !lock::lock_path(&path).exists(),
        "no lock is left for a file that is gone"
    );
}

#[test]
fn a_data_folder_that_is_a_file_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("afile");
    fs::write(&file, "not a folder").unwrap();
    let store = Store::new(&file);
    let path = store.file(CHECKLISTS, "kit");
    for err in [
        store.read::<Progress>(&path, &role()).unwrap_err(),
        store
            .update(
                &path,
                &role(),
                || Progress::new("kit", now()),
                |p| Ok(p.set_done("a", true, now())),
            )
            .unwrap_err(),
    ] {
        let user = err.downcast_ref::<UserError>().expect("a user error");
        assert!(user.message.contains("your progress for kit"), "{user:?}");
        assert!(
            user.hints[0].starts_with(&format!("{} is a file, not a folder", file.display())),
            "{user:?}"
        );
        assert!(
            user.hints[0].contains("--data-dir DIR or KINSHIP_HOME"),
            "{user:?}"
        );
    }
    assert_eq!(fs::read(&file).unwrap(), b"not a folder");
}

#[test]
fn a_read_only_or_forbidden_folder_says_what_to_do() {
    let store = Store::new("/media/stick/kinship");
    let path = store.file(CHECKLISTS, "kit");
    let hints = |kind| store.io_hints(&io::Error::from(kind), &path);
    let read_only = hints(io::ErrorKind::ReadOnlyFilesystem);
    assert!(
        read_only[0].contains("/media/stick/kinship is on a disk that cannot be written to"),
        "{read_only:?}"
    );
    assert!(
        read_only[0].contains("--data-dir DIR or KINSHIP_HOME"),
        "{read_only:?}"
    );
    let denied = hints(io::ErrorKind::PermissionDenied);
    assert!(
        denied[0].contains("`ls -ld /media/stick/kinship/checklists`"),
        "{denied:?}"
    );
    assert!(hints(io::ErrorKind::StorageFull)[0].contains("The disk is full"));
    let err = store.io_error(
        "save",
        &role(),
        &path,
        io::Error::from_raw_os_error(libc::EROFS),
    );
    let user = err.downcast_ref::<UserError>().unwrap();
    assert_eq!(
        user.message,
        "Could not save your progress for kit (/media/stick/kinship/checklists/kit.yaml)."
    );
    assert_eq!(
        err.root_cause().to_string(),
        "Read-only file system (os error 30)"
    );
}

#[test]
fn archived_copies_are_told_apart_by_name() {
    assert!(is_archived_copy(
        "plans-dad-2026-11-22T21-04-00.yaml",
        "plans",
        "dad"
    ));
    assert!(is_archived_copy(
        "plans-dad-2026-11-22T21-04-00-3.yaml",
        "plans",
        "dad"
    ));
    assert!(!is_archived_copy(
        "plans-dad-2-2026-11-22T21-04-00.yaml",
        "plans",
        "dad"
    ));
    assert!(is_archived_copy(
        "plans-dad-2-2026-11-22T21-04-00.yaml",
        "plans",
        "dad-2"
    ));
    assert!(!is_archived_copy(
        "checklists-dad-2026-11-22T21-04-00.yaml",
        "plans",
        "dad"
    ));
    assert!(!is_archived_copy(
        "plans-dad-2026-11-22T21-04-00-x.yaml",
        "plans",
        "dad"
    ));
}

#[test]
fn the_longest_name_allowed_fits_every_file_made_from_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let name = "𝒜".repeat(plans::MAX_NAME_BYTES / 4);
    assert_eq!(name.len(), plans::MAX_NAME_BYTES);
    assert!(plans::check_name(&name).is_ok());
    let path = store.plan_path(&name);
    let plan = crate::progress::plan::Plan::new("intervention", now());
    let role = plans::role(&name);
    assert_eq!(
        store.put(&path, &role, &plan, false, now()).unwrap(),
        Put::Created
    );
    // The longest temporary name: the largest process id and counter.
    let temp = format!(".{name}.yaml.{}-{}.tmp", u32::MAX, u64::MAX);
    fs::write(path.with_file_name(&temp), b"").unwrap();
    // The longest archived copy's name: the largest counter.
    let last = archive_name(&dir.path().join(ARCHIVE), &path, now(), u32::MAX);
    fs::create_dir_all(last.parent().unwrap()).unwrap();
    fs::write(&last, b"").unwrap();
    assert!(matches!(
        store.put(&path, &role, &plan, true, now()).unwrap(),
        Put::Replaced(_)
    ));
    assert!(
        !path.with_file_name(&temp).exists(),
        "cleared under the lock"
    );
    assert!(plans::check_name(&"𝒜".repeat(60)).is_err());
}

#[test]
fn put_creates_once_and_replaces_keeping_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = store.plan_path("dad");
    let role = plans::role("dad");
    let mut plan = crate::progress::plan::Plan::new("intervention", now());
    assert_eq!(
        store.put(&path, &role, &plan, false, now()).unwrap(),
        Put::Created
    );
    let first = fs::read(&path).unwrap();
    plan.form = "boundaries".into();
    assert_eq!(
        store.put(&path, &role, &plan, false, now()).unwrap(),
        Put::Exists
    );
    assert_eq!(fs::read(&path).unwrap(), first, "left alone");
    let Put::Replaced(copy) = store.put(&path, &role, &plan, true, now()).unwrap() else {
        panic!("replaced");
    };
    assert_eq!(fs::read(&copy).unwrap(), first);
    assert!(fs::read_to_string(&path).unwrap().contains("boundaries"));
    assert_eq!(store.archived(Some((plans::PLANS, "dad"))).unwrap(), [copy]);
    assert_eq!(
        store.purge_archived(Some((plans::PLANS, "dad"))).unwrap(),
        1
    );
    assert!(store.archived(None).unwrap().is_empty());
}

#[test]
fn concurrent_updates_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = store.file(CHECKLISTS, "kit");
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let (store, path) = (store.clone(), path.clone());
            std::thread::spawn(move || {
                for i in 0..50 {
                    tick(&store, &path, &format!("t{t}-{i}"));
                }
            })
        })
        .collect();
    threads.into_iter().for_each(|t| t.join().unwrap());
    let p: Progress = store.read(&path, &role()).unwrap().unwrap();
    assert_eq!(p.items.len(), 200);
}
