"""Sizes of the N+1 tests, as in saleor's `tests/benchmark`: an operation is measured at FEW
items and at MANY, and both counts are pinned to one number.

A query per item would show as a difference of MANY - FEW = 9 queries, so 12 items catch what
100 did, at an eighth of the pages to build. A pinned count also catches a query added to the
whole response: a change in what an operation costs is reviewed like a change in its contract.
"""

FEW, MANY = 3, 12
