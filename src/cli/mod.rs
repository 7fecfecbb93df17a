//! Batch commands.
pub fn main() -> i32 {
    0
}
