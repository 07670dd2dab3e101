package stdsrc

import (
	"embed"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	pathpkg "path"
	"sort"
	"strings"
	"sync"

	"github.com/traefik/yaegi/interp"
)

//go:embed cmp/cmp.go iter/iter.go slices/slices.go maps/maps.go unique/unique.go
//go:embed sync/oncevalue.go sync/atomic/pointer.go math/rand/v2/n.go container/heap/heap.go
var files embed.FS

// A Package is one package of Go source for the session.
type Package struct {
	// Path is the import path cells use.
	Path string
	// File is the package's source, one file, as the type checker sees
	// it: its package clause names the package Go's does.
	File string
	// Hidden is, for a package that adds to a compiled one, the name yaegi
	// knows the source by; "" for a package of its own.
	Hidden string
}

// Packages lists the packages in the order they must be compiled: each
// imports only compiled packages and those before it.
var Packages = []Package{
	{Path: "cmp", File: read("cmp/cmp.go")},
	{Path: "iter", File: read("iter/iter.go")},
	{Path: "slices", File: read("slices/slices.go")},
	{Path: "maps", File: read("maps/maps.go")},
	{Path: "unique", File: read("unique/unique.go")},
	{Path: "sync", File: read("sync/oncevalue.go"), Hidden: "_gbpsync"},
	{Path: "sync/atomic", File: read("sync/atomic/pointer.go"), Hidden: "_gbpatomic"},
	{Path: "math/rand/v2", File: read("math/rand/v2/n.go"), Hidden: "_gbprand"},
	{Path: "container/heap", File: read("container/heap/heap.go"), Hidden: "_gbpheap"},
}

// Interpreted returns the source yaegi compiles: File, with the package
// clause naming Hidden when it is set, and each generic function and type
// renamed by Mangle.
//
// yaegi makes a compiled source package importable under its package
// name; an addition to a compiled package gets a name of its own because
// the two cannot share one (yaegi would look up every member of the
// compiled package in the source). And yaegi keeps the instances of
// generic functions and types in one table for the whole interpreter,
// keyed by name and type arguments: cmp.Compare[int] and
// slices.Compare[int] were one function, and so would be slices.Contains
// and a cell's own Contains. A mangled name is unique.
func (p Package) Interpreted() string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", p.File, parser.SkipObjectResolution)
	if err != nil {
		panic("stdsrc: " + p.Path + ": " + err.Error())
	}
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	rename := func(id *ast.Ident, text string) {
		edits = append(edits, edit{fset.Position(id.Pos()).Offset, fset.Position(id.End()).Offset, text})
	}
	if p.Hidden != "" {
		rename(f.Name, p.Hidden)
	}
	own := genericNames()[p.Path]
	imported := map[string]string{} // local name -> path, of source packages
	for _, im := range f.Imports {
		path := strings.Trim(im.Path.Value, `"`)
		if IsSource(path) {
			imported[pathpkg.Base(path)] = path
			if im.Name != nil {
				imported[im.Name.Name] = path
			}
		}
	}
	sels := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			sels[n.Sel] = true
			if x, ok := n.X.(*ast.Ident); ok {
				if path, ok := imported[x.Name]; ok && genericNames()[path][n.Sel.Name] {
					rename(n.Sel, Mangle(path, n.Sel.Name))
				}
			}
		case *ast.FuncDecl:
			if n.Recv != nil {
				sels[n.Name] = true // a method's name is not the package's
			}
		case *ast.Field:
			for _, name := range n.Names {
				sels[name] = true // nor a field's or a parameter's
			}
		case *ast.FieldList:
			for _, f := range n.List {
				if isOrdered(p.Path, imported, f.Type) && n.Opening.IsValid() && fset.File(n.Opening).Position(n.Opening).Offset < len(p.File) && p.File[fset.Position(n.Opening).Offset] == '[' {
					// A type parameter's cmp.Ordered: yaegi refused to
					// instantiate it with a compiled named type
					// (slices.Sort of a []time.Duration was a CFG
					// panic), and compiles each instance with its own
					// type; the checker has checked the argument.
					edits = append(edits, edit{fset.Position(f.Type.Pos()).Offset, fset.Position(f.Type.End()).Offset, "any"})
				}
			}
		case *ast.Ident:
			if own[n.Name] && !sels[n] {
				rename(n, Mangle(p.Path, n.Name))
			}
		}
		return true
	})
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		b.WriteString(p.File[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.WriteString(p.File[last:])
	return withWitnesses(b.String())
}

// isOrdered reports a constraint written cmp.Ordered (Ordered in package
// cmp itself), given a source package's imports by local name.
func isOrdered(path string, imported map[string]string, e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return path == "cmp" && e.Name == "Ordered"
	case *ast.SelectorExpr:
		x, ok := e.X.(*ast.Ident)
		return ok && imported[x.Name] == "cmp" && e.Sel.Name == "Ordered"
	}
	return false
}

// withWitnesses adds to src, a package's Interpreted source, a copy of
// each generic function that takes a pointer of each type argument
// first: WitnessName's. Inside generic code yaegi instantiates an
// explicit call (Sorted[T](seq)) by the type argument's name and fails
// for a type of the cells (T = Color: a nil dereference), while it infers
// the same argument from a value; the lowering calls the copy there
// (lower.stdWitnesses).
func withWitnesses(src string) string {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.SkipObjectResolution)
	if err != nil {
		panic("stdsrc: " + err.Error())
	}
	var b strings.Builder
	b.WriteString(src)
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Type.TypeParams == nil || fd.Body == nil {
			continue
		}
		var witnesses []*ast.Field
		at := fd.Type.Params.Opening
		for _, field := range fd.Type.TypeParams.List {
			for _, n := range field.Names {
				witnesses = append(witnesses, &ast.Field{Names: []*ast.Ident{{NamePos: at, Name: "_"}}, Type: &ast.StarExpr{Star: at, X: &ast.Ident{NamePos: at, Name: n.Name}}})
			}
		}
		fd.Type.Params.List = append(witnesses, fd.Type.Params.List...)
		fd.Name.Name += witnessSuffix
		fd.Doc = nil
		b.WriteString("\n\n")
		if err := printer.Fprint(&b, fset, fd); err != nil {
			panic("stdsrc: " + err.Error())
		}
		b.WriteString("\n")
	}
	return b.String()
}

// witnessSuffix ends the names of the copies taking witnesses.
const witnessSuffix = "W"

// WitnessName returns the name yaegi knows the copy of the generic
// function name of package path by that takes a pointer of each of its
// type arguments before its parameters: "Sorted_gbp_slicesW".
func WitnessName(path, name string) string { return Mangle(path, name) + witnessSuffix }

// Mangle returns the name yaegi knows the generic function or type name
// of package path by: "Compare_gbp_slices" for slices.Compare.
func Mangle(path, name string) string {
	return name + "_gbp_" + strings.Map(func(r rune) rune {
		if r == '/' || r == '.' {
			return '_'
		}
		return r
	}, path)
}

// IsGeneric reports whether name is a generic function or type of the
// source of package path, whose name yaegi knows mangled.
func IsGeneric(path, name string) bool { return genericNames()[path][name] }

// genericNames maps each package's path to its generic functions and
// types, exported or not. It is made on first use, not at package
// initialisation: parsing the sources takes 0.7 ms, which the kernel's
// front process, which runs no cell, would pay before its first reply.
var genericNames = sync.OnceValue(func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, p := range Packages {
		f, err := parser.ParseFile(token.NewFileSet(), "", p.File, parser.SkipObjectResolution)
		if err != nil {
			panic("stdsrc: " + p.Path + ": " + err.Error())
		}
		names := map[string]bool{}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Type.TypeParams != nil {
					names[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					if ts, ok := spec.(*ast.TypeSpec); ok && ts.TypeParams != nil {
						names[ts.Name.Name] = true
					}
				}
			}
		}
		out[p.Path] = names
	}
	return out
})

// Load compiles the packages into yi, whose symbol tables must include
// the standard library's. Each package is compiled once per interpreter.
func Load(yi *interp.Interpreter) error {
	for _, p := range Packages {
		// Each file gets a name of its own: yaegi keys a file's imports by
		// its name, and yaegi's own slices, maps and cmp, which these
		// replace, were compiled without one.
		name := "gbp_" + strings.ReplaceAll(p.Path, "/", "_") + ".go"
		f, err := parser.ParseFile(yi.FileSet(), name, interpreted()[p.Path], parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("stdsrc: %s: %w", p.Path, err)
		}
		prog, err := yi.CompileAST(f)
		if err != nil {
			return fmt.Errorf("stdsrc: %s: %w", p.Path, err)
		}
		if _, err := yi.Execute(prog); err != nil {
			return fmt.Errorf("stdsrc: %s: %w", p.Path, err)
		}
	}
	return nil
}

// interpreted maps each package's path to its Interpreted source, made
// once for all sessions.
var interpreted = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for _, p := range Packages {
		out[p.Path] = p.Interpreted()
	}
	return out
})

// Hidden returns the name yaegi knows the additions to a compiled package
// by, or "" when path has none.
func Hidden(path string) string {
	for _, p := range Packages {
		if p.Path == path {
			return p.Hidden
		}
	}
	return ""
}

// IsSource reports whether path is one of the packages, whole or added to.
func IsSource(path string) bool {
	for _, p := range Packages {
		if p.Path == path {
			return true
		}
	}
	return false
}

func read(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic("stdsrc: " + err.Error())
	}
	return string(b)
}
