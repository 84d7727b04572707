"""The ``heedful ask`` command: one question, or a resumable batch from a JSONL file.

:func:`add_parser` adds the subcommand (``heedful.cli`` registers it and passes its LLM options);
:func:`run` is its handler. Errors are :class:`~heedful.errors.HeedfulError` s, which the CLI prints
as ``Error: ...`` with exit status 1; a malformed input line names its file and line.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heedful.ask.types import MODES
from heedful.errors import ConfigError, InputError, ParseError
from heedful.ingest.readers import done_ids

if TYPE_CHECKING:
    from heedful.ask.types import Answer
    from heedful.config import LLMConfig
    from heedful.engine import Engine

__all__ = ["add_parser", "read_questions", "run"]

_EPILOG = textwrap.dedent(
    """\
    examples:
      heedful ask "Who founded the band that recorded Moving Pictures?" --index my-index
      heedful ask "Which country hosted the summit?" --index news --as-of 2023-05-01 --choices "Japan|India|Italy"
      heedful ask --index my-index --questions q.jsonl --out answers.jsonl --mode iter-retgen
    batch input lines: {"_id", "text", optional "instruction", "as_of", "choices": [...]}
    batch output lines: {"_id", "answer", "citations", "retrieved", "cost"}; ids already in --out are skipped
    """
)


def add_parser(subparsers: Any, *, llm_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``ask`` to an argparse subparsers object; ``llm_options`` adds the shared LLM flags."""
    p = subparsers.add_parser(
        "ask", help="answer a question from an index, citing the documents used",
        description="Answer a question (or a JSONL file of them) from an index with an LLM, retrieving "
                    "only as needed, and cite the documents the answer uses.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("question", nargs="?", default=None, help="the question")
    p.add_argument("--index", required=True, metavar="DIR")
    p.add_argument("--instruction", default=None, help="what counts as relevant, for every retrieval")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", default=None,
                   help="answer as of that day: nothing dated after it is retrieved or cited")
    p.add_argument("--choices", metavar='"A|B|C"', default=None,
                   help="multiple choice: the answer is one of these, separated by |")
    p.add_argument("--mode", choices=MODES, default="auto",
                   help="closed-book, single, iter-retgen, plan or auto (default: auto)")
    p.add_argument("--max-iterations", type=int, default=3, metavar="N", help="retrieval rounds at most (default 3)")
    p.add_argument("--k", type=int, default=5, help="passages per retrieval (default 5)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="single question: text or json")
    p.add_argument("--questions", metavar="FILE.jsonl", help="batch mode: one question per line")
    p.add_argument("--out", metavar="FILE.jsonl", help="batch mode: answers are appended here, one per line")
    p.add_argument("--write-back", action="store_true",
                   help="offer each cited answer to the admission gates (heedful admit); those that pass "
                        "join the index as generated documents")
    llm_options(p)


def _date(value: Any) -> str | None:
    """An as-of date as ISO text (None stays None).

    Raises:
        ConfigError: ``value`` is not a date.
    """
    if value is None:
        return None
    from heedful.temporal.asof import as_date

    day = as_date(str(value))
    return day.isoformat() if day is not None else None


def read_questions(path: str) -> list[dict[str, Any]]:
    """The questions of a JSONL file: ``_id``, ``text``, optional ``instruction``, ``as_of``, ``choices``.

    Raises:
        InputError: the file does not exist or is not UTF-8 text.
        ParseError: a line is not a JSON object with ``_id`` and ``text`` or has a bad optional
            field; the message names the file and the line.
    """
    from heedful.ingest.readers import read_query_lines

    out: list[dict[str, Any]] = []
    for n, obj in read_query_lines(path, kind=("question", "questions"), strict=True):
        qid = str(obj["_id"])
        choices = obj.get("choices")
        if choices is not None and (not isinstance(choices, list) or not all(isinstance(c, str) for c in choices)):
            raise ParseError(path, n, '"choices" must be a list of strings')
        instruction = obj.get("instruction")
        if instruction is not None and not isinstance(instruction, str):
            raise ParseError(path, n, '"instruction" must be a string')
        try:
            as_of = _date(obj.get("as_of"))
        except ConfigError as exc:
            raise ParseError(path, n, str(exc)) from None
        out.append({"_id": qid, "text": obj["text"], "instruction": instruction, "as_of": as_of,
                    "choices": choices})
    return out


def _row(qid: str, answer: Answer, admission: Any = None) -> dict[str, Any]:
    row = {"_id": qid, "answer": answer.text, "citations": list(answer.citations), "retrieved": answer.retrieved,
           "cost": answer.cost.to_dict()}
    if admission is not None:
        row["admission"] = admission.to_dict()
    return row


#: ``write_back(engine, question, answer, llm_config)``: the admission decision on an answer, or None
#: when there is nothing to offer (``heedful.cli`` passes the admission package's; this package does
#: not import it)
WriteBack = Callable[["Engine", str, "Answer", "LLMConfig"], Any]


def _text(answer: Answer) -> str:
    lines = [answer.text]
    if answer.support:
        lines.append(answer.support)
    if answer.mode != "closed-book":  # a closed-book answer is from memory by request
        if not answer.found:
            lines.append("(not found in the passages read)")
        elif not answer.citations:  # found, yet nothing read backs it
            lines.append("(from the model's memory: nothing retrieved was about the question)"
                         if not answer.cost.passages_read else "(cites no passage: nothing read is shown to back it)")
    for i, s in enumerate(answer.sources, 1):
        lines.append(f"[{i}] {s.id}  {s.title}")
    c = answer.cost
    lines.append(f"-- {answer.mode}: {c.llm_calls} LLM calls, {c.retrievals} retrievals, {c.passages_read} passages "
                 f"read, {c.prompt_tokens} + {c.generated_tokens} tokens, {c.seconds:.1f} s")
    return "\n".join(lines)


def run(args: argparse.Namespace, *, llm_config: LLMConfig, open_index: Callable[[str], Engine],
        write_back: WriteBack | None = None, describe: Callable[[Any], str] = str) -> int:
    """The ``ask`` handler: answer one question (printed) or a batch (appended to ``--out``).

    ``open_index`` opens an existing index (the CLI's own, so this package never imports the engine);
    ``write_back`` and ``describe`` offer an answer to the admission gates and print the decision
    (``--write-back``).
    """
    if args.write_back and write_back is None:
        raise ConfigError("--write-back needs the admission gates, which this command was not given")
    if (args.question is None) == (args.questions is None):
        raise ConfigError("give either a QUESTION or --questions FILE.jsonl")
    if args.questions is not None and args.out is None:
        raise ConfigError("--questions needs --out FILE.jsonl (answers are appended there, so a run can resume)")
    if args.questions is None and args.out is not None:
        raise ConfigError("--out only applies with --questions")
    choices = [c.strip() for c in args.choices.split("|")] if args.choices is not None else None
    options = {"mode": args.mode, "max_iterations": args.max_iterations, "k": args.k}
    if args.question is not None:
        engine = open_index(args.index)
        answer = engine.ask(args.question, instruction=args.instruction, as_of=args.as_of, choices=choices,
                            llm=llm_config, **options)
        admission = write_back(engine, args.question, answer, llm_config) if write_back and args.write_back else None
        if args.format == "json":
            out_obj = answer.to_dict()
            if admission is not None:
                out_obj["admission"] = admission.to_dict()
            print(json.dumps(out_obj, indent=2, ensure_ascii=False))
        else:
            print(_text(answer))
            if args.write_back:
                print(describe(admission) if admission is not None else
                      "-- write-back: nothing to admit (no cited answer found)")
        return 0
    questions = read_questions(args.questions)
    out = Path(args.out)
    if not out.parent.is_dir():
        raise InputError(f"--out {args.out}: the folder {out.parent} does not exist; create it first")
    done = done_ids(out, command="heedful ask")
    todo = [q for q in questions if q["_id"] not in done]
    engine = open_index(args.index)
    default_as_of = _date(args.as_of)
    with open(out, "a", encoding="utf-8") as f:
        for q in todo:
            answer = engine.ask(q["text"], instruction=q["instruction"] or args.instruction,
                                as_of=q["as_of"] or default_as_of, choices=q["choices"] or choices,
                                llm=llm_config, **options)
            admission = write_back(engine, q["text"], answer, llm_config) if write_back and args.write_back else None
            f.write(json.dumps(_row(q["_id"], answer, admission), ensure_ascii=False) + "\n")
            f.flush()
    print(f"answered {len(todo)} questions ({len(questions) - len(todo)} were already in {out})")
    return 0
