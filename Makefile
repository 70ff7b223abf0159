# Two commands do everything on a fresh machine:
#   make demo   run timeline on samples/: out/report.html (offline HTML report) and out/events.json
#   make test   run every test, including the browser tests in headless Chromium
# Both install what they need first (the ECharts script from npm; Chromium from Debian for tests).

GO ?= go
OUT ?= out

.PHONY: demo test deps browser bench eval

deps: node_modules/echarts/dist/echarts.min.js

node_modules/echarts/dist/echarts.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

demo: deps
	@mkdir -p $(OUT)
	$(GO) run ./cmd/timeline extract samples/ -o $(OUT)/events.json
	$(GO) run ./cmd/timeline render samples/ -o $(OUT)/report.html
	@echo "wrote $(OUT)/events.json and $(OUT)/report.html"

browser:
	@bash scripts/install-chromium.sh

test: deps browser
	$(GO) vet ./...
	$(GO) test -count=1 ./...

bench:
	$(GO) test -run '^$$' -bench . -benchtime 3x ./...

eval:
	$(GO) run ./timeline/temporal/cmd/timexeval timeline/temporal/testdata/dev
	$(GO) run ./timeline/temporal/cmd/timexeval timeline/temporal/testdata/heldout
	@for d in dev dev3 dev4 heldout2 heldout3 heldout heldout4 heldout5; do \
		echo "== timeline/testdata/$$d"; $(GO) run ./timeline/cmd/eventeval timeline/testdata/$$d || exit 1; done
