from stemlead.cli import main

raise SystemExit(main())
