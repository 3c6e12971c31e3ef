"""Letopis: a sourced chronicle of political and diplomatic events from raw Russian news."""

__version__ = "0.1.0"
