//! The API's endpoints as the developers page lists them; the generated OpenAPI document
//! (`openapi`) and the handlers' annotations (`api_v1`) take their summaries from here.

/// One endpoint of the API as the developers page lists it; the generated document takes its
/// summary from here too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Endpoint {
    pub path: &'static str,
    pub summary: &'static str,
    /// Takes the results filters rather than paging.
    pub filtered: bool,
}

pub const ORGANIZATIONS: Endpoint = Endpoint {
    path: "/api/v1/organizations",
    summary: "Organizations of the network: utilities, associations, partners",
    filtered: false,
};
pub const PARTNERSHIPS: Endpoint = Endpoint {
    path: "/api/v1/partnerships",
    summary: "Water Operator Partnerships with their outcomes (public outcomes unless signed in)",
    filtered: false,
};
pub const TRAININGS: Endpoint = Endpoint {
    path: "/api/v1/trainings",
    summary: "Training programs with their sessions",
    filtered: false,
};
pub const KNOWLEDGE_PRODUCTS: Endpoint = Endpoint {
    path: "/api/v1/knowledge-products",
    summary: "Published knowledge products (public ones unless signed in), with downloads",
    filtered: false,
};
pub const EVENTS: Endpoint = Endpoint {
    path: "/api/v1/events",
    summary: "Sector events",
    filtered: false,
};
pub const RESULTS: Endpoint = Endpoint {
    path: "/api/v1/results",
    summary: "The results dashboard's figures for a filter",
    filtered: true,
};

pub const ENDPOINTS: &[Endpoint] = &[
    ORGANIZATIONS,
    PARTNERSHIPS,
    TRAININGS,
    KNOWLEDGE_PRODUCTS,
    EVENTS,
    RESULTS,
];
