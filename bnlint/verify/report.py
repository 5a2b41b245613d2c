"""The verify report: a text table of the worst BatchNorm layers with a summary per model, or JSON.

JSON schema (version 1), documented in README.md under `bnlint verify`:

    {"schema": 1, "bnlint": str, "torch": str, "device": str, "device_name": str,
     "strategy": "move" | "uout", "beta": float, "passed": bool, "seconds": float,
     "skipped": [str], "models": [model, ...]}
    model = {"name", "origin", "passed": bool, "error": str | null, "input": str, "input_shapes": [[int]],
             "calibrated": bool, "limit": float, "changes": [str], "warnings": [str],
             "shift": {"before": summary, "after": summary} | null (null when error is set),
             "layers": [{"index", "name", "channels", "before", "after", "var_train_before", "var_eval_before"}],
             "checks": {"variance_shift" | "eval_equivalence" | "eval_determinism" | "state_dict":
                        {"passed": bool | null, "detail": str, ...numbers}},
                        variance_shift also: "explanation": [str] (why layers stay shifted after the fix),
                        "passes": {"used", "wanted", "limited", "budget_s", "seconds_per_pass"}
             "seconds": {"build", "fix", "shift", "compare", "total"}}
    summary = {"layers": int, "shifted": int (shift > 1.02), "max": float | null, "mean": float | null,
               "passed": bool (every layer <= limit)}
"""

from __future__ import annotations

import statistics
from typing import Any, Dict, List, Optional

from bnlint.graph.variance import LayerShift
from bnlint.verify.measure import SHIFTED, Result

SCHEMA = 1
CHECK_TITLES = {"variance_shift": "variance shift", "eval_equivalence": "eval equivalence",
                "eval_determinism": "eval determinism", "state_dict": "state_dict"}


def summary(shifts: List[LayerShift], limit: float) -> Dict[str, Any]:
    values = [s.shift for s in shifts]
    return {"layers": len(values), "shifted": sum(v > SHIFTED for v in values),
            "max": max(values) if values else None, "mean": statistics.fmean(values) if values else None,
            "passed": all(v <= limit for v in values)}


def layers(result: Result) -> List[Dict[str, Any]]:
    """Before and after side by side, matched by BN name (fix_model keeps module names)."""
    after = {s.name: s for s in result.after}
    return [{"index": s.index, "name": s.name, "channels": s.channels, "before": s.shift,
             "after": after[s.name].shift if s.name in after else None,
             "var_train_before": s.var_train, "var_eval_before": s.var_eval} for s in result.before]


def model_dict(result: Result) -> Dict[str, Any]:
    return {
        "name": result.name, "origin": result.origin, "passed": result.passed, "error": result.error,
        "input": result.inputs, "input_shapes": result.input_shapes, "calibrated": result.calibrated,
        "limit": result.limit, "changes": result.changes, "warnings": result.warnings,
        "shift": None if result.error else {"before": summary(result.before, result.limit),
                                            "after": summary(result.after, result.limit)},
        "layers": layers(result),
        "checks": {k: {"passed": c.passed, "detail": c.detail, **c.data} for k, c in result.checks.items()},
        "seconds": {k: round(v, 4) for k, v in result.seconds.items()},
    }


def to_json(results: List[Result], meta: Dict[str, Any], skipped: List[str]) -> Dict[str, Any]:
    return {"schema": SCHEMA, **meta, "passed": bool(results) and all(r.passed for r in results),
            "seconds": round(sum(r.seconds.get("total", 0.0) for r in results), 4), "skipped": skipped,
            "models": [model_dict(r) for r in results]}


def _num(v: Optional[float]) -> str:
    return "-" if v is None else f"{v:.4f}"


def _verdict(passed: Optional[bool]) -> str:
    return "n/a" if passed is None else "PASS" if passed else "FAIL"


def text(results: List[Result], meta: Dict[str, Any], skipped: List[str], top: int = 10) -> str:
    out: List[str] = []
    for r in results:
        out.append(f"{r.origin or r.name}  [{r.strategy}{f', beta {r.beta:g}' if r.strategy == 'uout' else ''}, "
                   f"{r.device}]")
        if r.error:
            out += [f"  error: {r.error}", "  FAIL (not verified)", ""]
            continue
        out.append(f"  input: {r.inputs}" + ("; BatchNorm statistics calibrated on it" if r.calibrated else ""))
        for line in r.changes or ["nothing to fix"]:
            out.append(f"  fix: {line}")
        for line in r.warnings:
            out.append(f"  warning: {line}")
        rows = layers(r)
        if rows:
            worst = sorted(rows, key=lambda x: -max(x["before"], x["after"] or 0.0))[:top]
            shown = f"worst {len(worst)} of {len(rows)}" if len(worst) < len(rows) else f"{len(rows)}"
            out.append(f"  variance shift per BatchNorm ({shown}; pass: <= {r.limit:.4f} after the fix)")
            width = max(len("layer"), *(len(x["name"]) for x in worst))
            out.append(f"    {'#':>3}  {'layer':<{width}}  {'channels':>8}  {'before':>8}  {'after':>8}")
            for x in worst:
                out.append(f"    {x['index'] + 1:>3}  {x['name']:<{width}}  {x['channels']:>8}  "
                           f"{_num(x['before']):>8}  {_num(x['after']):>8}")
            for label, shifts in (("before", r.before), ("after", r.after)):
                s = summary(shifts, r.limit)
                out.append(f"  {label + ':':<8} {s['shifted']} of {s['layers']} shifted > {SHIFTED}, "
                           f"max {_num(s['max'])}, mean {_num(s['mean'])}  {_verdict(s['passed'])}")
        if r.passes is not None:
            out.append(f"  passes: {r.passes.describe()}")
        for key, title in CHECK_TITLES.items():
            if key in r.checks:
                c = r.checks[key]
                out.append(f"  {title + ':':<18} {_verdict(c.passed):<4}  {c.detail}")
                out += [f"    why: {line}" for line in c.data.get("explanation", ())]
        secs = r.seconds
        parts = ", ".join(f"{k} {secs[k]:.2f}" for k in ("build", "fix", "shift", "compare") if k in secs)
        out.append(f"  time: {secs.get('total', 0.0):.2f} s ({parts}) on {meta['device']} ({meta['device_name']})")
        out += [f"  {'PASS' if r.passed else 'FAIL'}", ""]
    for note in skipped:
        out.append(f"skipped: {note}")
    passed = sum(r.passed for r in results)
    errors = sum(r.error is not None for r in results)
    out.append(f"{len(results)} model{'s' if len(results) != 1 else ''} verified: {passed} passed, "
               f"{len(results) - passed - errors} failed" + (f", {errors} could not be verified" if errors else ""))
    return "\n".join(out) + "\n"
