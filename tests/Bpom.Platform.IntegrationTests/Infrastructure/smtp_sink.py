"""SMTP sink for the integration tests (aiosmtpd, from Debian's python3-aiosmtpd).

Stores every accepted message as <dir>/<uuid>.eml (written to a temporary name, then renamed, so a reader never sees
half a message). Recipients starting with "tolak" are refused for good (550), those starting with "sibuk" for now
(451), so tests can drive permanent and transient failures. Prints READY once listening.
"""
import argparse
import asyncio
import os
import uuid

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.lower()
        if local.startswith("tolak"):
            return "550 5.1.1 Mailbox unavailable"
        if local.startswith("sibuk"):
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.directory, uuid.uuid4().hex + ".eml")
        with open(name + ".tmp", "wb") as f:
            f.write(envelope.original_content)
        os.rename(name + ".tmp", name)
        return "250 Message accepted"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    controller = Controller(Sink(args.dir), hostname="127.0.0.1", port=args.port)
    controller.start()
    print("READY", flush=True)
    try:
        asyncio.run(asyncio.Event().wait())
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
