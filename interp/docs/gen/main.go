// Command gen writes the docs table (see package docs) for every package
// a cell can import: the keys of yaegi's standard library tables and of
// interp/symbols. It reads the packages' sources, which are on the
// machine that runs go generate (GOROOT and the module cache), so that
// the kernel needs them nowhere else.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/build"
	"go/doc"
	"go/parser"
	"go/printer"
	"go/token"
	"log"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/traefik/yaegi/stdlib"

	"github.com/gobackprop/gobackprop/interp/symbols"
)

// maxDoc bounds one member's documentation: the first paragraph, cut at
// a sentence's end when longer.
const maxDoc = 600

// maxSig bounds a type's declaration shown whole: a longer struct or
// interface shows as "type T struct{ ... }".
const maxSig = 300

type member struct {
	Sig string `json:"s,omitempty"`
	Doc string `json:"d,omitempty"`
}

type pkg struct {
	Synopsis string            `json:"p,omitempty"`
	Members  map[string]member `json:"m,omitempty"`
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("docs/gen: ")
	out := "docs.json.gz"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	names := map[string]map[string]bool{} // import path -> members
	collect(names, stdlib.Symbols)
	collect(names, symbols.Symbols)
	table := map[string]pkg{}
	for path, members := range names {
		p, err := document(path, members)
		if err != nil {
			log.Printf("%s: %v (left out)", path, err)
			continue
		}
		table[path] = p
	}
	raw, err := json.Marshal(table)
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "docs/gen: %d packages, %d bytes of JSON, %d gzipped\n", len(table), len(raw), buf.Len())
}

// document reads path's sources and returns its synopsis and the
// signature and documentation of each of members.
func document(path string, members map[string]bool) (pkg, error) {
	bp, err := build.Import(path, "", 0)
	if err != nil {
		return pkg{}, err
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, parser.ParseComments)
		if err != nil {
			return pkg{}, err
		}
		files = append(files, f)
	}
	d, err := doc.NewFromFiles(fset, files, path)
	if err != nil {
		return pkg{}, err
	}
	p := pkg{Synopsis: d.Synopsis(d.Doc), Members: map[string]member{}}
	add := func(name, sig, text string) {
		if members[name] {
			p.Members[name] = member{Sig: sig, Doc: firstParagraph(text)}
		}
	}
	for _, f := range d.Funcs {
		add(f.Name, funcSig(fset, f.Decl), f.Doc)
	}
	for _, t := range d.Types {
		add(t.Name, typeSig(fset, t.Decl), t.Doc)
		for _, f := range t.Funcs {
			add(f.Name, funcSig(fset, f.Decl), f.Doc)
		}
		// Methods are keyed "Type.Method", under a type a cell can name:
		// those declared on it, those promoted from embedded fields that
		// go/doc shows with it, and an interface's own.
		if members[t.Name] {
			for _, m := range t.Methods {
				if ast.IsExported(m.Name) {
					p.Members[t.Name+"."+m.Name] = member{Sig: funcSig(fset, m.Decl), Doc: firstParagraph(m.Doc)}
				}
			}
			interfaceMethods(fset, t, p.Members)
		}
		values(t.Consts, add)
		values(t.Vars, add)
	}
	values(d.Consts, add)
	values(d.Vars, add)
	return p, nil
}

// interfaceMethods adds the exported methods an interface type t
// declares, as "func (T) Name(...) ..." with the method's own comment,
// or the interface's when the method has none (io.Reader documents Read
// in the type's comment).
func interfaceMethods(fset *token.FileSet, t *doc.Type, out map[string]member) {
	it, ok := t.Decl.Specs[0].(*ast.TypeSpec).Type.(*ast.InterfaceType)
	if !ok {
		return
	}
	for _, f := range it.Methods.List {
		ft, ok := f.Type.(*ast.FuncType)
		if !ok || len(f.Names) == 0 || !f.Names[0].IsExported() {
			continue
		}
		name := f.Names[0].Name
		decl := &ast.FuncDecl{
			Recv: &ast.FieldList{List: []*ast.Field{{Type: ast.NewIdent(t.Name)}}},
			Name: ast.NewIdent(name),
			Type: ft,
		}
		text := f.Doc.Text()
		if text == "" {
			text = t.Doc
		}
		out[t.Name+"."+name] = member{Sig: node(fset, decl), Doc: firstParagraph(text)}
	}
}

// values adds the names of a const or var group with the group's
// documentation (or the name's own line comment); their signature comes
// from the compiled value at run time.
func values(groups []*doc.Value, add func(name, sig, text string)) {
	for _, v := range groups {
		for _, spec := range v.Decl.Specs {
			vs := spec.(*ast.ValueSpec)
			text := v.Doc
			if vs.Doc != nil {
				text = vs.Doc.Text()
			} else if text == "" && vs.Comment != nil {
				text = vs.Comment.Text()
			}
			for _, n := range vs.Names {
				add(n.Name, "", text)
			}
		}
	}
}

func funcSig(fset *token.FileSet, decl *ast.FuncDecl) string {
	d := *decl
	d.Body, d.Doc = nil, nil
	return node(fset, &d)
}

func typeSig(fset *token.FileSet, decl *ast.GenDecl) string {
	spec := *decl.Specs[0].(*ast.TypeSpec)
	spec.Doc, spec.Comment = nil, nil
	stripComments(spec.Type)
	sig := "type " + node(fset, &spec)
	if len(sig) <= maxSig {
		return sig
	}
	switch spec.Type.(type) {
	case *ast.StructType:
		return "type " + spec.Name.Name + " struct{ ... }"
	case *ast.InterfaceType:
		return "type " + spec.Name.Name + " interface{ ... }"
	}
	return sig[:maxSig] + " ..."
}

// stripComments drops the field comments of struct and interface types,
// which the printer would otherwise keep.
func stripComments(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		if f, ok := n.(*ast.Field); ok {
			f.Doc, f.Comment = nil, nil
		}
		return true
	})
}

func node(fset *token.FileSet, n any) string {
	var b strings.Builder
	if err := (&printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 8}).Fprint(&b, fset, n); err != nil {
		return ""
	}
	return b.String()
}

// firstParagraph returns text's first paragraph, cut after the last
// sentence that ends within maxDoc bytes when it is longer.
func firstParagraph(text string) string {
	text = strings.TrimSpace(text)
	if i := strings.Index(text, "\n\n"); i >= 0 {
		text = text[:i]
	}
	if len(text) <= maxDoc {
		return text
	}
	cut := text[:maxDoc]
	if i := strings.LastIndex(cut, ". "); i > 0 {
		return cut[:i+1]
	}
	return cut + " ..."
}

// collect adds the exported members of the packages of a yaegi symbol
// table ("path/name" keys) to names.
func collect(names map[string]map[string]bool, table map[string]map[string]reflect.Value) {
	for key, members := range table {
		i := strings.LastIndexByte(key, '/')
		if i < 0 {
			continue
		}
		path := key[:i]
		if names[path] == nil {
			names[path] = map[string]bool{}
		}
		for name := range members {
			if ast.IsExported(name) {
				names[path][name] = true
			}
		}
	}
}
