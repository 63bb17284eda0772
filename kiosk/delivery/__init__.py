"""Delivering the outbox to the portal: exactly once, with backoff, on a background thread."""

from kiosk.delivery.sender import DeliveryReport, Sender, backoff, deliver_once

__all__ = ["DeliveryReport", "Sender", "backoff", "deliver_once"]
