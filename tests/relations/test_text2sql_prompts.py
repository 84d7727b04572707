"""The text-to-SQL prompts, read without running the model."""

from __future__ import annotations

from heedful.relations.text2sql import TextToSQL


def _no_model():
    raise AssertionError("building a prompt must not load the model")


def test_a_repair_repeats_the_first_prompt_and_adds_the_query_and_its_error(catalog):
    writer = TextToSQL(catalog, _no_model)
    first, _ = writer.messages("What did each customer spend in total?")
    repair = writer.repair_messages(first, "SELECT total FROM customer", "customer has no column total")
    assert repair[0] == first[0]
    # the same opening, word for word, so llama.cpp reuses what it read for the first prompt
    assert repair[1]["content"].startswith(first[1]["content"] + "\n\n")
    assert repair[1]["content"][len(first[1]["content"]):] == (
        "\n\nThis query was written for the question but fails:\n```sql\nSELECT total FROM customer\n```\n"
        "Error: customer has no column total\n\nWrite the corrected query in a ```sql block: change what the "
        "error names. Every column must belong to the table it is qualified with; join a table through its "
        "keys to reach a column it does not have.")
