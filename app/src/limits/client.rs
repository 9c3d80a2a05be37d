//! Who the client is, for the per-address limits. Behind a reverse proxy every request comes
//! from the proxy, which names the client in `X-Forwarded-For`; anyone else can write that
//! header too, so it is believed only when the connection comes from a configured proxy.

use ipnet::IpNet;
use std::net::IpAddr;

/// The reverse proxies whose `X-Forwarded-For` is believed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Addresses (`10.0.0.5`, `::1`) or ranges (`10.0.0.0/8`); the message names a bad one.
    pub fn parse<S: AsRef<str>>(list: &[S]) -> Result<TrustedProxies, String> {
        list.iter()
            .map(|item| {
                let item = item.as_ref().trim();
                item.parse::<IpNet>()
                    .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| {
                        format!("trusted_proxies: '{item}' is not an IP address or CIDR range")
                    })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }
}

/// The client's address: the TCP peer, unless the peer is a trusted proxy; then the right-most
/// address of `X-Forwarded-For` (every header line, in order) that is not itself a trusted
/// proxy. Entries left of it were written by the client and prove nothing. An entry that is
/// not an address ends the walk at the last trusted hop.
pub fn client_ip<'a>(
    peer: IpAddr,
    forwarded_for: impl Iterator<Item = &'a str>,
    proxies: &TrustedProxies,
) -> IpAddr {
    let peer = peer.to_canonical();
    if !proxies.contains(peer) {
        return peer;
    }
    let hops: Vec<&str> = forwarded_for.flat_map(|line| line.split(',')).collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        match parse_hop(hop) {
            Some(ip) => {
                client = ip;
                if !proxies.contains(ip) {
                    break;
                }
            }
            None => break,
        }
    }
    client
}

/// `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1` or `[2001:db8::1]:5678`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    hop.parse::<IpAddr>()
        .or_else(|_| hop.parse::<std::net::SocketAddr>().map(|s| s.ip()))
        .ok()
        .map(|ip| ip.to_canonical())
}

/// The subject a client address is limited as: an IPv4 address, or an IPv6 /64 (one
/// household, phone or server is given a whole /64, so single IPv6 addresses cost nothing).
pub fn address_subject(ip: IpAddr) -> String {
    match ip.to_canonical() {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn proxies(list: &[&str]) -> TrustedProxies {
        TrustedProxies::parse(list).unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        let none = TrustedProxies::default();
        let forged = ["198.51.100.1"];
        assert_eq!(
            client_ip(ip("203.0.113.9"), forged.into_iter(), &none),
            ip("203.0.113.9")
        );
        // A trusted proxy elsewhere does not make this peer one.
        let other = proxies(&["10.0.0.0/8"]);
        assert_eq!(
            client_ip(ip("203.0.113.9"), forged.into_iter(), &other),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn from_a_trusted_proxy_the_right_most_untrusted_hop_is_the_client() {
        let p = proxies(&["10.0.0.0/8", "192.0.2.1"]);
        let lines = ["198.51.100.66, 203.0.113.5", "10.1.1.1"];
        assert_eq!(
            client_ip(ip("192.0.2.1"), lines.into_iter(), &p),
            ip("203.0.113.5")
        );
        // With ports, and IPv6 in brackets.
        let lines = ["[2001:db8::7]:4711, 10.2.2.2:80"];
        assert_eq!(
            client_ip(ip("10.0.0.1"), lines.into_iter(), &p),
            ip("2001:db8::7")
        );
        // No header: the proxy itself.
        assert_eq!(
            client_ip(ip("10.0.0.1"), std::iter::empty(), &p),
            ip("10.0.0.1")
        );
        // Garbage where the proxy should have written an address: stop at the proxy.
        let lines = ["203.0.113.5, nonsense"];
        assert_eq!(
            client_ip(ip("10.0.0.1"), lines.into_iter(), &p),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn mapped_ipv4_counts_as_ipv4() {
        let p = proxies(&["127.0.0.1"]);
        let lines = ["::ffff:198.51.100.3"];
        assert_eq!(
            client_ip(ip("::ffff:127.0.0.1"), lines.into_iter(), &p),
            ip("198.51.100.3")
        );
    }

    #[test]
    fn ipv6_clients_are_limited_per_64() {
        assert_eq!(address_subject(ip("2001:db8:1:2::1")), "2001:db8:1:2::/64");
        assert_eq!(
            address_subject(ip("2001:db8:1:2:ffff:ffff:ffff:ffff")),
            address_subject(ip("2001:db8:1:2::1"))
        );
        assert_ne!(
            address_subject(ip("2001:db8:1:3::1")),
            address_subject(ip("2001:db8:1:2::1"))
        );
        assert_eq!(address_subject(ip("203.0.113.5")), "203.0.113.5");
    }

    #[test]
    fn bad_proxy_settings_are_named() {
        assert!(TrustedProxies::parse(&["10.0.0.1", "fd00::/8"]).is_ok());
        let err = TrustedProxies::parse(&["10.0.0.1", "proxy.local"]).unwrap_err();
        assert!(err.contains("proxy.local"), "{err}");
    }
}
