"""marsad: Arabic news → an evidence-backed graph of political actors and events."""
__version__ = "0.1.0"
