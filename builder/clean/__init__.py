"""The cleaner: raw article text in, the article's own words and metadata out.

Public interface (used by the pipeline and by ``briefing clean``)::

    clean_article(raw: RawArticle, ctx: CleanContext) -> CleanArticle
    list_rules() -> list[str]                  # names, in order
    collect_evidence(raws) -> Evidence         # archive-wide boilerplate evidence
"""

from builder.clean.api import CleanContext, Evidence, clean_article, collect_evidence, evidence_of, list_rules

__all__ = ["CleanContext", "Evidence", "clean_article", "collect_evidence", "evidence_of", "list_rules"]
