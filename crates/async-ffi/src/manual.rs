//! The manual approach (placeholder, being written).
