#!/usr/bin/env python3
"""stage_cpu.py: where a run's executor time went, from a Spark event log, by the engine's line
that started each query (its SQL execution), so two runs can be compared stage by stage.

Run a job with an uncompressed event log, then read it:

  ER_JAVA_OPTS="-Xmx6g -Dspark.eventLog.enabled=true -Dspark.eventLog.compress=false \\
    -Dspark.eventLog.dir=file:///tmp/events" ./er benchmark --people 138000 --seed 3 \\
    --master 'local[2]' --work /tmp/bench-138k
  python3 examples/benchmarks/stage_cpu.py /tmp/events/<the run's log> [ROWS]

Prints, per call site, the stages' wall time (submission to completion), the tasks' run time and
CPU time (ms), and the number of stages, largest CPU first. Task CPU excludes the JIT compiler and
GC threads, which the per-thread figures in docs/benchmarks.md cover.
"""
import collections
import json
import os
import sys


def lines(path):
    # Spark 4 writes a directory of rolling files (eventlog_v2_...) or one file.
    if os.path.isdir(path):
        for name in sorted(os.listdir(path)):
            if name.startswith("events_"):
                with open(os.path.join(path, name)) as f:
                    yield from f
    else:
        with open(path) as f:
            yield from f


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: stage_cpu.py EVENT_LOG [ROWS]")
    stage_job, job_execution, execution_site, stages = {}, {}, {}, {}
    tasks = collections.defaultdict(lambda: [0, 0.0])
    for line in lines(sys.argv[1]):
        e = json.loads(line)
        kind = e.get("Event")
        if kind == "SparkListenerJobStart":
            job_execution[e["Job ID"]] = (e.get("Properties") or {}).get("spark.sql.execution.id")
            for s in e.get("Stage IDs", []):
                stage_job.setdefault(s, e["Job ID"])
        elif kind == "org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart":
            site = next((l.strip() for l in e.get("details", "").split("\n") if "openresolve" in l), e.get("description", ""))
            execution_site[str(e["executionId"])] = site
        elif kind == "SparkListenerStageCompleted":
            s = e["Stage Info"]
            stages[s["Stage ID"]] = (s.get("Completion Time", 0) - s.get("Submission Time", 0), s["Stage Name"], s.get("Details", ""))
        elif kind == "SparkListenerTaskEnd":
            m = e.get("Task Metrics") or {}
            t = tasks[e["Stage ID"]]
            t[0] += m.get("Executor Run Time", 0)
            t[1] += m.get("Executor CPU Time", 0) / 1e6
    by_site = collections.defaultdict(lambda: [0, 0, 0.0, 0])
    for stage, (wall, name, details) in stages.items():
        execution = job_execution.get(stage_job.get(stage))
        site = execution_site.get(str(execution)) if execution is not None else None
        if not site:
            site = next((l.strip() for l in details.split("\n") if "openresolve" in l), name)
        row = by_site[site]
        row[0] += wall
        row[1] += tasks[stage][0]
        row[2] += tasks[stage][1]
        row[3] += 1
    total = [sum(r[i] for r in by_site.values()) for i in range(4)]
    print("%8s %8s %8s %6s  %s" % ("wall_ms", "run_ms", "cpu_ms", "stages", "call site"))
    print("%8d %8d %8d %6d  (all)" % tuple(total))
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    for site, r in sorted(by_site.items(), key=lambda x: -x[1][2])[:rows]:
        print("%8d %8d %8d %6d  %s" % (r[0], r[1], r[2], r[3], site))


if __name__ == "__main__":
    main()
