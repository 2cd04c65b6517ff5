"""Front ends over HTTP: the JSON API (FastAPI) and the web UI (Streamlit)."""
