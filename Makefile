# gobackprop - see README.md.
GO      ?= go
PYTHON  ?= /usr/bin/python3
BIN     := bin/gobackprop
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

# BLAS: openblas when the system can link OpenBLAS (Debian's libopenblas-dev:
# found by pkg-config, or its library in the usual places) with cgo on, so
# that a plain `make build` trains at numpy's speed; pure Go otherwise, and
# always with `make build BLAS=go` or CGO_ENABLED=0 (a static binary).
# `gobackprop version` says which one a binary has.
BLAS ?= $(shell sh install/blas.sh)
TAGS := $(if $(filter openblas,$(BLAS)),-tags openblas)

.PHONY: all build staticcheck cross build-openblas run test test-go test-attacks-without-namespaces test-race test-openblas test-jupyter test-windows test-hub test-hub-full test-assignments test-slow test-race-grade cross-all cross-each generate check-generated bench vet fmt clean install hub

all: build

build: $(BIN)

$(BIN): FORCE
	$(GO) build $(TAGS) -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/gobackprop

FORCE:

# The binary with matrix products in OpenBLAS whether or not the system was
# detected (fails without cgo and libopenblas-dev), beside bin/gobackprop.
build-openblas:
	$(GO) build -tags openblas -ldflags "$(LDFLAGS)" -o bin/gobackprop-openblas ./cmd/gobackprop

# The main job on a fresh machine, no Jupyter needed: execute the bundled
# notebooks headlessly and keep the executed copies in out/.
run: build
	$(BIN) run --outdir out/notebooks notebooks/*.ipynb
	@echo "executed notebooks are in out/notebooks/"

# Everything: Go unit and integration tests, then the suites that drive the
# real binary through Jupyter's own client libraries.
test: build vet check-generated test-go test-attacks-without-namespaces test-openblas test-jupyter test-windows test-hub

# With the BLAS of `make build` (OpenBLAS where it links), the build the
# notebooks train with; test-openblas runs autodiff's tests with the other.
test-go:
	$(GO) test $(TAGS) -count=1 -timeout 20m ./...

# The attack suite again as on a machine without namespaces (Landlock,
# seccomp and rlimits only; each worker under its supervisor, which kills
# what it leaves behind: grade/supervise_linux.go). About 20 s.
test-attacks-without-namespaces:
	GOBACKPROP_ISOLATION=namespaces $(GO) test -count=1 -run 'TestAttacks$$' ./grade

# The packages whose goroutines share state, again under the race
# detector. interp is left out: an interrupted cell's evaluation ends in
# yaegi's own goroutine, which the session waits for by watching the
# goroutine list (interp/abandoned.go) - ordered in time, but not a
# synchronisation the detector can see.
test-race:
	$(GO) test -race -count=1 -timeout 10m ./worker ./kernel/... ./capture ./ipc ./display ./runner ./memlimit

# grade under the race detector: its supervisor's goroutines, through the
# whole attack suite (two minutes: in make test-slow).
test-race-grade:
	$(GO) test -race -count=1 -timeout 10m ./grade

# The proof that the bundled assignments grade as their text says: each
# graded notebook graded through the binary against the source, the student
# version, two correct solutions written differently and the wrong ones the
# notebooks name (cmd/gobackprop/assignments_test.go). It trains on MNIST
# dozens of times, about 10 minutes on two cores, so it is not part of
# "make test"; CI runs it after. First the training notebooks (06b-09)
# run through the session and through Jupyter's executor, as make test
# runs the others (notebooks_test.go, tests/jupyter/test_nbconvert.py).
test-assignments: build
	GOBACKPROP_TRAINING_NOTEBOOKS=1 $(GO) test $(TAGS) -count=1 -timeout 30m -run 'TestBundledNotebooksRun$$' ./notebooks/
	GOBACKPROP_TRAINING_NOTEBOOKS=1 GOBACKPROP=$(abspath $(BIN)) $(PYTHON) -m unittest discover -v -s tests/jupyter -p 'test_nbconvert.py' -k test_bundled_notebooks
	$(GO) test -count=1 -tags assignments -timeout 40m -run TestAssignmentsGradeAsStated -v ./cmd/gobackprop/

# The slow suites, which CI runs after make test (about 20 minutes on two
# cores, most of it compiling the tree again for the race detector and
# for five other systems): the race detector's runs (test-race,
# test-race-grade); the whole differential
# corpus (interp/corpus_test.go: every program of interp/testdata/gocorpus
# built by the Go toolchain and run through sessions in both styles; make
# test runs the programs written for an area of the language and one in
# sixteen of those written blind - linking a binary for each of the 2619
# programs takes five minutes); vet and build for all six systems (make
# test builds one of each other system); and the type-check importer
# compared with the toolchain's for every package of the standard library
# (make test: the 18 a course uses).
test-slow: staticcheck cross-all test-race test-race-grade
	GOBACKPROP_CORPUS=all $(GO) test -count=1 -timeout 40m -run 'TestGoCorpus$$' ./interp/
	GOBACKPROP_TYPECHECK=all $(GO) test -count=1 -run 'TestCompareWithToolchain$$' ./interp/typecheck/

# autodiff's tests with the other BLAS than test-go's: pure Go (gonum)
# where test-go had OpenBLAS, and OpenBLAS where it had pure Go - which
# CI, and a machine with libopenblas-dev, always has.
test-openblas:
	@if [ -n "$(TAGS)" ]; then \
		$(GO) test -count=1 ./autodiff/; \
	elif [ "$$CI" = "true" ] || [ -n "$$(ls /usr/lib/libopenblas.so /usr/lib/*/libopenblas.so 2>/dev/null)" ]; then \
		$(GO) test -count=1 -tags openblas ./autodiff/; \
	else \
		echo "skipping the OpenBLAS build's tests: apt-get install libopenblas-dev"; \
	fi

test-jupyter: build
	GOBACKPROP=$(abspath $(BIN)) $(PYTHON) -m unittest discover -v -s tests/jupyter -p 'test_*.py'

# Students' laptops, for real: the windows/amd64 binary under Wine
# (tests/windows: version, run of the lecture notebooks against the Linux
# binary's outputs, the kernel driven by jupyter_client over TCP and
# jupyter_kernel_test). Needs Debian's wine64 and MinGW
# (gcc-mingw-w64-x86-64-win32, for the bcryptprimitives.dll Wine 8 lacks);
# without them it fails under CI=true and skips elsewhere. About 30 s.
WINDOWS_EXE := bin/windows-amd64/gobackprop.exe

# The Windows build is pure Go (no cgo across): its outputs are compared
# with the pure-Go Linux build's, whose BLAS and rounding are the same.
test-windows:
	GOOS=windows GOARCH=amd64 $(GO) build -ldflags "$(LDFLAGS)" -o $(WINDOWS_EXE) ./cmd/gobackprop
	CGO_ENABLED=0 $(GO) build -ldflags "$(LDFLAGS)" -o bin/linux-go/gobackprop ./cmd/gobackprop
	GOBACKPROP=$(abspath bin/linux-go/gobackprop) GOBACKPROP_EXE=$(abspath $(WINDOWS_EXE)) $(PYTHON) -m unittest discover -v -s tests/windows -p 'test_*.py'

# A class on one JupyterHub (tests/hub/test_hub.py, needs Debian's
# jupyterhub): 6 students start servers and run 02, 3 of them also train
# on (cut) 07-svm, while a probe times 1+1 and one student interrupts and
# restarts, another allocates without bound. About a minute on two cores.
test-hub: build
	GOBACKPROP_HUB_STUDENTS=6 GOBACKPROP_HUB_SVM=3 $(PYTHON) -m unittest discover -v -s tests/hub -p 'test_*.py'

# The issue's class of 30: 30 servers, all run 02, and as many train on 07
# as the machine's memory holds (about 2 GiB each). A few minutes; CI runs
# it after the other suites. Figures in out/hub-load-30.json.
test-hub-full: build
	GOBACKPROP_HUB_STUDENTS=30 $(PYTHON) -m unittest discover -v -s tests/hub -p 'test_*.py'

# A hub on http://127.0.0.1:8000 to try in a browser: installs gobackprop
# for all users under PREFIX (/usr/local; needs root) - see README,
# "Teaching a class".
hub: build
	sh install/hub/hub.sh

# staticcheck (.ci/run installs it) over every package but generated
# code (interp/symbols: yaegi's tables name a deprecated gonum function).
STATICCHECK ?= staticcheck

vet:
	$(GO) vet ./...
	@# testdata holds programs that do not compile on purpose; .scratch
	@# (which go's tools skip too) holds probes and reductions, not product.
	@test -z "$$(gofmt -l $$(find . -name '*.go' -not -path '*/testdata/*' -not -path './.scratch/*'))" || (echo "gofmt needed:"; gofmt -l $$(find . -name '*.go' -not -path '*/testdata/*' -not -path './.scratch/*'); exit 1)

# staticcheck's checks beyond go vet's (test-slow: make test keeps go vet
# and gofmt, within its 15 minutes).
staticcheck:
	$(STATICCHECK) $$($(GO) list ./... | grep -v -e '/interp/symbols$$')

# Students' laptops: the binary builds, and every package (tests too)
# vets, for each system a student runs Jupyter on. The code has files per
# system (linux, darwin, windows), none per architecture: make test builds
# Linux's tree (test-go) and the binary for Windows (test-windows, which
# imports every package with files per system); make cross builds the tree
# for macOS, and cross-all (in test-slow, which CI runs) vets and builds
# all six - each compiles the whole tree anew, about a minute and a half
# on a fresh machine.
CROSS := darwin/arm64
CROSS_ALL := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64

cross:
	@set -e; for t in $(CROSS); do \
		echo "GOOS=$${t%/*} GOARCH=$${t#*/}: go build ./..."; \
		GOOS=$${t%/*} GOARCH=$${t#*/} $(GO) build ./...; \
	done

cross-all:
	@$(MAKE) --no-print-directory cross-each PLATFORMS="$(CROSS_ALL)"

cross-each:
	@set -e; for t in $(PLATFORMS); do \
		echo "GOOS=$${t%/*} GOARCH=$${t#*/}: go vet ./... && go build ./..."; \
		GOOS=$${t%/*} GOARCH=$${t#*/} $(GO) vet ./...; \
		GOOS=$${t%/*} GOARCH=$${t#*/} $(GO) build ./...; \
	done

generate:
	$(GO) generate ./interp/symbols/ ./interp/docs/

# Fails when the committed yaegi symbols or Inspect's docs table differ
# from what go generate makes.
check-generated:
	@# The same directives as make generate, in three groups at once (each
	@# extraction type-checks its packages from source: a minute in a row).
	@set -e; \
	$(GO) generate -run 'gonum' ./interp/symbols/ & a=$$!; \
	$(GO) generate -run 'gobackprop' ./interp/symbols/ & b=$$!; \
	$(GO) generate -skip 'gonum|gobackprop' ./interp/symbols/ & c=$$!; \
	$(GO) generate ./interp/docs/; \
	wait $$a; wait $$b; wait $$c
	@git diff --exit-code --stat -- interp/symbols/ interp/docs/ || (echo "interp/symbols or interp/docs is stale: run make generate and commit"; exit 1)

# The training step through the kernel beside numpy (bench/training.py),
# for this build and a pure-Go one (bin/gobackprop-go).
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./interp/ ./kernel/... ./autodiff/
	$(PYTHON) bench/latency.py $(abspath $(BIN))
	$(MAKE) build BLAS=go BIN=bin/gobackprop-go
	$(PYTHON) bench/training.py $(abspath $(BIN)) $(abspath bin/gobackprop-go)

install: build
	$(BIN) install --user

clean:
	rm -rf bin out
