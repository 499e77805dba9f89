"""The portal registry: data/portals/*.toml, validated at load time.

A portal names its platform family; the family's profile (harvester/platforms/
*.toml) supplies URL rules and furniture selectors, and the portal may add its own.
"""
from __future__ import annotations

import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator

from harvester.errors import ConfigError
from pipelines.types import PortalInfo

PROJECT_ROOT = Path(__file__).resolve().parent.parent
REGISTRY_DIR = PROJECT_ROOT / "data" / "portals"
PLATFORMS_DIR = Path(__file__).resolve().parent / "platforms"

Level = Literal["Trung ương", "tỉnh", "huyện", "xã"]


class PortalError(ConfigError):
    """A portal entry or profile is wrong; the message is one line for the user."""


class Rules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    article_patterns: list[str] = Field(default_factory=list)
    listing_patterns: list[str] = Field(default_factory=list)
    pagination_patterns: list[str] = Field(default_factory=list)
    non_article_patterns: list[str] = Field(default_factory=list)
    deny_patterns: list[str] = Field(default_factory=list)
    furniture_xpaths: list[str] = Field(default_factory=list)
    date_xpaths: list[str] = Field(default_factory=list)
    body_xpaths: list[str] = Field(default_factory=list)
    title_xpaths: list[str] = Field(default_factory=list)
    # How the family spells directory-like URLs: "add" (WordPress posts end in "/"), "strip", or keep as linked.
    trailing_slash: Literal["add", "strip"] | None = None
    title_suffixes: list[str] = Field(default_factory=list)

    @field_validator("article_patterns", "listing_patterns", "pagination_patterns", "non_article_patterns",
                     "deny_patterns")
    @classmethod
    def _regexes_compile(cls, value: list[str]) -> list[str]:
        import re

        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        return value

    @field_validator("pagination_patterns")
    @classmethod
    def _has_page_group(cls, value: list[str]) -> list[str]:
        for pattern in value:
            if "(?P<page>" not in pattern:
                raise ValueError(f"pagination pattern {pattern!r} needs a (?P<page>...) group")
        return value

    def merged(self, other: Rules) -> Rules:
        """Lists add up; the other's trailing-slash policy wins when it sets one."""
        lists = {name: [*getattr(self, name), *getattr(other, name)]
                 for name, f in Rules.model_fields.items() if name != "trailing_slash"}
        return Rules(**lists, trailing_slash=other.trailing_slash or self.trailing_slash)


class Marker(BaseModel):
    """Evidence of a platform in a page: a regular expression over the HTML (or the URL)."""

    model_config = ConfigDict(extra="forbid")

    label: str
    pattern: str
    weight: int = Field(default=1, ge=1)
    where: Literal["html", "url"] = "html"


class Platform(Rules):
    description: str = ""
    markers: list[Marker] = Field(default_factory=list)


class Portal(BaseModel):
    model_config = ConfigDict(extra="forbid")

    key: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    name: str = Field(min_length=1)
    base_url: HttpUrl
    platform: str | None = None  # None: detected from the home page's markup
    province: str | None = None
    district: str | None = None
    commune: str | None = None
    level: Level | None = None
    owner: str | None = None
    active_from: date | None = None
    active_to: date | None = None
    start_urls: list[HttpUrl] = Field(default_factory=list)
    sitemaps: list[HttpUrl] = Field(default_factory=list)
    feeds: list[HttpUrl] = Field(default_factory=list)
    rules: Rules = Field(default_factory=Rules)

    @field_validator("platform")
    @classmethod
    def _known_platform(cls, value: str | None) -> str | None:
        if value is not None and value not in available_platforms():
            raise ValueError(f"unknown platform {value!r} (known: {', '.join(available_platforms())})")
        return value

    @property
    def host(self) -> str:
        return urlsplit(str(self.base_url)).hostname or ""

    def effective_rules(self) -> Rules:
        platform = self.platform or "generic"
        base = load_platform(platform)
        generic = load_platform("generic")
        rules = Rules(**base.model_dump(include=set(Rules.model_fields)))
        if platform != "generic":
            # Deny rules and paging forms of the fallback hold for every site.
            rules = rules.merged(Rules(deny_patterns=generic.deny_patterns,
                                       pagination_patterns=generic.pagination_patterns))
        return rules.merged(self.rules)

    def info(self) -> PortalInfo:
        rules = self.effective_rules()
        return PortalInfo(
            key=self.key,
            name=self.name,
            base_url=str(self.base_url),
            platform=self.platform or "generic",
            province=self.province,
            district=self.district,
            commune=self.commune,
            level=self.level,
            owner=self.owner,
            article_patterns=tuple(rules.article_patterns),
            listing_patterns=tuple(rules.listing_patterns),
            non_article_patterns=tuple(rules.non_article_patterns),
            title_suffixes=tuple([*rules.title_suffixes, self.name]),
            furniture_xpaths=tuple(rules.furniture_xpaths),
            date_xpaths=tuple(rules.date_xpaths),
            body_xpaths=tuple(rules.body_xpaths),
            title_xpaths=tuple(rules.title_xpaths),
            pagination_patterns=tuple(rules.pagination_patterns),
            trailing_slash=rules.trailing_slash,
        )


def _one_line(path: Path, exc: ValidationError) -> str:
    err = exc.errors()[0]
    field = ".".join(str(p) for p in err["loc"]) or "(entry)"
    more = f" (+{len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
    return f"{path}: field '{field}': {err['msg']}{more}"


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise PortalError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise PortalError(f"{path}: cannot read: {exc.strerror}") from None


@lru_cache(maxsize=None)
def available_platforms() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in PLATFORMS_DIR.glob("*.toml")))


@lru_cache(maxsize=None)
def load_platform(name: str) -> Platform:
    path = PLATFORMS_DIR / f"{name}.toml"
    try:
        return Platform(**_read_toml(path))
    except ValidationError as exc:
        raise PortalError(_one_line(path, exc)) from None


def load_portal_file(path: Path) -> Portal:
    data = _read_toml(path)
    try:
        return Portal(**data)
    except ValidationError as exc:
        raise PortalError(_one_line(path, exc)) from None


def load_registry(*sources: Path) -> dict[str, Portal]:
    """All portals in the given folders or files (default: data/portals), keyed by portal key."""
    portals: dict[str, Portal] = {}
    seen: dict[str, Path] = {}
    for source in sources or (REGISTRY_DIR,):
        source = Path(source)
        if not source.exists():
            raise PortalError(f"{source}: no such registry file or folder")
        for path in sorted(source.glob("*.toml")) if source.is_dir() else [source]:
            portal = load_portal_file(path)
            if portal.key in portals:
                raise PortalError(f"{path}: field 'key': duplicate key {portal.key!r} (also in {seen[portal.key]})")
            portals[portal.key] = portal
            seen[portal.key] = path
    return portals


def portal_for_url(url: str, name: str | None = None) -> Portal:
    """An ad-hoc portal for a site that is not in the registry (`crawl --url`)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PortalError(f"not an http(s) URL: {url!r}")
    key = parts.hostname.removeprefix("www.")
    try:
        return Portal(key=key, name=name or key, base_url=url)
    except ValidationError as exc:
        raise PortalError(f"--url {url}: {exc.errors()[0]['msg']}") from None


def find_portal(portals: dict[str, Portal], key: str) -> Portal:
    try:
        return portals[key]
    except KeyError:
        known = ", ".join(sorted(portals)) or "none"
        raise PortalError(f"no portal with key {key!r} (known: {known})") from None
