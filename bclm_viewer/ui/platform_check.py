"""Can Qt open a window here? Asked before the ``QApplication`` exists, without Qt.

Qt aborts the process (status 134, a fatal message about "xcb" plugins) when no display is
reachable, or, since Qt 6.5, when the X11 plugin lacks ``libxcb-cursor.so.0`` (the Debian and
Ubuntu package ``libxcb-cursor0``, not installed on every desktop). ``display_problem`` spots
both likely causes first and returns one plain line to print instead (the caller exits 2).
It imports nothing from Qt, so a launcher, the CLI or a desktop bundle can call it as well.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

# Platform plugins that need no display server (headless, framebuffer, remote).
_NO_DISPLAY_NEEDED = frozenset(
    {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
)

NO_DISPLAY = (
    "bclm-viewer: aucun écran trouvé (ni DISPLAY ni WAYLAND_DISPLAY) : lancez l'application "
    "depuis une session graphique, ou sans écran (serveur, CI) avec QT_QPA_PLATFORM=offscreen."
)
NO_XCB_CURSOR = (
    "bclm-viewer: la bibliothèque libxcb-cursor.so.0, nécessaire à Qt 6 sous X11, est absente : "
    "installez le paquet libxcb-cursor0 (Debian, Ubuntu : sudo apt install libxcb-cursor0 ; "
    "Fedora : sudo dnf install xcb-util-cursor ; Arch : sudo pacman -S xcb-util-cursor), "
    "puis relancez."
)


def _loadable(name: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def display_problem(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    loadable: Callable[[str], bool] = _loadable,
) -> str | None:
    """One line saying why Qt will not open a window here, or ``None`` if it should."""
    env = os.environ if environ is None else environ
    if not (sys.platform if platform is None else platform).startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    if chosen in _NO_DISPLAY_NEEDED:
        return None
    has_x11 = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if chosen == "wayland":
        return None if has_wayland else NO_DISPLAY
    if chosen not in ("", "xcb"):
        return None  # a plugin we do not know: let Qt judge
    if chosen == "xcb" and not has_x11:
        return NO_DISPLAY
    if not has_x11 and not has_wayland:
        return NO_DISPLAY
    uses_x11 = chosen == "xcb" or not has_wayland
    if uses_x11 and not loadable("libxcb-cursor.so.0"):
        return NO_XCB_CURSOR
    return None
