from docsense.app.cli import main

main()
