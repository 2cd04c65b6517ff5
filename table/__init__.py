"""Table stage: SLANet structure recognition on table crops, OCR words matched to cells, `Table` out."""

from .recognizer import TableRecognizer, looks_tabular
from .slanet import SlaNet, Structure

__all__ = ["SlaNet", "Structure", "TableRecognizer", "looks_tabular"]
