"""Disjoint sets over 0..n-1: the one union-find the stages share (line pairs -> blocks, fragments -> entities)."""

from __future__ import annotations


class DisjointSets:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # path halving keeps the chains short without recursion
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        """`b`'s set joins `a`'s (`a`'s root stays the root)."""
        self.parent[self.find(b)] = self.find(a)

    def groups(self) -> list[list[int]]:
        """The sets, each in ascending order, ordered by their smallest member."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())
