"""``notequiz stats``: what is due per deck, a forecast, and the retention so far.

``compute`` turns the store (and, optionally, the cards of some notes or
exports) into plain numbers; ``render`` draws them with rich.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from notequiz.errors import printable
from notequiz.model import Card
from notequiz.quiz.plan import in_decks
from notequiz.quiz.schedule import Rating, State, utc
from notequiz.quiz.store import Store

RECENT_DAYS = 30


@dataclass(frozen=True, slots=True)
class DeckStats:
    """Counts for one deck."""

    deck: str
    new: int
    """Cards never answered (known only when notes or exports are given)."""
    learning: int
    """Cards in (re)learning: short steps, minutes apart."""
    due_now: int
    due_today: int
    """Due by the end of today, the ones due now included."""
    seen: int
    """Cards answered at least once."""
    retention: float | None
    """Share of reviews of cards in review that were not rated Again."""


@dataclass(frozen=True, slots=True)
class Stats:
    """Everything ``stats`` shows."""

    decks: tuple[DeckStats, ...]
    forecast: tuple[tuple[date, int], ...]
    """Cards due on each of the coming days; the first day holds the overdue ones too."""
    retention: float | None
    retention_reviews: int
    recent_retention: float | None
    recent_reviews: int
    right_share: float | None
    """Share of typed and multiple-choice answers that were right."""
    graded_answers: int
    reviews: int

    @property
    def total(self) -> DeckStats:
        """All decks added up."""
        return DeckStats(
            "All decks",
            sum(d.new for d in self.decks),
            sum(d.learning for d in self.decks),
            sum(d.due_now for d in self.decks),
            sum(d.due_today for d in self.decks),
            sum(d.seen for d in self.decks),
            self.retention,
        )


def _share(passed: int, total: int) -> float | None:
    return passed / total if total else None


def compute(
    store: Store,
    now: datetime,
    cards: Sequence[Card] | None = None,
    decks: Sequence[str] = (),
    days: int = 7,
    local: tzinfo | None = None,
) -> Stats:
    """Stats of the store; with ``cards``, only of those cards (and their new ones counted)."""
    now = utc(now)
    zone = local or now.astimezone().tzinfo
    today = now.astimezone(zone).date()
    end_of_today = datetime.combine(today + timedelta(days=1), time(), zone)
    progress = store.progress()
    info = store.card_info()
    if cards is not None:
        deck_of = {c.id: c.deck for c in cards}
    else:
        deck_of = {cid: i.deck for cid, i in info.items()}
    deck_of = {cid: d for cid, d in deck_of.items() if in_decks(d, decks)}

    rows: dict[str, dict[str, int]] = {}
    forecast = [0] * max(days, 1)
    for cid, deck in deck_of.items():
        row = rows.setdefault(deck, dict.fromkeys(("new", "learning", "now", "today", "seen"), 0))
        p = progress.get(cid)
        if p is None:
            row["new"] += 1
            continue
        row["seen"] += 1
        row["learning"] += p.state != State.REVIEW
        row["now"] += p.due <= now
        row["today"] += p.due < end_of_today
        offset = max(0, (p.due.astimezone(zone).date() - today).days)
        if offset < len(forecast):
            forecast[offset] += 1

    passed: dict[str, list[int]] = {}
    kept = total = recent_kept = recent_total = right = graded = count = 0
    recent_from = now - timedelta(days=RECENT_DAYS)
    for r in store.reviews():
        if r.card_id not in deck_of:
            continue
        count += 1
        if r.verdict in ("right", "wrong"):
            graded += 1
            right += r.verdict == "right"
        if r.state_before != State.REVIEW:
            continue  # retention is about cards that were already learnt
        ok = r.rating != Rating.AGAIN
        tally = passed.setdefault(deck_of[r.card_id], [0, 0])
        tally[0] += ok
        tally[1] += 1
        kept += ok
        total += 1
        if r.at >= recent_from:
            recent_kept += ok
            recent_total += 1

    deck_rows = tuple(
        DeckStats(
            deck or "(no deck)",
            v["new"],
            v["learning"],
            v["now"],
            v["today"],
            v["seen"],
            _share(*passed.get(deck, [0, 0])),
        )
        for deck, v in sorted(rows.items())
    )
    return Stats(
        decks=deck_rows,
        forecast=tuple((today + timedelta(days=i), n) for i, n in enumerate(forecast)),
        retention=_share(kept, total),
        retention_reviews=total,
        recent_retention=_share(recent_kept, recent_total),
        recent_reviews=recent_total,
        right_share=_share(right, graded),
        graded_answers=graded,
        reviews=count,
    )


# --- Drawing ---------------------------------------------------------------------------

_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: int, top: int, width: int = 30) -> str:
    """A horizontal bar of ``value`` against ``top``, in eighths of a character."""
    if top <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / top * width * 8))
    return "█" * (eighths // 8) + (_EIGHTHS[eighths % 8] if eighths % 8 else "")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _day_name(day: date, today: date) -> str:
    if day == today:
        return "Today"
    if day == today + timedelta(days=1):
        return "Tomorrow"
    return f"{day:%a %m-%d}"


def render(stats: Stats) -> Group:
    """Tables and a chart for the terminal."""
    decks = Table(title="Due by deck", title_justify="left")
    decks.add_column("Deck")
    for name in ("New", "Learning", "Due now", "Due today", "Seen", "Retention"):
        decks.add_column(name, justify="right")
    def row(d: DeckStats, style: str | None = None) -> None:
        decks.add_row(
            # Text, not str: a deck name comes from a note's front matter, and a
            # str cell is read as console markup ("[/bold]" would raise).
            Text(printable(d.deck)),
            str(d.new),
            str(d.learning),
            str(d.due_now),
            str(d.due_today),
            str(d.seen),
            _pct(d.retention),
            style=style,
        )

    for d in stats.decks:
        row(d)
    decks.add_section()
    row(stats.total, "bold")

    top = max((n for _, n in stats.forecast), default=0)
    today = stats.forecast[0][0] if stats.forecast else date.today()
    forecast = Table(title="Forecast", title_justify="left")
    forecast.add_column("Day")
    forecast.add_column("Due", justify="right")
    forecast.add_column("", min_width=10)
    for day, n in stats.forecast:
        forecast.add_row(_day_name(day, today), str(n), Text(bar(n, top), style="cyan"))

    lines = Text()
    lines.append("Retention: ", style="bold")
    lines.append(
        f"{_pct(stats.retention)} of {stats.retention_reviews} reviews of learnt cards"
        f" (last {RECENT_DAYS} days: {_pct(stats.recent_retention)} of {stats.recent_reviews})"
    )
    lines.append("\nAnswers right: ", style="bold")
    lines.append(f"{_pct(stats.right_share)} of {stats.graded_answers} graded answers")
    lines.append(f" · {stats.reviews} reviews in all", style="dim")
    return Group(decks, Text(), forecast, Text(), lines)


def show(stats: Stats, console: Console | None = None) -> None:
    """Print ``render(stats)``."""
    (console or Console(highlight=False, emoji=False)).print(render(stats))
