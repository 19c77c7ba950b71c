//! All integration tests, in one binary so the app is linked once.

mod it;
