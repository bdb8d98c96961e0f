"""schema.org JSON-LD for each HTML page, embedded so content cannot escape it.

Every entry page is a ``MedicalWebPage`` with ``lastReviewed``, ``reviewedBy``
and ``about`` (the NHS and MedlinePlus publish the same facts); an FAQ is also
an ``FAQPage`` and a technique a ``HowTo`` with its steps, linked as the page's
``mainEntity`` by its ``@id``. Dates come from signed approvals only:
``datePublished`` from the first verified approval, ``dateModified`` and
``lastReviewed`` from the approval of the content as it is now. Reviewers carry
their credentials, and their job title and affiliation when the roster says.

With ``site.url`` set, each page has its address as ``url`` and ``@id``, and
the nodes' ids are addresses under it. Without it, the page's own nodes are
named by fragment (``#howto``, resolved against wherever the page is served)
and no address is claimed.

The JSON sits inside ``<script type="application/ld+json">``, where HTML
escaping does not apply: a title containing ``</script>`` would end the
element. So the JSON is built here, with ``<``, ``>`` and ``&`` written as
``\\u003c`` and friends (still the same JSON), and handed to the template as
:class:`~markupsafe.Markup`.
"""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from carekb.render.views import EntryView, FaqView, Reviewer, Site, TechniqueView, WithdrawnView

CONTEXT = "https://schema.org"
_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_ABOUT_TYPES = {"technique": "ExercisePlan", "precaution": "MedicalEntity"}


def script_json(data: Any) -> Markup:
    """``data`` as JSON that is safe inside a ``<script>`` element."""
    encoded = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)
    for raw, escaped in _ESCAPES.items():
        encoded = encoded.replace(raw, escaped)
    return Markup(encoded)


def entry_page(view: EntryView, site: Site) -> Markup:
    """The JSON-LD graph of an entry's or a handout's page."""
    page = _medical_web_page(view, site)
    graph: list[dict[str, Any]] = [page]
    main: dict[str, Any] | None = None
    if isinstance(view, FaqView):
        main = _faq_page(view)
    if isinstance(view, TechniqueView):
        main = _how_to(view)
    if main is not None:
        main["@id"] = f"{view.url or ''}#{main['@type'].lower()}"
        page["mainEntity"] = {"@id": main["@id"]}
        graph.append(main)
    return script_json({"@context": CONTEXT, "@graph": graph})


def withdrawn_page(view: WithdrawnView, site: Site) -> Markup:
    """A withdrawn entry's notice: a page that says only when, and what replaces it."""
    page: dict[str, Any] = {
        "@type": "WebPage",
        "name": f"Withdrawn: {view.title}",
        "inLanguage": view.language,
        "publisher": _organisation(site),
        "dateModified": view.date,
    }
    if view.url is not None:
        page["url"] = page["@id"] = view.url
    if view.replaced_by is not None and site.url is not None:
        page["relatedLink"] = site.url + view.replaced_by.page + ".html"
    return script_json({"@context": CONTEXT, "@graph": [page]})


def index_page(site: Site) -> Markup:
    """The JSON-LD of the index: a collection published by the organisation."""
    return script_json(
        {
            "@context": CONTEXT,
            "@type": "CollectionPage",
            **({"@id": site.url, "url": site.url} if site.url else {}),
            "name": site.name,
            "inLanguage": site.language,
            "publisher": _organisation(site),
        }
    )


def _medical_web_page(view: EntryView, site: Site) -> dict[str, Any]:
    page: dict[str, Any] = {
        "@type": "MedicalWebPage",
        "name": view.title,
        "inLanguage": view.language,
        "about": {"@type": _ABOUT_TYPES.get(view.kind, "Thing"), "name": view.title},
        "medicalAudience": {"@type": "MedicalAudience", "audienceType": "Patient"},
        "publisher": _organisation(site),
    }
    if view.url is not None:
        page["url"] = page["@id"] = view.url
    if view.summary is not None:
        page["description"] = view.summary.plain
    if view.tags:
        page["keywords"] = ", ".join(view.tags)
    sign_off = view.sign_off
    if sign_off.approved:
        page["lastReviewed"] = sign_off.last_reviewed
        page["dateModified"] = sign_off.last_reviewed
        if view.published is not None:
            page["datePublished"] = view.published
        page["reviewedBy"] = [_person(r) for r in sign_off.reviewers]
    return page


def _person(reviewer: Reviewer) -> dict[str, Any]:
    person: dict[str, Any] = {"@type": "Person", "name": reviewer.name}
    if reviewer.affiliation:
        person["affiliation"] = {"@type": "Organization", "name": reviewer.affiliation}
    if reviewer.credentials:
        person["honorificSuffix"] = reviewer.credentials
        person["hasCredential"] = [
            {"@type": "EducationalOccupationalCredential", "name": name}
            for name in reviewer.credential_list
        ]
    if reviewer.job_title:
        person["jobTitle"] = reviewer.job_title
    return person


def _faq_page(view: FaqView) -> dict[str, Any]:
    answer = view.answer.plain if view.answer is not None else ""
    return {
        "@type": "FAQPage",
        "inLanguage": view.language,
        "mainEntity": [
            {
                "@type": "Question",
                "name": view.question,
                "acceptedAnswer": {"@type": "Answer", "text": answer},
            }
        ],
    }


def _how_to(view: TechniqueView) -> dict[str, Any]:
    how_to: dict[str, Any] = {
        "@type": "HowTo",
        "name": view.title,
        "inLanguage": view.language,
        "step": [
            {"@type": "HowToStep", "position": number, "text": step.plain}
            for number, step in enumerate(view.steps, start=1)
        ],
    }
    if view.summary is not None:
        how_to["description"] = view.summary.plain
    if view.equipment:
        how_to["tool"] = [{"@type": "HowToTool", "name": item.plain} for item in view.equipment]
    return how_to


def _organisation(site: Site) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "name": site.organisation.name}
    if site.organisation.website:
        org["url"] = site.organisation.website
    return org
