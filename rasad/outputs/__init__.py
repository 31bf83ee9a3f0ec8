"""What a run writes: the analysis file (the evaluation contract) and the HTML report."""

from rasad.outputs.analysis import build_analysis, write_analysis
from rasad.outputs.report import render_report, write_report

__all__ = ["build_analysis", "render_report", "write_analysis", "write_report"]
