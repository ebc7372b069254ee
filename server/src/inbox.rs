//! The staff inbox pages under `/inbox`.

/// The inbox routes, merged into the application.
pub fn routes() -> axum::Router<crate::AppState> {
    axum::Router::new()
}
