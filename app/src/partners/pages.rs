use super::list_organizations;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let organizations = Resource::new(|| (), |_| list_organizations());

    view! {
        <Title text="Partners" />
        <h1>"Partner directory"</h1>
        <p class="lead">
            "Utilities, facilitators and partners of the WaterLinks network across Asia and the Pacific."
        </p>
        <Suspense fallback=|| view! { <p class="muted">"Loading the directory…"</p> }>
            {move || Suspend::new(async move {
                let organizations = organizations.await?;
                Ok::<_, crate::error::AppError>(
                    view! {
                        <p class="muted">{format!("{} organizations", organizations.len())}</p>
                        <ul class="card-list">
                            {organizations
                                .into_iter()
                                .map(|org| {
                                    view! {
                                        <li class="card">
                                            <h2 class="card__title">{org.name}</h2>
                                            <p class="card__meta">
                                                <span class="tag">{org.kind.label()}</span>
                                                {format!(" {}, {}", org.city, org.country)}
                                            </p>
                                            {org
                                                .population_served
                                                .map(|p| {
                                                    view! {
                                                        <p class="card__meta">
                                                            {format!("Serves {} people", group_thousands(p))}
                                                        </p>
                                                    }
                                                })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    },
                )
            })}
        </Suspense>
    }
}

/// 1234567 → "1,234,567"
pub fn group_thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::group_thousands;

    #[test]
    fn groups_digits_by_thousands() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(7_250_000), "7,250,000");
        assert_eq!(group_thousands(-12_345), "-12,345");
    }
}
