package lower

import (
	"path/filepath"
	"testing"

	"github.com/traefik/yaegi/stdlib"

	"github.com/gobackprop/gobackprop/interp/stdsrc"
	"github.com/gobackprop/gobackprop/interp/symbols"
	"github.com/gobackprop/gobackprop/interp/typecheck"
)

// stdImporter is the session's importer: the symbol tables and the
// source packages of interp/stdsrc.
func stdImporter(t *testing.T) *typecheck.Importer {
	t.Helper()
	imp := typecheck.NewImporter(stdlib.Symbols, symbols.Symbols)
	for _, p := range stdsrc.Packages {
		if err := imp.AddSource(p.Path, map[string]string{p.Path + ".go": p.File}); err != nil {
			t.Fatal(err)
		}
	}
	return imp
}

// TestGoldenStdSource is TestGolden for testdata/stdsrc/*.golden, whose
// programs use the source packages (slices.Sorted, sync.OnceValue, ...),
// checked with the importer a session has.
func TestGoldenStdSource(t *testing.T) {
	files, err := filepath.Glob("testdata/stdsrc/*.golden")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	runGolden(t, files, stdImporter(t))
}
