"""Relational criteria in instructions: compiled to SQL over linked tables, applied as filters, explained."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from heedful import Engine
from heedful.errors import PlanError
from heedful.plan import Plan

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LAYOFFS = {"cn-01": "Acme Robotics", "cn-02": "Brightline Energy", "cn-03": "Coda Health", "cn-04": "Dyno Freight",
           "cn-05": "Elmstead Bank", "cn-06": "Fjord Games", "cn-07": "Granite Cloud", "cn-08": "Helio Foods"}


@pytest.fixture(scope="module")
def company_index(tmp_path_factory, embedder):
    from heedful.relations import Link, TableCatalog

    path = tmp_path_factory.mktemp("companies") / "index"
    Engine.open(path, embedder=embedder).index(EXAMPLES / "company-news.jsonl", progress=False)
    catalog = TableCatalog(path)
    catalog.add(EXAMPLES / "companies.csv", links=[Link("company", "companies", "name")])
    catalog.add(EXAMPLES / "ceos.csv")
    return path


@pytest.fixture
def engine(company_index, embedder):
    return Engine.open(company_index, create=False, embedder=embedder)


def companies(results):
    return [h.metadata["company"] for h in results]


@pytest.mark.parametrize(("instruction", "sql", "kept"), [
    ("Only companies founded after 2000 with more than 500 employees.",
     ("SELECT DISTINCT companies.name, companies.founded, companies.employees FROM companies "
     "WHERE companies.founded > 2000 AND companies.employees > 500"),
     {"Brightline Energy", "Dyno Freight", "Granite Cloud", "Helio Foods"}),
    ("Articles about companies with fewer than 500 employees are not relevant.",
     "SELECT DISTINCT companies.name, companies.employees FROM companies WHERE companies.employees < 500",
     {"Acme Robotics", "Brightline Energy", "Dyno Freight", "Elmstead Bank", "Granite Cloud", "Helio Foods"}),
    ("Skip companies based in Germany or Norway.",
     "SELECT DISTINCT companies.name, companies.country FROM companies WHERE companies.country IN ('Germany', 'Norway')",
     {"Brightline Energy", "Coda Health", "Dyno Freight", "Elmstead Bank", "Granite Cloud", "Helio Foods"}),
    ("I only want companies whose CEO is younger than 50.",
     ("SELECT DISTINCT companies.name, ceos.age FROM companies JOIN ceos ON ceos.company = companies.name "
     "WHERE ceos.age < 50"),
     {"Brightline Energy", "Coda Health", "Fjord Games", "Granite Cloud"}),
    ("Only companies founded between 1990 and 2005 that have at least 600 employees.",
     ("SELECT DISTINCT companies.name, companies.founded, companies.employees FROM companies "
     "WHERE companies.founded BETWEEN 1990 AND 2005 AND companies.employees >= 600"),
     {"Acme Robotics", "Dyno Freight"}),
])
def test_a_relational_instruction_keeps_exactly_the_linked_documents(engine, instruction, sql, kept):
    res = engine.search("layoffs", instruction=instruction, k=16)
    plan = res.plan
    assert plan.criteria == () and len(plan.relations) == 1
    assert plan.relations[0].sql == sql
    assert set(companies(res)) == kept  # precision and recall 1.0 over the linked rows
    layoffs = [h.id for h in res if h.id in LAYOFFS]
    assert layoffs == [h.id for h in res][: len(layoffs)]  # the layoff stories of those companies come first


def test_each_hit_shows_the_rows_and_the_sql_that_kept_it(engine):
    res = engine.search("layoffs", instruction="Only companies founded after 2000 with more than 500 employees.", k=1)
    (line,) = [c for c in res[0].explanation if c.method == "sql"]
    assert res.ids == ["cn-04"]
    assert line.to_dict() == {
        "criterion": "companies founded after 2000 with more than 500 employees", "polarity": "require",
        "status": "satisfied", "contribution": 0.0, "span": [0, 62], "method": "sql",
        "evidence": "companies row (name=Dyno Freight, founded=2004, employees=650) selected by: SELECT DISTINCT "
                    "companies.name, companies.founded, companies.employees FROM companies WHERE companies.founded "
                    "> 2000 AND companies.employees > 500"}


def test_a_criterion_no_column_decides_stays_text_and_the_plan_says_so(engine):
    plan = engine.compile("Only companies with a female CEO.", query="layoffs")
    assert plan.relations == ()
    assert [c.text for c in plan.criteria] == ["companies with a female CEO"]
    assert plan.notes == (("'Only companies with a female CEO': no column of the linked tables (companies, ceos) "
                          "decides this; kept as a text criterion"),)


def test_a_partly_relational_criterion_splits(engine):
    plan = engine.compile("Only companies founded after 2010 that make electric cars.", query="layoffs")
    assert [(r.text, r.sql) for r in plan.relations] == [
        ("founded after 2010", ("SELECT DISTINCT companies.name, companies.founded FROM companies "
                               "WHERE companies.founded > 2010"))]
    assert [(c.text, c.predicate) for c in plan.criteria] == [("companies founded after 2010 that make electric cars", None)]


def test_the_plan_round_trips_and_an_edited_plan_runs(engine):
    plan = engine.compile("Only companies founded after 2000 with more than 500 employees.", query="layoffs")
    again = Plan.from_json(plan.to_json())
    assert again == plan
    edited = json.loads(plan.to_json())
    edited["relations"][0]["sql"] = "SELECT name FROM companies WHERE country = 'Spain'"
    res = engine.search("layoffs", plan=edited, k=16)
    assert set(companies(res)) == {"Helio Foods"}


@pytest.mark.parametrize(("sql", "message"), [
    ("DELETE FROM companies", "relations[0] ('x'): only a query (SELECT) may run, not DELETE"),
    ("SELECT name FROM staff", "relations[0] ('x'): unknown table staff (tables: ceos, companies)"),
])
def test_an_edited_plan_cannot_write_or_reach_past_the_tables(engine, sql, message):
    plan = {"query": "layoffs", "relations": [{"text": "x", "polarity": "require", "sql": sql,
                                               "link": {"field": "company", "table": "companies", "column": "name"}}]}
    with pytest.raises(PlanError) as err:
        engine.search("layoffs", plan=plan)
    assert str(err.value) == message
    assert engine.search("layoffs", k=16).ids and len(engine.search("layoffs", k=16)) == 16


def test_a_requirement_no_row_meets_returns_nothing(engine):
    res = engine.search("layoffs", instruction="Only companies with more than 100000 employees.")
    assert res.plan.relations and list(res) == []


def test_without_links_nothing_changes(tiny_ro):
    plan = tiny_ro.compile("Only companies founded after 2000.", query="x")
    assert plan.relations == ()


def test_tables_survive_reopening_and_copying(company_index, tmp_path, embedder):
    copy = tmp_path / "copy"
    shutil.copytree(company_index, copy)
    engine = Engine.open(copy, create=False, embedder=embedder)
    res = engine.search("layoffs", instruction="Skip companies based in Germany or Norway.", k=16)
    assert "Acme Robotics" not in companies(res) and len(res) == 12


@pytest.mark.parametrize(("question", "sql"), [
    ("Which companies were founded after 2000 and have more than 500 employees?",
     "SELECT DISTINCT companies.* FROM companies WHERE companies.founded > 2000 AND companies.employees > 500"),
    ("Show companies with fewer than 1,000 employees in France",
     "SELECT DISTINCT companies.* FROM companies WHERE companies.employees < 1000 AND companies.country = 'France'"),
    ("Which companies have a CEO older than 50?",
     "SELECT DISTINCT companies.* FROM companies JOIN ceos ON ceos.company = companies.name WHERE ceos.age > 50"),
    ("How many companies are in Germany?", None),  # a count: the LLM's
    ("Which companies make cars?", None),  # words no column decides
    ("Which companies are not based in Germany?", None),  # a negation
])
def test_simple_questions_are_written_by_rules(company_index, question, sql):
    from heedful.relations import TableCatalog
    from heedful.relations.criteria import simple_select

    assert simple_select(question, TableCatalog(company_index)) == sql


def test_a_simple_question_needs_no_model(company_index):
    from heedful.relations import TableCatalog
    from heedful.relations.text2sql import TextToSQL

    class NoModel:
        def generate(self, *args, **kwargs):
            raise AssertionError("a simple question is written by rules")

    answer = TextToSQL(TableCatalog(company_index), NoModel()).answer(  # type: ignore[arg-type]
        "Which companies were founded after 2010 and have more than 500 employees?")
    assert answer.written_by == "rules" and answer.cost["llm_calls"] == 0
    assert answer.rows == [("Brightline Energy", 2012, 800, "France", "energy")]


def test_info_lists_the_tables_and_links(engine):
    info = engine.info()
    assert info["tables"] == {"ceos": 8, "companies": 8}
    assert info["links"] == ["company=companies.name"]


def test_a_stored_value_alone_does_not_make_a_criterion_about_the_linked_table(engine):
    plan = engine.compile("Only articles about protests in Germany.", query="strikes")
    assert plan.relations == ()
    assert [c.text for c in plan.criteria] == ["protests in Germany"]
    assert plan.notes == (("'Only articles about protests in Germany': companies.country = 'Germany' would match the "
                          "linked table, but the words do not say they are about companies; kept as a text criterion"),)
    assert [r.sql for r in engine.compile("Only German companies.", query="strikes").relations] == [
        "SELECT DISTINCT companies.name, companies.country FROM companies WHERE companies.country = 'Germany'"]


@pytest.mark.parametrize(("instruction", "where"), [
    ("Only companies with a staff of more than 1,000.", "companies.employees > 1000"),  # another name: embedder
    ("Only companies with fewer than a thousand workers.", "companies.employees < 1000"),  # a number in words
    ("Only companies with between 500 and 1,000 employees.", "companies.employees BETWEEN 500 AND 1000"),
    ("Only companies with employees between 500 and 1,000.", "companies.employees BETWEEN 500 AND 1000"),
    ("Skip companies established in the 1990s.", "companies.founded BETWEEN 1990 AND 1999"),  # a decade
    ("Only financial companies.", "companies.sector = 'finance'"),  # a stored one-word category, inflected
    ("Only Scandinavian firms.", "companies.country IN ('Norway')"),  # a region: its stored countries
    ("Only enterprises whose boss took the reins after 2015.", "ceos.since > 2015"),  # a start in office
    ("Only companies whose CEO joined in 2016 and is at least 50.", "ceos.since = 2016 AND ceos.age >= 50"),
    ("Only companies whose leader is 60 or older.", "ceos.age >= 60"),  # a person's number is an age
    ("Skip companies whose chief executive is over fifty.", "ceos.age > 50"),
    ("Only companies whose chief is in their thirties.", "ceos.age BETWEEN 30 AND 39"),
    ("Only companies whose head is aged between 40 and 55.", "ceos.age BETWEEN 40 AND 55"),
    ("Only firms with 100 to 1,000 staff.", "companies.employees BETWEEN 100 AND 1000"),
    ("Only companies founded from 1995 to 2005.", "companies.founded BETWEEN 1995 AND 2005"),
    ("Only Spanish or North American companies.", "companies.country IN ('Spain', 'United States', 'Canada')"),
    ("Only companies whose CEO is no older than 45.", "ceos.age <= 45"),
    ("Only companies founded in 2005 or any later year.", "companies.founded >= 2005"),
    ("Only companies founded no later than 2004.", "companies.founded <= 2004"),
    ("Only companies set up in the 2000s.", "companies.founded BETWEEN 2000 AND 2009"),
    ("Only companies whose boss has held the post since 2017 or earlier.", "ceos.since <= 2017"),
    ("Only companies with 600 employees or more.", "companies.employees >= 600"),  # the comparison after
    ("Only small firms: five hundred staff at most.", "companies.employees <= 500"),
    ("Only firms with a headcount under 1,000.", "companies.employees < 1000"),  # a word the embedder misplaces
    ("Only companies whose head count is at least 600.", "companies.employees >= 600"),  # "head" is not a CEO
    ("Only companies set up in the '90s.", "companies.founded BETWEEN 1990 AND 1999"),  # a decade in two digits
    ("Only companies founded in the 2000s or 2010s.", "companies.founded BETWEEN 2000 AND 2019"),  # adjacent decades
    ("Only companies whose boss has been at the helm since before 2016.", "ceos.since < 2016"),
    ("Only companies in the EU.", "companies.country IN ('France', 'Germany', 'Spain')"),  # a union of states
    ("Only companies whose name begins with 'gr'.", "companies.name ILIKE 'gr%'"),  # letters of a name
    ("Only firms led by someone with the last name Ruiz.", "ceos.ceo ILIKE '% Ruiz'"),
    ("Only companies whose chief's first name is Maya.", "ceos.ceo ILIKE 'Maya %'"),
    ("Only companies founded before the year 2000.", "companies.founded < 2000"),
    ("boss 55+ only", "ceos.age >= 55"),  # at least
    ("Only firms with 2k+ employees.", "companies.employees >= 2000"),
    ("Only companies from the 2000s.", "companies.founded BETWEEN 2000 AND 2009"),  # the linked things from a decade
    ("Only companies founded in the last century.", "companies.founded BETWEEN 1900 AND 1999"),
    ("Only companies whose chief is between 40 and 50 years old.", "ceos.age BETWEEN 40 AND 50"),
    ("Only companies whose CEO must have taken over by 2016.", "ceos.since <= 2016"),
    ("Only companies where the boss is called Maya.", "ceos.ceo ILIKE 'Maya %'"),  # a first name
    ("Only companies whose CEO is named Nils Aasen.", "ceos.ceo ILIKE 'Nils Aasen'"),  # a whole name
    ("Only firms whose chief's surname is Ruiz or Becker.", "(ceos.ceo ILIKE '% Ruiz' OR ceos.ceo ILIKE '% Becker')"),
    ("Only banks and insurers.", "companies.sector = 'finance'"),  # other words for a stored industry
    ("Only companies whose chief is in their 50s.", "ceos.age BETWEEN 50 AND 59"),  # a decade of life in digits
    ("Only firms with a boss appointed after 2018.", "ceos.since > 2018"),  # a start in office, no "was"
    ("only uk/norway firms pls", "companies.country IN ('United Kingdom', 'Norway')"),  # "uk" is no word: the UK
    # a column's word and a colon, as in a form: "field: condition"
    ("employees: 100-1000", "companies.employees BETWEEN 100 AND 1000"),
    ("founded: after 2005", "companies.founded > 2005"),
    ("country: Germany or Norway; employees: over 1,000",
     "companies.country IN ('Germany', 'Norway') AND companies.employees > 1000"),
    ("Only companies founded after 2010, plus anything run by Tom Becker.",  # "plus" adds; a stored name is a person
     "(companies.founded > 2010 OR ceos.ceo = 'Tom Becker')"),
    # a comparison whose noun is left out is on the column of the one before it
    ("Only companies with under 100 employees, or more than 2,000.",
     "(companies.employees < 100 OR companies.employees > 2000)"),
    # "or" separates alternatives; "and" (and no word at all) binds first
    ("Only gaming companies, or food companies with more than 100 employees.",
     "(companies.sector = 'gaming' OR (companies.sector = 'food' AND companies.employees > 100))"),
])
def test_conditions_written_other_ways(engine, instruction, where):
    (relation,) = engine.compile(instruction, query="layoffs").relations
    assert relation.sql.split(" WHERE ")[1] == where


def test_a_nested_exclusion_is_read_on_its_own(engine):
    plan = engine.compile("Only German or Canadian companies founded after 1990, excluding the robotics sector.",
                          query="layoffs")
    assert [(r.polarity, r.sql.split(" WHERE ")[1]) for r in plan.relations] == [
        ("require", "companies.country IN ('Germany', 'Canada') AND companies.founded > 1990"),
        ("exclude", "companies.sector = 'robotics'")]
    res = engine.search("layoffs", plan=plan, k=16)
    assert set(companies(res)) == {"Dyno Freight"}


def test_conditions_joined_by_or_select_either(engine):
    (relation,) = engine.compile("Skip companies with more than 2,000 employees or founded before 1960.",
                                 query="layoffs").relations
    assert relation.sql.split(" WHERE ")[1] == "(companies.employees > 2000 OR companies.founded < 1960)"
    res = engine.search("layoffs", instruction="Skip companies with more than 2,000 employees or founded before 1960.",
                        k=16)
    assert "Elmstead Bank" not in companies(res) and "Granite Cloud" not in companies(res)
    assert len(res) == 12


def test_an_instruction_of_relational_words_alone_lists_what_the_tables_keep(engine):
    res = engine.search("", instruction="Only companies founded after 2010 with more than 500 employees.", k=16)
    assert set(companies(res)) == {"Brightline Energy"} and len(res) == 2


@pytest.mark.parametrize(("instruction", "polarity", "where"), [
    # "outside" is the NOT IN; the sentence's other words give the polarity, whatever the rules folded
    ("Only logistics companies from outside Europe.", "require",
     ("companies.sector = 'logistics' AND companies.country NOT IN ('France', 'Germany', 'Norway', 'Spain', "
     "'United Kingdom')")),
    ("Skip businesses located outside North America.", "exclude",
     "companies.country NOT IN ('United States', 'Canada')"),
    ("Only non-European companies.", "require",
     "companies.country NOT IN ('France', 'Germany', 'Norway', 'Spain', 'United Kingdom')"),
    # "unless" negates what follows it
    ("Skip European companies unless they are in the food sector.", "exclude",
     "companies.country IN ('France', 'Germany', 'Norway', 'Spain', 'United Kingdom') AND companies.sector != 'food'"),
    ("Remove firms run by someone older than 50, but keep them if they are in health.", "exclude",
     "ceos.age > 50 AND companies.sector != 'health'"),
    ("Skip firms whose CEO started in the role during the 2010s.", "exclude", "ceos.since BETWEEN 2010 AND 2019"),
    ("Could you drop the Norwegian and Spanish companies?", "exclude", "companies.country IN ('Norway', 'Spain')"),
    ("Nothing from Norway or Spain, please.", "exclude", "companies.country IN ('Norway', 'Spain')"),
    # "nor" joins what is excluded: either drops a company
    ("I don't want gaming firms, nor anything founded before 1990.", "exclude",
     "(companies.sector = 'gaming' OR companies.founded < 1990)"),
    ("without the Spanish ones", "exclude", "companies.country = 'Spain'"),
])
def test_outside_and_unless_negate_the_conditions_they_govern(engine, instruction, polarity, where):
    (relation,) = engine.compile(instruction, query="layoffs").relations
    assert (relation.polarity, relation.sql.split(" WHERE ")[1]) == (polarity, where)
    kept = set(companies(engine.search("layoffs", instruction=instruction, k=16)))
    if instruction.startswith("Only logistics"):
        assert kept == {"Dyno Freight"}
    if instruction.startswith(("Skip businesses", "Only non-European")):
        assert kept == {"Coda Health", "Dyno Freight", "Granite Cloud"}
    if instruction.startswith("Skip European"):
        assert kept == {"Coda Health", "Dyno Freight", "Granite Cloud", "Helio Foods"}


def test_a_number_about_the_linked_things_is_not_read_on_a_table_the_words_do_not_name(engine):
    # "20 years old" is the companies' age, not the CEO's: their founding year, counted back from this year
    from datetime import date

    plan = engine.compile("Only companies that are at least 20 years old.", query="layoffs")
    assert [r.sql.split(" WHERE ")[1] for r in plan.relations] == [f"companies.founded <= {date.today().year - 20}"]


def test_one_side_of_an_or_that_no_column_decides_keeps_the_whole_as_text(engine):
    plan = engine.compile("Only energy companies, or any firm that sponsors football.", query="layoffs")
    assert plan.relations == ()
    assert [c.text for c in plan.criteria] == ["energy companies, or any firm that sponsors football"]
    assert plan.notes == (("'Only energy companies, or any firm that sponsors football': companies.sector = 'energy' "
                           "is one side of an 'or' whose other side (sponsors football) no column decides; kept as a "
                           "text criterion"),)
    # a filter on energy would have dropped every other company's stories
    assert len(engine.search("layoffs", instruction="Only energy companies, or any firm that sponsors football.",
                             k=16)) == 16


def test_two_decades_apart_are_not_one_range(engine):
    plan = engine.compile("Only companies founded in the 1950s or 2010s.", query="layoffs")
    assert plan.relations == ()  # founded BETWEEN 1950 AND 1959 alone would drop the 2010s
    assert plan.notes[-1] == ("'Only companies founded in the 1950s or 2010s': companies.founded BETWEEN 1950 AND 1959 "
                              "is one side of an 'or' whose other side (2010) no column decides; kept as a text "
                              "criterion")


def test_a_speakers_refusal_after_and_and_a_bare_but_not_are_exclusions(engine):
    plan = engine.compile("Firms from the 2000s only, and I don't want any logistics firms.", query="layoffs")
    assert sorted((r.polarity, r.sql.split(" WHERE ")[1]) for r in plan.relations) == [
        ("exclude", "companies.sector = 'logistics'"), ("require", "companies.founded BETWEEN 2000 AND 2009")]
    plan = engine.compile("European companies, please. But not the French one.", query="layoffs")
    assert sorted((r.polarity, r.sql.split(" WHERE ")[1]) for r in plan.relations) == [
        ("exclude", "companies.country = 'France'"),
        ("require", "companies.country IN ('France', 'Germany', 'Norway', 'Spain', 'United Kingdom')")]


def test_a_clause_after_an_exception_and_a_polite_request_are_read_whole(engine):
    # ", where ..." after "but not Y" goes on about the companies, not about the excepted Y
    plan = engine.compile("European companies but not the gaming ones, where the boss started before 2018.",
                          query="layoffs")
    assert sorted((r.polarity, r.sql.split(" WHERE ")[1]) for r in plan.relations) == [
        ("exclude", "companies.sector = 'gaming'"),
        ("require", ("companies.country IN ('France', 'Germany', 'Norway', 'Spain', 'United Kingdom') "
                     "AND ceos.since < 2018"))]
    # courtesy before the request and "alternatively" in it are no condition left unread
    plan = engine.compile("Hi! I'd be grateful if you could limit this to firms with over 1,000 staff, or "
                          "alternatively to any company whose boss started before 2012. Thanks!", query="layoffs")
    assert [r.sql.split(" WHERE ")[1] for r in plan.relations] == ["(companies.employees > 1000 OR ceos.since < 2012)"]
    assert plan.criteria == ()


def test_a_semicolon_ends_an_exception(engine):
    plan = engine.compile("sector: anything except gaming and energy; founded: 1995 to 2010", query="layoffs")
    assert sorted((r.polarity, r.sql.split(" WHERE ")[1]) for r in plan.relations) == [
        ("exclude", "companies.sector IN ('gaming', 'energy')"), ("require", "companies.founded BETWEEN 1995 AND 2010")]


def test_a_sentence_that_adds_rows_widens_the_requirement(engine):
    plan = engine.compile("Only Spanish companies. Also include any firm founded before 1960.", query="layoffs")
    assert [r.sql.split(" WHERE ")[1] for r in plan.relations] == [
        "(companies.country = 'Spain') OR (companies.founded < 1960)"]
    assert plan.criteria == ()
    res = engine.search("layoffs", plan=plan, k=16)
    assert set(companies(res)) == {"Helio Foods", "Elmstead Bank"}
    plan = engine.compile("Only Spanish companies. Also include any firm founded before 1960. Also include gaming "
                          "firms.", query="layoffs")  # two additions: either widens
    assert [r.sql.split(" WHERE ")[1] for r in plan.relations] == [
        "(companies.country = 'Spain') OR (companies.founded < 1960) OR (companies.sector = 'gaming')"]
    # added words no column decides cannot widen a filter: they stay a text preference
    plan = engine.compile("Only Spanish companies. Also include any firm that sponsors football.", query="layoffs")
    assert [r.sql.split(" WHERE ")[1] for r in plan.relations] == ["companies.country = 'Spain'"]
    assert [c.polarity for c in plan.criteria] == ["prefer"]


@pytest.mark.parametrize(("instruction", "relations", "kept"), [
    # a negation the rules left inside a requirement: over every condition it makes an exclusion ...
    ("Only companies that don't have more than 600 employees.", [("exclude", "companies.employees > 600")],
     {"Coda Health", "Fjord Games", "Helio Foods"}),
    ("Companies that are neither in gaming nor have a CEO aged under 45.",
     [("exclude", "(companies.sector = 'gaming' OR ceos.age < 45)")],
     {"Acme Robotics", "Dyno Freight", "Elmstead Bank", "Granite Cloud", "Helio Foods"}),
    # ... over one of them, it negates that one
    ("Firms with 500 employees or more that are not in the energy sector.",
     [("require", "companies.employees >= 500 AND companies.sector != 'energy'")],
     {"Acme Robotics", "Dyno Freight", "Elmstead Bank", "Granite Cloud", "Helio Foods"}),
    # ... and two negations, each over its own condition, negate each (not one exclusion of both together)
    ("Only companies that are not in gaming and do not have more than 1,000 employees.",
     [("require", "companies.sector != 'gaming' AND companies.employees <= 1000")],
     {"Brightline Energy", "Coda Health", "Dyno Freight", "Helio Foods"}),
    # a negation in the first of two conjuncts is that conjunct's alone
    ("Only companies whose sector isn't energy and that were founded after 2005.",
     [("require", "companies.sector != 'energy' AND companies.founded > 2005")],
     {"Coda Health", "Fjord Games", "Granite Cloud"}),
    # the rules read "exclude ... unless" already: no second negation
    ("Exclude firms unless they are Spanish.", [("require", "companies.country = 'Spain'")], {"Helio Foods"}),
    # "outside" a stored country; a bound whose noun comes after the next one
    ("Only companies with at least 500 but fewer than 1,000 employees, outside Spain.",
     [("require", "companies.employees >= 500 AND companies.employees < 1000 AND companies.country != 'Spain'")],
     {"Brightline Energy", "Dyno Freight"}),
    # a nested criterion goes with the one it is part of
    ("Skip European companies founded before 2000; keep everything else.",
     [("exclude", ("companies.country IN ('France', 'Germany', 'Norway', 'Spain', 'United Kingdom') AND "
                  "companies.founded < 2000"))],
     {"Brightline Energy", "Coda Health", "Dyno Freight", "Fjord Games", "Granite Cloud", "Helio Foods"}),
    ("Keep gaming firms along with any company whose CEO is older than 60.",
     [("require", "(companies.sector = 'gaming' OR ceos.age > 60)")], {"Fjord Games", "Dyno Freight"}),
    ("Only North American companies. Of those, drop the software ones.",
     [("exclude", "companies.sector = 'software'"), ("require", "companies.country IN ('United States', 'Canada')")],
     {"Coda Health", "Dyno Freight"}),
    ("Only firms with fewer than one and a half thousand employees.", [("require", "companies.employees < 1500")],
     {"Acme Robotics", "Brightline Energy", "Coda Health", "Dyno Freight", "Fjord Games", "Helio Foods"}),
    ("Food companies as well as banks.", [("require", "(companies.sector = 'food' OR companies.sector = 'finance')")],
     {"Helio Foods", "Elmstead Bank"}),
])
def test_negations_and_joins_the_rules_leave_are_read_safely(engine, instruction, relations, kept):
    res = engine.search("layoffs", instruction=instruction, k=16)
    assert sorted((r.polarity, r.sql.split(" WHERE ")[1]) for r in res.plan.relations) == sorted(relations)
    assert res.plan.criteria == ()
    assert set(companies(res)) == kept


@pytest.mark.parametrize(("instruction", "relations"), [
    # a verb that keeps none, then a negation: the companies outside gaming are excluded
    ("Keep no company that is not in the gaming sector.", [("exclude", "companies.sector != 'gaming'")]),
    # each condition under its own negation: both negated, both required
    ("Only companies whose sector isn't energy and that were not founded before 2000.",
     [("require", "companies.sector != 'energy' AND companies.founded >= 2000")]),
    ("Exclude companies in the energy sector that were not founded before 2000.",
     [("exclude", "companies.sector = 'energy' AND companies.founded >= 2000")]),
    ("Keep no company with more than 2,000 employees.", [("exclude", "companies.employees > 2000")]),
    # the exclusion's own cue is no negation of its conditions
    ("I'm not interested in food or finance firms, nor in anything founded before 2000.",
     [("exclude", "(companies.sector IN ('food', 'finance') OR companies.founded < 2000)")]),
    # a negation inside the comparison is the condition's own
    ("Only firms whose head count isn't above 1,000.", [("require", "companies.employees <= 1000")]),
    ("Skip companies whose CEO is not at least 50.", [("exclude", "ceos.age < 50")]),
    # "older" that begins a comparison of its own is no "N or older"
    ("I don't want firms whose CEO is younger than 40 or older than 60.",
     [("exclude", "(ceos.age < 40 OR ceos.age > 60)")]),
    ("Don't exclude any company with more than 2,000 employees.", [("require", "companies.employees > 2000")]),
    ("Not only the food companies but also the banks should be included.",
     [("require", "companies.sector IN ('food', 'finance')")]),  # one column, two values: a list
    ("Companies whose CEO did not take office between 2015 and 2019.",
     [("exclude", "ceos.since BETWEEN 2015 AND 2019")]),
])
def test_double_negations_are_read_or_left_as_text(engine, instruction, relations):
    plan = engine.compile(instruction, query="layoffs")
    assert sorted((r.polarity, r.sql.split(" WHERE ")[1]) for r in plan.relations) == relations


def test_a_negation_over_some_of_several_conditions_stays_text(engine):
    # "not" governs what follows it up to "and": Spain (an exclusion of the rules), not the employees
    plan = engine.compile("Only companies founded after 2000 that are not based in Spain and have more than 600 "
                          "employees.", query="layoffs")
    assert sorted((r.polarity, r.sql.split(" WHERE ")[1]) for r in plan.relations) == [
        ("exclude", "companies.country = 'Spain'"),
        ("require", "companies.founded > 2000 AND companies.employees > 600")]
    text = "Only companies founded after 2000 that do not have more than 600 employees nor a CEO older than 50."
    plan = engine.compile(text, query="layoffs")
    assert plan.relations == ()
    assert plan.notes[-1].endswith("a negation governs some of its conditions joined together; kept as a text criterion")


def test_an_order_to_leave_out_after_but_is_an_exclusion(engine):
    plan = engine.compile("Companies founded after 2000, but skip the gaming ones.", query="layoffs")
    assert [(r.polarity, r.sql.split(" WHERE ")[1]) for r in plan.relations] == [
        ("require", "companies.founded > 2000"), ("exclude", "companies.sector = 'gaming'")]
    res = engine.search("layoffs", plan=plan, k=16)
    assert set(companies(res)) == {"Brightline Energy", "Coda Health", "Dyno Freight", "Granite Cloud", "Helio Foods"}


def test_a_name_pattern_keeps_the_companies_it_matches(engine):
    res = engine.search("layoffs", instruction="Skip companies whose CEO's surname is Becker.", k=16)
    assert res.plan.relations[0].sql.split(" WHERE ")[1] == "ceos.ceo ILIKE '% Becker'"
    assert "Dyno Freight" not in companies(res) and len(res) == 14


def test_an_amount_of_money_reads_the_one_money_column(tmp_path):
    from heedful.plan import compile_rules
    from heedful.relations import Link, TableCatalog
    from heedful.relations.criteria import compile_relations

    (tmp_path / "shops.csv").write_text("name,opened,sales_eur\nKiosk,2001,40000\nMarket,1990,2500000\n")
    catalog = TableCatalog(tmp_path / "index")
    catalog.add(tmp_path / "shops.csv", links=[Link("shop", "shops", "name")])
    for text, where in [("Only shops taking in more than 1 million euros a year.", "shops.sales_eur > 1000000"),
                        ("Only shops with a turnover between 1 and 3 million euros.",  # the scale counts for both
                         "shops.sales_eur BETWEEN 1000000 AND 3000000"),
                        ("Only shops with income of 2.5 million or less.", "shops.sales_eur <= 2500000"),
                        # "$2 million" is an amount, not 2 of a "million"
                        ("Only shops whose income is between $30 thousand and $2 million.",
                         "shops.sales_eur BETWEEN 30000 AND 2000000"),
                        ("Only shops whose income lies between 1 and 2 million US dollars.",  # money, not a country
                         "shops.sales_eur BETWEEN 1000000 AND 2000000"),
                        ("Only shops with over EUR 1.5m in sales.", "shops.sales_eur > 1500000"),  # the currency first
                        ("Only shops with sales under 0.5B.", "shops.sales_eur < 500000000"),  # "B": billion
                        ("shops with income of €2M or more", "shops.sales_eur >= 2000000")]:
        plan = compile_relations(compile_rules(text, query="openings"), text, catalog, {"shop": "string"})
        assert [r.sql for r in plan.relations] == [
            f"SELECT DISTINCT shops.name, shops.sales_eur FROM shops WHERE {where}"], text
        assert plan.criteria == (), text
    # an amount that is not the shop's own ("loans bigger than ...") is no condition on its money column
    text = "Only shops opened after 1995; I only care about loans bigger than 2 million euros."
    plan = compile_relations(compile_rules(text, query="openings"), text, catalog, {"shop": "string"})
    assert [r.sql.split(" WHERE ")[1] for r in plan.relations] == ["shops.opened > 1995"]
    assert [c.text for c in plan.criteria] == ["loans bigger than 2 million euros"]


@pytest.mark.parametrize(("instruction", "where", "kept"), [
    ("Only companies founded more than 20 years ago.", "companies.founded < 2006",
     {"Acme Robotics", "Dyno Freight", "Elmstead Bank", "Helio Foods"}),
    ("Only firms set up within the last ten years.", "companies.founded >= 2016", {"Fjord Games"}),
    ("Leave out companies established less than 15 years ago.", "companies.founded > 2011",
     {"Acme Robotics", "Dyno Freight", "Elmstead Bank", "Granite Cloud", "Helio Foods"}),
    ("Companies founded at least 25 years ago with more than 1,000 employees only.",
     "companies.founded <= 2001 AND companies.employees > 1000", {"Acme Robotics", "Elmstead Bank"}),
    ("Only companies that are at least 25 years old.", "companies.founded <= 2001",
     {"Acme Robotics", "Elmstead Bank", "Helio Foods"}),
    ("Skip firms younger than 10 years.", "companies.founded > 2016", set(LAYOFFS.values()) - {"Fjord Games"}),
])
def test_years_ago_count_back_from_today(company_index, instruction, where, kept):
    from datetime import date

    from heedful.plan import compile_rules
    from heedful.relations import TableCatalog
    from heedful.relations.criteria import compile_relations

    today = date(2026, 6, 1)
    plan = compile_relations(compile_rules(instruction, query="layoffs", today=today), instruction,
                             TableCatalog(company_index), {"company": "string"}, today=today)
    (rel,) = plan.relations
    assert plan.criteria == () and rel.sql.endswith(f"WHERE {where}")
    assert plan.notes == ("years counted back from 2026 (this year)",)
    rows = {r[0] for r in TableCatalog(company_index).query(rel.sql).rows}
    assert (rows if rel.polarity == "require" else set(LAYOFFS.values()) - rows) == kept


def test_an_age_in_years_is_the_ceos_when_the_ceo_is_nearer(engine):
    plan = engine.compile("Only companies whose CEO is over 60 years old.", query="layoffs")
    assert [r.sql.split(" WHERE ")[1] for r in plan.relations] == ["ceos.age > 60"] and plan.notes == ()


def test_years_ago_count_back_from_the_as_of_date(engine):
    res = engine.search("layoffs", instruction="As of 2015, only companies founded more than 20 years ago.", k=16)
    assert [r.sql.split(" WHERE ")[1] for r in res.plan.relations] == ["companies.founded < 1995"]
    assert "years counted back from 2015 (the as-of date's year)" in res.plan.notes


def test_a_number_of_years_ago_is_no_value_of_the_column(tmp_path):
    from heedful.relations import TableCatalog
    from heedful.relations.conditions import conditions

    (tmp_path / "companies.csv").write_text("name,founded,employees\nAcme,1998,1200\n")
    catalog = TableCatalog(tmp_path / "ix")
    catalog.add(tmp_path / "companies.csv")
    text = "companies founded more than 20 years ago"  # without a year to count from: no condition
    assert conditions(text, catalog.tables(), {}) == []
    assert [c.sql() for c in conditions(text, catalog.tables(), {}, year=2030)] == ["companies.founded < 2010"]


def test_an_age_in_a_named_year_counts_back_from_that_year(engine):
    plan = engine.compile("Only companies that were already at least 25 years old in 2020.", query="layoffs")
    assert plan.criteria == () and plan.notes == ()
    assert [r.sql.split(" WHERE ")[1] for r in plan.relations] == ["companies.founded <= 1995"]
    assert set(companies(engine.search("layoffs", instruction="Only companies that were already at least 25 years "
                                       "old in 2020.", k=16))) == {"Elmstead Bank"}


def test_names_of_linked_rows_alone_select_them_when_the_rules_do_not_know_the_field(company_index):
    from heedful.plan import compile_rules
    from heedful.relations import TableCatalog
    from heedful.relations.criteria import compile_relations

    catalog = TableCatalog(company_index)
    text = "Only Coda Health and Helio Foods, please."
    # an index with too many companies to list: the rules know no values of the field
    plan = compile_relations(compile_rules(text, query="layoffs", fields={"company": "string"}), text, catalog,
                             {"company": "string"}, values={"company": None})
    assert [(r.polarity, r.sql.split(" WHERE ")[1]) for r in plan.relations] == [
        ("require", "companies.name IN ('Coda Health', 'Helio Foods')")]  # not the health or food sector
    assert plan.criteria == ()
    # a name beside other conditions stays with the rules as before ("and" may add rows there)
    text = "Only Helio Foods and other food companies."
    plan = compile_relations(compile_rules(text, query="layoffs", fields={"company": "string"}), text, catalog,
                             {"company": "string"}, values={"company": None})
    assert all("companies.name" not in r.sql.split(" WHERE ")[1] for r in plan.relations)
    # the rules filter the field themselves when they know its values: no relation repeats it
    known = {"company": sorted(LAYOFFS.values())}
    text = "Only Coda Health and Helio Foods, please."
    plan = compile_relations(compile_rules(text, query="layoffs", fields={"company": "string"}, values=known), text,
                             catalog, {"company": "string"}, values=known)
    assert plan.relations == () and [str(f) for f in plan.filters] == ["company in 'Coda Health', 'Helio Foods'"]
