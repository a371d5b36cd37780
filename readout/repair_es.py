"""`readout index rebuild` on Elasticsearch: a fresh index behind a temporary alias, then one alias swap."""
from __future__ import annotations

import time
from collections.abc import Callable

from index.es_index import ElasticIndex


def rebuild_elastic(url: str, build: Callable[[ElasticIndex], tuple[int, int]]) -> tuple[int, int]:
    from extract.analysis import analyze

    live = ElasticIndex(url, analyze)
    temp = f"{live.alias}-rebuild-{int(time.time())}"
    fresh = ElasticIndex(url, analyze, alias=temp)
    try:
        result = build(fresh)
        es = live.es
        old = list(es.indices.get_alias(name=live.alias))
        [new] = list(es.indices.get_alias(name=temp))
        es.indices.update_aliases(actions=[
            *({"remove": {"index": i, "alias": live.alias}} for i in old),
            {"add": {"index": new, "alias": live.alias, "is_write_index": True}},
            {"remove": {"index": new, "alias": temp}}])  # searches switch at once
        for i in old:
            es.indices.delete(index=i)
        es.indices.delete_index_template(name=temp)
        return result
    finally:
        fresh.close()
        live.close()
