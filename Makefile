# The two commands from the README. Both set up what they need first (scripts/setup.sh).
.PHONY: run test lint bundle screenshots clean soak

run:
	@scripts/setup.sh run
	@scripts/run.sh --demo $(ARGS)

test:
	@scripts/setup.sh test
	@scripts/test.sh $(ARGS)

# N dossiers through the outbox and the sender into a sandbox with 20% injected faults (make soak N=50).
N ?= 500
soak:
	@scripts/setup.sh test
	@scripts/with-keyring.sh .venv/bin/python scripts/soak.py -n $(N) $(ARGS)

lint:
	@scripts/setup.sh test
	.venv/bin/ruff check kiosk tests
	.venv/bin/ruff format --check kiosk tests
	.venv/bin/mypy

bundle:
	@scripts/setup.sh bundle
	.venv/bin/pyinstaller --noconfirm --distpath build/dist --workpath build/work build/kiosk.spec
	build/dist/kiosk/kiosk --smoke

clean:
	rm -rf build/dist build/work .pytest_cache .mypy_cache .ruff_cache
