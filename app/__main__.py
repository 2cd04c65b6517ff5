"""`python -m docsense.app` = `docsense`."""

from docsense.app.cli import main

main()
