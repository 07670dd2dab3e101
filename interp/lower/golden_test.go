package lower

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/stdlib"

	"github.com/gobackprop/gobackprop/interp/typecheck"
)

var update = flag.Bool("update", false, "rewrite the expected lowered source of testdata/*.golden")

// goldenMark separates a golden file's program from its lowered form.
const goldenMark = "// lowered:\n"

// TestGolden lowers each program of testdata/*.golden (a whole program,
// checked as a pasted cell is) and compares the result with the text
// after the "// lowered:" line. go test -update rewrites it.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.golden")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	im := typecheck.NewImporter(stdlib.Symbols, goLog)
	im.AllowUnsafeConstants() // as an unrestricted session does
	runGolden(t, files, im)
}

// goLog is the part of the session's package log (interp's logExports)
// whose types differ from yaegi's restricted table: Go's *log.Logger.
var goLog = typecheck.Tables{"log/log": {
	"Logger":  reflect.ValueOf((*log.Logger)(nil)),
	"New":     reflect.ValueOf(log.New),
	"Default": reflect.ValueOf(log.Default),
}}

// runGolden lowers each golden file's program with imp and compares the
// result with the text after goldenMark.
func runGolden(t *testing.T, files []string, imp *typecheck.Importer) {
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".golden"), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			src, want, found := strings.Cut(string(b), goldenMark)
			if !found && !*update {
				t.Fatalf("%s has no %q line", f, goldenMark)
			}
			got, err := lowerProgram(imp, src)
			if err != nil {
				got = "error: " + err.Error() + "\n"
			}
			if *update {
				if err := os.WriteFile(f, []byte(src+goldenMark+got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func lowerProgram(imp *typecheck.Importer, src string) (string, error) {
	s := typecheck.NewSession(imp, map[string]string{"fmt": "fmt"})
	r, err := s.Check(typecheck.Cell{Program: src})
	if err != nil {
		return "", err
	}
	if len(r.Errors) > 0 {
		return "", r.Errors[0]
	}
	// As the session does (interp's specialize), copies of generic
	// functions first, round by round.
	for round := 0; round < 8; round++ {
		next, _ := Expand(Input{Src: src, Fset: r.Fset, File: r.File, Info: r.Info, Pkg: r.Pkg, Session: r.Session, Reserved: goldenReserved}, nil)
		if next == "" {
			break
		}
		nr, err := s.Check(typecheck.Cell{Program: next})
		if err != nil || len(nr.Errors) > 0 {
			return "", fmt.Errorf("the specialized program does not check: %v%v", err, nr.Errors)
		}
		src, r = next, nr
	}
	out, err := Cell(Input{Src: src, Fset: r.Fset, File: r.File, Info: r.Info, Pkg: r.Pkg, Body: r.Body, Reserved: goldenReserved})
	return out.Src + "\n", err
}

// goldenReserved are names of packages a session preloads, as the session
// passes them (interp's preloaded imports).
var goldenReserved = map[string]bool{"fmt": true, "math": true, "display": true, "mat": true, "datasets": true, "autodiff": true, "plotting": true}
