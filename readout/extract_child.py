"""The extraction worker process behind `readout.extract_budget`: one document per line on stdin, its outputs
(or its error) as one line on stdout; a line `{"prime": [document, ...]}` (a batch about to come one by one)
is analysed ahead and answered `{"primed": characters}`. The kernel enforces the CPU budget (RLIMIT_CPU): a
document (or a batch analysed ahead) that overruns it ends this process with SIGXCPU, wherever it is stuck, and
the stage starts a fresh one.
"""
from __future__ import annotations

import json
import math
import resource
import sys

from streams.records import DocumentRecord


def cpu_used() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    from extract.worker import handle, prime

    budget = float(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU would dump core: not wanted
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    for lang, text in (("ko", "한미 정상회담이 열렸다."), ("en", "The leaders met in Seoul.")):  # load the models
        handle(DocumentRecord(id="warm-up", text=text, lang=lang))
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    for line in sys.stdin:
        soft = math.ceil(cpu_used() + budget)
        resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))
        try:
            if line.startswith('{"prime":'):
                ahead = json.loads(line)
                batch = [DocumentRecord.model_validate(d) for d in ahead["prime"]]
                reply: dict[str, object] = {"primed": prime(batch, ahead.get("limit"))}
            else:
                doc = DocumentRecord.model_validate_json(line)
                reply = {"outputs": [[t, k, r.model_dump(mode="json")] for t, k, r in handle(doc)]}
        except Exception as exc:  # the document's fault: reported, the process goes on
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))
        out.write(json.dumps(reply, ensure_ascii=False) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
