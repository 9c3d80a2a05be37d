//! Information sharing: good-practice stories told with their partnership's numbers (written
//! by partners, reviewed and published by facilitators), news from the network, and the Atom
//! feed of both.

mod api;
#[cfg(feature = "ssr")]
pub mod demo;
#[cfg(feature = "ssr")]
pub mod entity;
#[cfg(feature = "ssr")]
pub mod feed;
#[cfg(feature = "ssr")]
pub mod image;
#[cfg(feature = "ssr")]
pub mod markdown;
mod news_pages;
#[cfg(feature = "ssr")]
pub mod news_service;
mod pages;
mod parts;
#[cfg(feature = "ssr")]
pub mod service;
mod types;
pub mod workflow;

pub use api::*;
pub use news_pages::{NewsItemPage, NewsPage};
pub use pages::{NewStoryPage, StoriesPage, StoryPage};
pub use types::*;
pub use workflow::{image_message, StoryStatus, StoryStep, MAX_IMAGE_BYTES};
