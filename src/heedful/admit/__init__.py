"""Admission: generated answers join the corpus only when they pass entailment, attribution and
novelty gates; rejected ones are kept apart as experience (:mod:`heedful.admit.policy`)."""

from heedful.admit.gates import AdmitThresholds
from heedful.admit.types import GATES, Admission, Candidate, GateResult

__all__ = ["GATES", "Admission", "AdmitThresholds", "Candidate", "GateResult"]
