"""An SMTP server for the tests (Debian's python3-aiosmtpd): keeps each message it gets in a
maildir, and speaks plain SMTP, STARTTLS (required) or TLS from the first byte, with optional
AUTH (PLAIN / LOGIN, one user). Stopped by SIGTERM or SIGKILL."""

import argparse
import asyncio
import ssl

from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--maildir", required=True)
parser.add_argument("--mode", choices=["plain", "starttls", "tls"], default="plain")
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--user")
parser.add_argument("--password")
args = parser.parse_args()

handler = Mailbox(args.maildir)

context = None
if args.mode != "plain":
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)


def authenticator(server, session, envelope, mechanism, auth_data):
    if not isinstance(auth_data, LoginPassword):
        return AuthResult(success=False, handled=False)
    ok = auth_data.login.decode() == args.user and auth_data.password.decode() == args.password
    # handled=False: aiosmtpd answers a failure itself (535).
    return AuthResult(success=ok, handled=False)


def protocol():
    options = {"hostname": "localhost"}
    if args.mode == "starttls":
        options.update(tls_context=context, require_starttls=True)
    if args.user:
        options.update(
            authenticator=authenticator,
            auth_required=True,
            # Credentials travel only inside TLS (STARTTLS here).
            auth_require_tls=args.mode == "starttls",
        )
    return SMTP(handler, **options)


loop = asyncio.new_event_loop()
server = loop.run_until_complete(
    loop.create_server(
        protocol,
        host="127.0.0.1",
        port=args.port,
        ssl=context if args.mode == "tls" else None,
        reuse_address=True,
    )
)
loop.run_forever()
