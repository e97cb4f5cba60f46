//! The UniFFI face of the library: what `uniffi-bindgen-ts` turns into TypeScript.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::greeting;

/// Greets `name` after a short asynchronous pause, saying which Rust thread did the work.
#[uniffi::export(async_runtime = "tokio")]
pub async fn say_hello(name: String) -> String {
    greeting::greet_after_work(&name).await
}

/// Greets `name` at once, on the calling thread.
#[uniffi::export]
pub fn say_hello_sync(name: String) -> String {
    greeting::greeting(&name)
}

/// Sets how long each greeting works before answering, in milliseconds (default 10).
///
/// Applies to both approaches; the benchmark sets it to 0.
#[uniffi::export]
pub fn set_work_delay_ms(ms: u64) {
    greeting::set_work_delay_ms(ms);
}

/// Adds two numbers, wrapping on overflow: the cheapest possible UniFFI call.
#[uniffi::export]
pub fn add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}

/// The same work as [`add`] as a plain C function: the floor a UniFFI call is measured against.
#[unsafe(no_mangle)]
pub extern "C" fn floor_add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}

/// Why a greeting was refused.
#[derive(Debug, PartialEq, Eq, uniffi::Error)]
pub enum GreetingError {
    /// The name was empty.
    EmptyName,
    /// The name was longer than allowed.
    TooLong {
        /// Length of the rejected name, in characters.
        length: u32,
        /// The longest name accepted.
        max: u32,
    },
}

impl std::fmt::Display for GreetingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::EmptyName => write!(f, "the name is empty"),
            Self::TooLong { length, max } => {
                write!(f, "the name has {length} characters, more than {max}")
            }
        }
    }
}

impl std::error::Error for GreetingError {}

/// The longest name [`checked_greeting`] accepts.
pub const MAX_NAME_CHARS: u32 = 32;

fn check_name(name: &str) -> Result<(), GreetingError> {
    let length = name.chars().count() as u32;
    if length == 0 {
        Err(GreetingError::EmptyName)
    } else if length > MAX_NAME_CHARS {
        Err(GreetingError::TooLong { length, max: MAX_NAME_CHARS })
    } else {
        Ok(())
    }
}

/// Greets `name` asynchronously, refusing empty names and names over 32 characters.
#[uniffi::export(async_runtime = "tokio")]
pub async fn checked_greeting(name: String) -> Result<String, GreetingError> {
    check_name(&name)?;
    Ok(greeting::greet_after_work(&name).await)
}

/// Checks a name synchronously, with the rules of [`checked_greeting`].
#[uniffi::export]
pub fn validate_name(name: String) -> Result<(), GreetingError> {
    check_name(&name)
}

/// Panics with `message`: a Rust panic must reach TypeScript as an Error.
#[uniffi::export]
pub fn panic_now(message: String) {
    panic!("{message}");
}

/// Panics with `message` inside a future, after yielding once.
#[uniffi::export(async_runtime = "tokio")]
pub async fn panic_later(message: String) -> String {
    tokio::task::yield_now().await;
    panic!("{message}");
}

static SLEEPS_STARTED: AtomicU64 = AtomicU64::new(0);
static SLEEPS_DROPPED_EARLY: AtomicU64 = AtomicU64::new(0);

/// Counts a sleep as dropped early unless it is disarmed after finishing.
struct SleepGuard {
    finished: bool,
}

impl Drop for SleepGuard {
    fn drop(&mut self) {
        if !self.finished {
            SLEEPS_DROPPED_EARLY.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// Sleeps for `ms` milliseconds and returns `ms`; used to observe cancellation.
#[uniffi::export(async_runtime = "tokio")]
pub async fn sleep_ms(ms: u64) -> u64 {
    SLEEPS_STARTED.fetch_add(1, Ordering::SeqCst);
    let mut guard = SleepGuard { finished: false };
    tokio::time::sleep(Duration::from_millis(ms)).await;
    guard.finished = true;
    ms
}

/// Sleeps for `ms` milliseconds and returns nothing.
#[uniffi::export(async_runtime = "tokio")]
pub async fn pause_ms(ms: u64) {
    tokio::time::sleep(Duration::from_millis(ms)).await;
}

/// How many [`sleep_ms`] futures were started, and how many were dropped before finishing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct SleepStats {
    /// Sleeps started.
    pub started: u64,
    /// Sleeps dropped before they finished (cancelled).
    pub dropped_early: u64,
}

/// Counters of [`sleep_ms`], to check that cancellation reaches Rust.
#[uniffi::export]
pub fn sleep_stats() -> SleepStats {
    SleepStats {
        started: SLEEPS_STARTED.load(Ordering::SeqCst),
        dropped_early: SLEEPS_DROPPED_EARLY.load(Ordering::SeqCst),
    }
}

/// A mood, as a flat enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Mood {
    /// Smiling.
    Happy,
    /// Neither up nor down.
    Calm,
    /// Best left alone.
    Grumpy,
}

/// A record that nests every kind of type this slice supports.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Profile {
    /// A 64-bit id, exact over its whole range.
    pub id: u64,
    /// Display name.
    pub name: String,
    /// An optional nickname.
    pub nickname: Option<String>,
    /// Scores, in order.
    pub scores: Vec<f64>,
    /// Current mood.
    pub mood: Mood,
    /// Free-form attributes.
    pub attributes: HashMap<String, String>,
    /// Raw avatar bytes.
    pub avatar: Vec<u8>,
    /// Temperature in degrees, single precision.
    pub temperature: f32,
    /// Whether the profile is active.
    pub active: bool,
}

/// Returns a profile with every field filled, for `name`.
#[uniffi::export]
pub fn sample_profile(name: String) -> Profile {
    Profile {
        id: u64::MAX - 1,
        nickname: Some(format!("{name}y")),
        name,
        scores: vec![1.5, -2.25, f64::MAX],
        mood: Mood::Calm,
        attributes: HashMap::from([("lang".to_string(), "rust".to_string())]),
        avatar: vec![0, 1, 254, 255],
        temperature: 36.6,
        active: true,
    }
}

/// Returns the profile unchanged.
#[uniffi::export]
pub fn echo_profile(profile: Profile) -> Profile {
    profile
}

/// A small record: the benchmark's record round trip (the napi-rs addon has the same one).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Point {
    /// Horizontal position.
    pub x: f64,
    /// Vertical position.
    pub y: f64,
    /// A name for the point.
    pub label: String,
}

/// Returns the point unchanged.
#[uniffi::export]
pub fn echo_point(point: Point) -> Point {
    point
}

/// Returns the profile unchanged, asynchronously.
#[uniffi::export(async_runtime = "tokio")]
pub async fn echo_profile_async(profile: Profile) -> Profile {
    tokio::task::yield_now().await;
    profile
}

/// Returns the moods one step happier.
#[uniffi::export]
pub fn cheer_up(moods: Vec<Mood>) -> Vec<Mood> {
    moods
        .into_iter()
        .map(|m| match m {
            Mood::Grumpy => Mood::Calm,
            _ => Mood::Happy,
        })
        .collect()
}

/// Counts the words of `text` (split on whitespace).
#[uniffi::export]
pub fn count_words(text: String) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_string()).or_insert(0) += 1;
    }
    counts
}

/// Returns the map unchanged.
#[uniffi::export]
pub fn echo_map(map: HashMap<String, i64>) -> HashMap<String, i64> {
    map
}

/// Returns the strings unchanged.
#[uniffi::export]
pub fn echo_strings(items: Vec<String>) -> Vec<String> {
    items
}

/// Returns the optional value unchanged.
#[uniffi::export]
pub fn echo_optional(value: Option<String>) -> Option<String> {
    value
}

/// Returns nested options and vectors unchanged.
#[uniffi::export]
pub fn echo_nested(value: Vec<Option<Vec<u64>>>) -> Vec<Option<Vec<u64>>> {
    value
}

/// Sums 64-bit numbers, wrapping on overflow, asynchronously.
#[uniffi::export(async_runtime = "tokio")]
pub async fn sum_async(values: Vec<u64>) -> u64 {
    values.into_iter().fold(0u64, |a, b| a.wrapping_add(b))
}

/// Defines a sync and an async identity function for a type, to check every scalar round trip.
macro_rules! echo_functions {
    ($($sync_name:ident, $async_name:ident: $ty:ty;)*) => {$(
        /// Returns the value unchanged.
        #[uniffi::export]
        pub fn $sync_name(value: $ty) -> $ty {
            value
        }

        /// Returns the value unchanged, asynchronously.
        #[uniffi::export(async_runtime = "tokio")]
        pub async fn $async_name(value: $ty) -> $ty {
            tokio::task::yield_now().await;
            value
        }
    )*};
}

echo_functions! {
    echo_bool, echo_bool_async: bool;
    echo_i8, echo_i8_async: i8;
    echo_u8, echo_u8_async: u8;
    echo_i16, echo_i16_async: i16;
    echo_u16, echo_u16_async: u16;
    echo_i32, echo_i32_async: i32;
    echo_u32, echo_u32_async: u32;
    echo_i64, echo_i64_async: i64;
    echo_u64, echo_u64_async: u64;
    echo_f32, echo_f32_async: f32;
    echo_f64, echo_f64_async: f64;
    echo_string, echo_string_async: String;
    echo_bytes, echo_bytes_async: Vec<u8>;
    echo_mood, echo_mood_async: Mood;
}
