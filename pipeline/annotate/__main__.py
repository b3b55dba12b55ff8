import sys

from pipeline.annotate.stage import main

sys.exit(main())
