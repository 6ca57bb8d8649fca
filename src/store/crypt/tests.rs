//! Unit tests of `store/crypt.rs`.

use super::*;

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

#[test]
fn the_data_key_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let key = age::x25519::Identity::generate();
    write_key_file(dir.path(), &key, pass("correct horse")).unwrap();
    assert!(store.open_key(pass("wrong")).unwrap().is_none());
    assert!(store.open_key(pass("")).unwrap().is_none());
    let back = store.open_key(pass("correct horse")).unwrap().unwrap();
    assert_eq!(back.to_public().to_string(), key.to_public().to_string());
}

#[test]
fn a_tampered_or_truncated_file_is_refused() {
    let key = age::x25519::Identity::generate();
    let sealed = seal(&key.to_public(), b"# kinship: plans/dad.yaml\nsecret\n").unwrap();
    assert_eq!(
        &open(&key, &sealed).unwrap()[..],
        b"# kinship: plans/dad.yaml\nsecret\n"
    );
    let mut flipped = sealed.clone();
    let last = flipped.len() - 3;
    flipped[last] ^= 1;
    assert!(open(&key, &flipped).is_err());
    assert!(open(&key, &sealed[..sealed.len() - 5]).is_err());
    let other = age::x25519::Identity::generate();
    assert!(open(&other, &sealed).is_err());
}

#[test]
fn random_ids_are_hex_and_differ() {
    let (a, b) = (random_id(), random_id());
    assert_eq!(a.len(), 32);
    assert_ne!(a, b);
}
