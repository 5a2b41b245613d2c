"""The `bnlint` command: check, rule, rules (and the graph-tier commands when installed)."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Iterator, Optional, TextIO, Tuple

import click

from bnlint import __version__, catalogue
from bnlint.config import STRATEGIES, SYNTAX_CHECKS, ConfigError, Overrides, Selection, parse_shape
from bnlint.report import FORMATS, Run, reporters, shown, write_report
from bnlint.errors import TraceUnavailable
from bnlint.system import SYSTEM_CODES

EXIT_USAGE = 2


def _codes(values: Tuple[str, ...]) -> Tuple[str, ...]:
    """`--select BN1,BN002 --select BN2` -> ('BN1', 'BN002', 'BN2')."""
    return tuple(c.strip() for v in values for c in v.split(",") if c.strip())


@contextmanager
def _output(path: Optional[str], option: str = "--output-file") -> Iterator[TextIO]:
    if not path:
        yield sys.stdout
        return
    try:
        f = open(path, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise click.UsageError(f"{option} {path}: cannot write: {exc.strerror or exc}") from None
    with f:
        yield f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bnlint")
def main() -> None:
    """Find and fix PyTorch train/eval-mode bugs (dropout before BatchNorm, missing eval(), ...)."""


@main.command()
# readable=False: a file named here that cannot be read is reported (BN900) and the run goes on.
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option("--select", multiple=True, metavar="CODES", help="Only these codes or prefixes (BN0, BN104, ALL).")
@click.option("--extend-select", multiple=True, metavar="CODES", help="Add codes or prefixes to the selection.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Remove codes or prefixes from the selection.")
@click.option("--output-format", type=click.Choice(FORMATS), default="text", show_default=True,
              envvar="BNLINT_OUTPUT_FORMAT", help="Report format [env: BNLINT_OUTPUT_FORMAT].")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), help="Write the report here instead of stdout.")
@click.option("--rewrite", "--fix", "rewrite", is_flag=True,
              help="Apply safe fixes in place (--fix is the same option, ruff's name); with `-`, print the fixed "
                   "source.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes that change how a model trains.")
@click.option("--force-rewrite", is_flag=True,
              help="With --rewrite, also rewrite read-only files (they stay read-only); without it they are left "
                   "as they are and reported (BN903).")
@click.option("--show-fixes", is_flag=True, help="After --rewrite, list what was fixed, per file and code.")
@click.option("--add-noqa", is_flag=True,
              help="Add `# noqa: CODE` to every line with a finding (to adopt bnlint on existing code); run twice, "
                   "changes nothing the second time.")
@click.option("--sarif-file", type=click.Path(dir_okay=False),
              help="Also write the findings as SARIF to this file (one run gives annotations and code scanning).")
@click.option("--diff", is_flag=True, help="Print the fixes as unified diffs; write nothing (exit 1 if any).")
@click.option("--strategy", type=click.Choice(STRATEGIES), help="How BN001 fixes dropout before BatchNorm [config: dropout-fix].")
@click.option("--syntax-check", type=click.Choice(SYNTAX_CHECKS),
              help="Report syntax errors in every file (all), or only in the files some selected rule analyses "
                   "(analysed: a file that no rule's text test matches is not parsed) [config: syntax-check; "
                   "default: analysed].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain.")
@click.option("--quiet", "-q", is_flag=True, help="Only the findings, no summary.")
@click.option("--statistics", is_flag=True, help="Count findings per code instead of listing them.")
@click.option("--config", type=click.Path(exists=True, dir_okay=False), help="Use this pyproject.toml for every file.")
@click.option("--extend-exclude", multiple=True, metavar="GLOB", help="Skip more files or folders.")
@click.option("--force-exclude/--no-force-exclude", default=None,
              help="Apply exclusions to files named on the command line too, as pre-commit passes them "
                   "[config: force-exclude; default: off].")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes (default: one per core).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False), envvar="BNLINT_CACHE_DIR",
              help="Where the cache lives (default: .bnlint_cache beside the config, or here).")
@click.option("--stdin-filename", metavar="PATH",
              help="Check standard input (`-`) as this file: its configuration and per-file-ignores apply, findings "
                   "name it, .ipynb reads a notebook.")
@click.option("--trace", is_flag=True,
              help="Also run the graph tier: import the files, build their models and trace them (runs your code, "
                   "in a child process).")
@click.option("--model", "model_specs", multiple=True, metavar="SPEC",
              help="Analyse this model: path/to/file.py:factory or package.module:factory(arg=1); repeatable; "
                   "implies --trace.")
@click.option("--input-shape", metavar="N,C,H,W",
              help="Input shape for checks that run a model (eval-mode confirmation, untraceable models).")
@click.option("--trace-timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Time limit per step of the graph tier: import, build, analysis of one model [default: 60].")
@click.option("--trace-memory", type=click.IntRange(min=1), metavar="MB",
              help="Address-space limit of the graph tier's child process [default: half the machine's memory].")
def check(paths, select, extend_select, ignore, output_format, output_file, rewrite, unsafe_fixes, force_rewrite,
          show_fixes, add_noqa, sarif_file, diff,
          strategy, syntax_check, exit_zero, quiet, statistics, config, extend_exclude, force_exclude, jobs, no_cache,
          cache_dir,
          stdin_filename, trace, model_specs, input_shape, trace_timeout, trace_memory) -> None:
    """Check PATHS (default: the current folder) for train/eval-mode bugs."""
    from bnlint.engine import CheckOptions, run_check, unsafe_hidden

    if rewrite and diff:
        raise click.UsageError("--rewrite and --diff exclude each other: --diff shows what --rewrite would write")
    if add_noqa and (rewrite or diff):
        raise click.UsageError("--add-noqa marks findings as they are; it excludes --rewrite and --diff")
    if force_rewrite and not rewrite:
        raise click.UsageError("--force-rewrite goes with --rewrite: it lets --rewrite change read-only files")
    try:
        shape = parse_shape(input_shape) if input_shape else None
    except ConfigError as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[-1], param_hint="--input-shape") from None
    overrides = Overrides(
        selection=Selection(
            select=_codes(select) if select else None,
            extend_select=_codes(extend_select),
            ignore=_codes(ignore),
        ),
        dropout_fix=strategy,
        extend_exclude=tuple(extend_exclude),
        input_shape=shape,
        trace_timeout=trace_timeout,
        trace_memory_mb=trace_memory,
        syntax_check=syntax_check,
        force_exclude=force_exclude,
    )
    options = CheckOptions(overrides=overrides, config=config, rewrite=rewrite, diff=diff, unsafe_fixes=unsafe_fixes,
                           add_noqa=add_noqa,
                           force_rewrite=force_rewrite,
                           jobs=jobs, cache=not no_cache, cache_dir=cache_dir, trace=trace,
                           model_specs=tuple(model_specs))
    from_stdin = _reads_stdin(paths, stdin_filename, trace or bool(model_specs))
    try:
        if from_stdin:
            from bnlint.stdin import check_stdin

            result, fixed_source = check_stdin(sys.stdin.buffer.read(), stdin_filename, options)
        else:
            result = run_check(list(paths), options)
    except (ConfigError, TraceUnavailable) as exc:
        click.echo(f"bnlint: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    for note in result.notes:
        click.echo(f"bnlint: note: {note}", err=True)
    if add_noqa and not quiet:
        n = result.noqa_added
        click.echo(f"Added {n} noqa directive{'s' if n != 1 else ''}.", err=True)
    if diff:
        with _output(output_file) as out:
            for d in result.diffs:
                out.write(d)
        # What kept a file from being diffed (unreadable, unparsable, a fix rejected or a rule crashed) is
        # shown: "No fixes to apply" would be wrong then.
        problems = [d for d in result.diagnostics if d.code in SYSTEM_CODES]
        for d in problems:
            click.echo(f"{shown(d.location)}: {d.code} {d.message}", err=True)
        n = len(result.diffs)
        if not quiet:
            if n or not problems:
                click.echo(f"Would rewrite {n} file{'s' if n != 1 else ''}." if n else "No fixes to apply.", err=True)
            if problems:
                click.echo(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} kept files from being "
                           "fixed or checked (above).", err=True)
        # --exit-zero holds with --diff too, as ruff's does; a crash (exit 2) still shows
        sys.exit(0 if exit_zero and not result.internal_error else result.exit_code(diff=True))
    run = Run(
        diagnostics=result.diagnostics,
        files=result.files,
        models=result.models,
        fixed=result.fixed,
        unsafe_hidden=unsafe_hidden(result, options),
        unsafe_enabled=unsafe_fixes,
        rewrite=rewrite,
        statistics=statistics,
        quiet=quiet,
        show_fixes=show_fixes,
    )
    models = result.models
    if models is not None and output_format != "text" and not quiet:  # the text summary says it itself
        click.echo(f"Graph tier: {models} model{'s' if models != 1 else ''} analysed.", err=True)
    if from_stdin and (rewrite or add_noqa):
        # As ruff does: the source (fixed, or as it came) on stdout, the findings that remain on stderr.
        stdout = click.get_binary_stream("stdout")
        stdout.write(fixed_source)
        stdout.flush()
        if not output_file:
            write_report(run, output_format, sys.stderr)
            sys.exit(result.exit_code(exit_zero=exit_zero))
    with _output(output_file) as out:
        write_report(run, output_format, out)
    if sarif_file:
        with _output(sarif_file, "--sarif-file") as out:
            reporters()["sarif"](run, out)
    sys.exit(result.exit_code(exit_zero=exit_zero))


def _reads_stdin(paths: Tuple[str, ...], stdin_filename: Optional[str], runs_models: bool) -> bool:
    """`bnlint check -`, or --stdin-filename with no paths (as ruff); `-` among other paths is a usage error."""
    if "-" not in paths and not (stdin_filename and not paths):
        if stdin_filename:
            raise click.UsageError("--stdin-filename names what standard input is: use it with `-` and no other "
                                   "paths (cat model.py | bnlint check --stdin-filename model.py -)")
        return False
    if len(paths) > 1:
        raise click.UsageError("`-` (standard input) cannot be checked together with other paths; run them apart")
    if runs_models:
        raise click.UsageError("--trace and --model import files and run them; standard input can only be read "
                               "by the source tier (drop --trace, or save it to a file)")
    return True


@main.command("rule")
@click.argument("code", required=False)
@click.option("--all", "every", is_flag=True, help="Print every rule's document.")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rule_command(code: Optional[str], every: bool, output_format: str) -> None:
    """Print the document of one rule (by code or name), or of every rule with --all."""
    if every == bool(code):
        raise click.UsageError("name one rule (bnlint rule BN001) or ask for --all")
    if every:
        docs = list(catalogue.load().values())
        if output_format == "json":
            click.echo(json.dumps([_rule_json(d) | {"explanation": d.text} for d in docs], indent=2))
        else:
            click.echo("\n\n".join(d.text.rstrip() for d in docs) + "\n")
        return
    doc = catalogue.get(code) or catalogue.by_name(code)
    if doc is not None and output_format == "json":
        click.echo(json.dumps(_rule_json(doc) | {"explanation": doc.text}, indent=2))
        return
    if doc is not None:
        click.echo(f"{doc.text.rstrip()}\n")
        return
    if code.upper() in SYSTEM_CODES:
        name, text = SYSTEM_CODES[code.upper()]
        click.echo(f"# {code.upper()} {name}\n\n{text}\n\nSystem codes are always reported; they are not rules.")
        return
    click.echo(f"bnlint: error: unknown rule {code!r}; `bnlint rules` lists them", err=True)
    sys.exit(EXIT_USAGE)


@main.command("rules")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_command(output_format: str) -> None:
    """List every rule: code, name, default on/off, fix, tiers."""
    docs = list(catalogue.load().values())
    if output_format == "json":
        click.echo(json.dumps([_rule_json(d) for d in docs], indent=2))
        return
    width = max(len(d.name) for d in docs)
    click.echo(f"{'code':<6} {'name':<{width}} {'default':<11} {'fix':<6} tiers")
    for d in docs:
        click.echo(f"{d.code:<6} {d.name:<{width}} {d.default_text:<11} {d.fix or '-':<6} {', '.join(d.tiers)}")


def _rule_json(d) -> dict:
    return {"code": d.code, "name": d.name, "default": d.default, "default_tiers": list(d.default_tiers), "fix": d.fix,
            "tiers": list(d.tiers), "summary": d.summary}


@main.command("clean")
@click.option("--cache-dir", type=click.Path(file_okay=False), envvar="BNLINT_CACHE_DIR",
              help="Also this cache folder (default: BNLINT_CACHE_DIR).")
def clean_command(cache_dir: Optional[str]) -> None:
    """Remove the result caches: every .bnlint_cache below the current folder, and --cache-dir."""
    from pathlib import Path

    from bnlint.clean import clean

    removed = clean(Path.cwd(), cache_dir)
    for folder in removed:
        click.echo(f"Removed {folder}", err=True)
    if not removed:
        click.echo("No cache to remove.", err=True)


@main.command("server")
@click.option("--stdio", is_flag=True, help="Talk LSP over standard input and output (the default and only way; "
                                            "accepted because editors pass it).")
def server_command(stdio: bool) -> None:
    """Run the language server for editors: diagnostics as you type, fixes as code actions (LSP over stdio)."""
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        click.echo('bnlint: error: bnlint server needs pygls, which is not installed: pip install "bnlint[server]"',
                   err=True)
        sys.exit(EXIT_USAGE)
    from bnlint.server.lsp import main as serve

    serve()


from bnlint.verify.command import verify as _verify  # noqa: E402
main.add_command(_verify)


if __name__ == "__main__":  # pragma: no cover
    main()
