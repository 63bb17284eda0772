"""One citizen's visit: their login and what they typed. `end()` forgets all of it."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field

from kiosk import logs
from kiosk.portal.client import PortalClient
from kiosk.portal.models import Account, Dossier
from kiosk.secrets import Secrets, SecretsUnavailable

log = logging.getLogger(__name__)
TOKEN_NAME = "portal-token"


@dataclass
class CitizenSession:
    portal: PortalClient
    secrets: Secrets | None
    account: Account | None = None
    dossiers: list[Dossier] = field(default_factory=list)

    def login(self, username: str, password: str) -> Account:
        """Runs on a worker thread. The token goes to keyring, never to a file; the password nowhere."""
        token = self.portal.login(username, password)
        self.account = token.account
        logs.remember_sensitive(username, token.account)
        if self.secrets is not None:
            try:
                self.secrets.set(TOKEN_NAME, token.access_token)
            except SecretsUnavailable:
                log.warning("keyring unavailable: the login token is kept in memory only")
        return token.account

    def account_answers(self) -> dict[str, object]:
        """What the form engine may fill from the account, so nothing is typed twice."""
        if self.account is None:
            return {}
        return {
            "full_name": self.account.full_name,
            "id_number": self.account.id_number,
            "birth_date": self.account.birth_date,
            "phone": self.account.phone,
        }

    def end(self) -> None:
        """Logs out and forgets the account, the token and every dossier of this visit."""
        self.portal.logout()
        if self.secrets is not None:
            with contextlib.suppress(SecretsUnavailable):
                self.secrets.delete(TOKEN_NAME)
        self.account = None
        self.dossiers.clear()

    def close(self) -> None:
        """Ends the session for good: logged out, forgotten, the connection closed."""
        self.end()
        self.portal.close()
