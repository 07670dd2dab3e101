package stdsrc

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"github.com/gobackprop/gobackprop/interp/typecheck"
)

// TestLoad compiles every package into an interpreter, as a session does,
// and calls into it by the mangled names.
func TestLoad(t *testing.T) {
	var out strings.Builder
	yi := interp.New(interp.Options{Stdout: &out})
	if err := yi.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	if err := Load(yi); err != nil {
		t.Fatal(err)
	}
	src := `import (
	"fmt"
	"cmp"
	"slices"
)
func main() {
	xs := []int{3, 1, 2}
	slices.Sort_gbp_slices[int](xs)
	fmt.Println(xs, cmp.Compare_gbp_cmp[int](1, 2), slices.Compare_gbp_slices[int](xs, xs))
	fmt.Println(_gbpsync.OnceValue_gbp_sync[int](func() int { return 7 })())
}`
	if _, err := yi.Eval(src); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "[1 2 3] -1 0\n7\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestAPI checks each package against Go's: a whole package has every
// exported name of Go's, an addition every generic one (the compiled
// package has the others), except those listed as missing.
func TestAPI(t *testing.T) {
	missing := map[string]bool{}
	imp := typecheck.NewImporter(stdlib.Symbols)
	for _, p := range Packages {
		if err := imp.AddSource(p.Path, map[string]string{p.Path + ".go": p.File}); err != nil {
			t.Fatal(err)
		}
	}
	goImp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	for _, p := range Packages {
		mine, err := imp.Import(p.Path)
		if err != nil {
			t.Errorf("%s does not type-check: %v", p.Path, err)
			continue
		}
		goes, err := goImp.Import(p.Path)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range goes.Scope().Names() {
			obj := goes.Scope().Lookup(name)
			if !obj.Exported() || missing[p.Path+"."+name] || (p.Hidden != "" && !generic(obj)) {
				continue
			}
			if mine.Scope().Lookup(name) == nil {
				t.Errorf("%s.%s is missing", p.Path, name)
			}
		}
	}
}

func generic(obj types.Object) bool {
	switch t := obj.Type().(type) {
	case *types.Signature:
		return t.TypeParams().Len() > 0
	case *types.Named:
		_, isType := obj.(*types.TypeName)
		return isType && t.TypeParams().Len() > 0
	}
	return false
}

// TestNoShadowing guards Interpreted's renaming, which goes by name: no
// parameter or local of a package may be called like one of its generic
// functions or types.
func TestNoShadowing(t *testing.T) {
	for _, p := range Packages {
		f, err := parser.ParseFile(token.NewFileSet(), "", p.File, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Field:
				for _, id := range n.Names {
					if IsGeneric(p.Path, id.Name) {
						t.Errorf("%s: %s shadows a generic name", p.Path, id.Name)
					}
				}
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE {
					for _, l := range n.Lhs {
						if id, ok := l.(*ast.Ident); ok && IsGeneric(p.Path, id.Name) {
							t.Errorf("%s: %s shadows a generic name", p.Path, id.Name)
						}
					}
				}
			case *ast.ValueSpec:
				for _, id := range n.Names {
					if IsGeneric(p.Path, id.Name) {
						t.Errorf("%s: %s shadows a generic name", p.Path, id.Name)
					}
				}
			}
			return true
		})
	}
}
