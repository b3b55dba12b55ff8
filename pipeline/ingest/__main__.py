import sys

from pipeline.ingest.stage import main

sys.exit(main())
