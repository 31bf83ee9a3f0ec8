import sys

from rasad.cli import main

sys.exit(main())
