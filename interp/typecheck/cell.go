package typecheck

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// FragmentKind says where a fragment of a cell goes in the package the
// checker synthesizes.
type FragmentKind int

const (
	// Import is an import declaration.
	Import FragmentKind = iota
	// Decl is a top-level declaration: a package-level one in Go.
	Decl
	// Stmt is a top-level statement: part of the body of the function the
	// cell becomes.
	Stmt
)

// A Fragment is a run of a cell's source, as written, at its place in the
// cell (1-based line and column).
type Fragment struct {
	Kind      FragmentKind
	Src       string
	Line, Col int
}

// A Cell is what the checker is given: a notebook cell cut into fragments,
// or, when Program is set, a whole Go file pasted into a cell (which Go's
// rules apply to without notebook leniency).
type Cell struct {
	Fragments []Fragment
	Program   string
}

// An Error is one of Go's compile errors, in cell coordinates.
type Error struct {
	Line, Col int
	Msg       string
}

func (e Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// A Result is a checked cell: its errors, and what a lowering needs - the
// cell's syntax trees and their types.
type Result struct {
	Errors []Error
	Fset   *token.FileSet
	Info   *types.Info
	Pkg    *types.Package
	File   *ast.File // the cell as the checker saw it
	// Body is the function holding the cell's top-level statements (nil
	// for a program).
	Body *ast.FuncDecl
	// Session is the file of the earlier cells' declarations the cell was
	// checked with.
	Session *ast.File

	// SessionImports are the packages imported by earlier cells and this
	// one, by local name: what lowered code may name.
	SessionImports map[string]string

	imports   map[string]string // the cell's own imports: local name -> path
	decls     []sessionDecl     // the cell's declarations, for Commit
	rawErrors []types.Error     // every error, the session's included
}

// cellFilename names the cell's positions; sessionFilename those of the
// declarations and imports the checker adds, whose errors are not the
// cell's.
const (
	cellFilename    = "cell"
	sessionFilename = "session"
	bodyName        = "_gbp_cell"
)

// Session is the checker's view of a notebook session: the imports, the
// declarations of earlier cells (their latest versions) and the types of
// the variables their top-level statements defined. A cell is checked as a
// package made of those plus the cell. Session is not safe for concurrent
// use.
type Session struct {
	imp      types.ImporterFrom
	fset     *token.FileSet
	imports  map[string]string // local name -> path, for every cell
	decls    []sessionDecl     // in declaration order; a redefinition replaces
	vars     map[string]types.Type
	varDecls map[string]ast.Decl  // parsed "var x T" lines, by text (varDecl)
	headers  map[string]*ast.File // parsed package clauses and imports, by text (header)
	// order remembers when each variable was defined, so that they are
	// written back in a stable order.
	order map[string]int
	seq   int
	files files // which files of fset are still needed (files.go)
}

// sessionDecl is an earlier cell's declaration, kept parsed.
type sessionDecl struct {
	keys []string // the names declared; a method is Type.Method
	decl ast.Decl
	pkgs map[string]bool // the names it uses as X in X.Sel: the imports it may need
}

// NewSession returns a checker session importing packages through imp,
// with preloaded (import path by local name) already imported.
func NewSession(imp types.ImporterFrom, preloaded map[string]string) *Session {
	s := &Session{imp: imp, fset: token.NewFileSet(), imports: map[string]string{},
		vars: map[string]types.Type{}, order: map[string]int{}, varDecls: map[string]ast.Decl{}, headers: map[string]*ast.File{}}
	for name, path := range preloaded {
		s.imports[name] = path
	}
	return s
}

// Check type-checks a cell against the session without changing it.
func (s *Session) Check(c Cell) (*Result, error) {
	s.files.prune(s.fset)
	if c.Program != "" {
		return s.checkProgram(c.Program)
	}
	cellFile, body, imports, err := s.synthesize(c)
	if err != nil {
		return nil, err
	}
	r := s.checkFiles(cellFile, body, imports, nil)
	if extra := s.cellVarsUsedByDecls(r); len(extra) > 0 {
		// A declaration of the cell uses a variable a statement of the
		// cell defines: in a notebook that variable is global. Check again
		// with it declared at package level, typed as the first pass found.
		cellFile, body, imports, _ = s.synthesize(c)
		r = s.checkFiles(cellFile, body, imports, extra)
	}
	r.decls = cellDecls(cellFile)
	r.Errors = s.cellErrors(r, false)
	r.SessionImports = s.importsWith(r.imports)
	return r, nil
}

// checkProgram checks a whole file pasted into a cell, as Go would.
func (s *Session) checkProgram(src string) (*Result, error) {
	f, err := parser.ParseFile(s.fset, cellFilename, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	f.Name.Name = "main"
	imports := map[string]string{}
	for _, im := range f.Imports {
		path, _ := strconv.Unquote(im.Path.Value)
		imports[localName(im, path)] = path
	}
	r := s.checkFiles(f, nil, imports, nil)
	r.decls = cellDecls(f)
	r.Errors = s.cellErrors(r, true)
	r.SessionImports = s.importsWith(r.imports)
	return r, nil
}

// importsWith returns the session's imports and a cell's, by local name.
func (s *Session) importsWith(cell map[string]string) map[string]string {
	all := make(map[string]string, len(s.imports)+len(cell))
	for n, p := range s.imports {
		all[n] = p
	}
	for n, p := range cell {
		all[n] = p
	}
	return all
}

// synthesize writes the cell as a Go file: its imports and every session
// import, its declarations where they were, and its statements in the
// body of a function. Line directives keep each fragment at its place in
// the cell.
func (s *Session) synthesize(c Cell) (*ast.File, *ast.FuncDecl, map[string]string, error) {
	var b strings.Builder
	b.WriteString("package main\n")
	imports := map[string]string{}
	for _, fr := range c.Fragments {
		if fr.Kind == Import {
			fmt.Fprintf(&b, "/*line %s:%d:%d*/%s\n", cellFilename, fr.Line, fr.Col, fr.Src)
		}
	}
	for _, fr := range c.Fragments {
		if fr.Kind == Decl {
			fmt.Fprintf(&b, "/*line %s:%d:%d*/%s\n", cellFilename, fr.Line, fr.Col, fr.Src)
		}
	}
	fmt.Fprintf(&b, "/*line %s:1:1*/func %s() {\n", sessionFilename, bodyName)
	for _, fr := range c.Fragments {
		if fr.Kind == Stmt {
			fmt.Fprintf(&b, "/*line %s:%d:%d*/%s\n", cellFilename, fr.Line, fr.Col, fr.Src)
		}
	}
	b.WriteString("}\n")
	f, err := parser.ParseFile(s.fset, cellFilename, b.String(), parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, nil, nil, err
	}
	var body *ast.FuncDecl
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == bodyName && fd.Recv == nil {
			body = fd
		}
	}
	dedupeImports(f)
	for _, im := range f.Imports {
		path, _ := strconv.Unquote(im.Path.Value)
		imports[localName(im, path)] = path
	}
	// The session's imports are visible in every cell; add the ones the
	// cell uses and does not import itself (an unused one would only cost
	// an error to format and drop).
	used := selectorNames(f)
	var extra []string
	for name, path := range s.imports {
		if _, ok := imports[name]; !ok && used[name] {
			extra = append(extra, fmt.Sprintf("%s %q", name, path))
		}
	}
	if len(extra) > 0 {
		sort.Strings(extra)
		imp, err := parser.ParseFile(s.fset, sessionFilename, "package main\nimport (\n"+strings.Join(extra, "\n")+"\n)\n", parser.SkipObjectResolution)
		if err != nil {
			return nil, nil, nil, err
		}
		f.Decls = append([]ast.Decl{imp.Decls[0]}, f.Decls...)
		f.Imports = append(f.Imports, imp.Imports...)
	}
	return f, body, imports, nil
}

// dedupeImports drops an import the cell repeats: importing a package
// twice is harmless in a notebook.
func dedupeImports(f *ast.File) {
	seen := map[string]bool{}
	f.Imports = f.Imports[:0]
	decls := f.Decls[:0]
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			decls = append(decls, d)
			continue
		}
		specs := g.Specs[:0]
		for _, sp := range g.Specs {
			im := sp.(*ast.ImportSpec)
			path, _ := strconv.Unquote(im.Path.Value)
			key := localName(im, path) + " " + path
			if seen[key] {
				continue
			}
			seen[key] = true
			specs = append(specs, sp)
			f.Imports = append(f.Imports, im)
		}
		if g.Specs = specs; len(specs) > 0 {
			decls = append(decls, g)
		}
	}
	f.Decls = decls
}

// selectorNames returns the names used as X in X.Sel: the packages a
// tree may refer to.
func selectorNames(n ast.Node) map[string]bool {
	names := map[string]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				names[id.Name] = true
			}
		}
		return true
	})
	return names
}

func localName(im *ast.ImportSpec, path string) string {
	if im.Name != nil {
		return im.Name.Name
	}
	return packageName(path)
}

// packageName guesses a package's name from its path the way the go
// command's conventions have it: the last element, skipping a major
// version suffix.
func packageName(path string) string {
	parts := strings.Split(path, "/")
	name := parts[len(parts)-1]
	if len(parts) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = parts[len(parts)-2]
	}
	return strings.TrimPrefix(name, "go-")
}

// checkFiles type-checks the cell file with a session file holding the
// earlier declarations that the cell does not replace, the session's
// variables and extra, the cell's variables declarations use.
func (s *Session) checkFiles(cell *ast.File, body *ast.FuncDecl, cellImports map[string]string, extra map[string]types.Type) *Result {
	replaced := map[string]bool{}
	for _, d := range cellDecls(cell) {
		for _, k := range d.keys {
			replaced[k] = true
		}
	}
	vars := map[string]types.Type{}
	for n, t := range s.vars {
		vars[n] = t
	}
	for n, t := range extra {
		vars[n] = t
	}
	session := s.sessionFile(replaced, vars)
	r := &Result{Fset: s.fset, File: cell, Body: body, Session: session, imports: cellImports,
		Info: &types.Info{
			Types:      map[ast.Expr]types.TypeAndValue{},
			Defs:       map[*ast.Ident]types.Object{},
			Uses:       map[*ast.Ident]types.Object{},
			Implicits:  map[ast.Node]types.Object{},
			Selections: map[*ast.SelectorExpr]*types.Selection{},
			Scopes:     map[ast.Node]*types.Scope{},
			Instances:  map[*ast.Ident]types.Instance{},
		}}
	var all []types.Error
	conf := types.Config{
		Importer:  s.imp,
		GoVersion: "go1.26",
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				all = append(all, te)
			}
		},
	}
	r.Pkg, _ = conf.Check("main", s.fset, []*ast.File{session, cell}, r.Info)
	r.Errors = nil
	for _, te := range all {
		p := s.fset.Position(te.Pos)
		if p.Filename != cellFilename {
			continue
		}
		r.Errors = append(r.Errors, Error{Line: p.Line, Col: p.Column, Msg: te.Msg})
	}
	r.rawErrors = all
	return r
}

// header returns a fresh file of the session's package clause and
// imports: parsed once per distinct text, copied so that the caller may
// add declarations.
func (s *Session) header(text string) *ast.File {
	h, ok := s.headers[text]
	if !ok {
		var err error
		if h, err = parser.ParseFile(s.fset, sessionFilename, text, parser.SkipObjectResolution); err != nil {
			h, _ = parser.ParseFile(s.fset, sessionFilename, "package main\n", 0)
		}
		s.files.cache(s.fset, h.Pos())
		s.headers[text] = h
	}
	f := *h
	f.Decls = append([]ast.Decl(nil), h.Decls...)
	return &f
}

// varDecl returns the parsed declaration "var x T", parsed once per
// session: every cell's check declares the session's variables again. A
// type that cannot be written back (one declared inside a function) gives
// nil, and its variable is left out.
func (s *Session) varDecl(line string) ast.Decl {
	if d, ok := s.varDecls[line]; ok {
		return d
	}
	var d ast.Decl
	if v, err := parser.ParseFile(s.fset, sessionFilename, "package main\n"+line, parser.SkipObjectResolution); err == nil && len(v.Decls) == 1 {
		d = v.Decls[0]
		s.files.cache(s.fset, d.Pos())
	}
	s.varDecls[line] = d
	return d
}

// sessionFile builds the file of earlier declarations from their parsed
// trees, leaving out those the cell replaces, and declares the session's
// variables with their types.
func (s *Session) sessionFile(replaced map[string]bool, vars map[string]types.Type) *ast.File {
	var b strings.Builder
	b.WriteString("package main\n")
	qualified := map[string]string{} // import path -> local name in this file
	usedNames := map[string]bool{}
	for _, d := range s.decls {
		if d.without(replaced) != nil {
			for n := range d.pkgs {
				usedNames[n] = true
			}
		}
	}
	for name, path := range s.imports {
		if name != "_" && name != "." {
			qualified[path] = name
		}
	}
	hidden := 0
	qualifier := func(p *types.Package) string {
		if p.Path() == "main" {
			return ""
		}
		if n, ok := qualified[p.Path()]; ok {
			usedNames[n] = true
			return n
		}
		hidden++
		n := fmt.Sprintf("_gbp_pkg%d", hidden)
		qualified[p.Path()] = n
		usedNames[n] = true
		return n
	}
	names := make([]string, 0, len(vars))
	for n := range vars {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return s.order[names[i]] < s.order[names[j]] })
	var varLines []string
	for _, n := range names {
		if replaced[n] || n == "_" {
			continue
		}
		varLines = append(varLines, fmt.Sprintf("var %s %s", n, types.TypeString(vars[n], qualifier)))
	}
	var imports []string
	for path, name := range qualified {
		if usedNames[name] {
			imports = append(imports, fmt.Sprintf("%s %q", name, path))
		}
	}
	sort.Strings(imports)
	if len(imports) > 0 {
		b.WriteString("import (\n" + strings.Join(imports, "\n") + "\n)\n")
	}
	f := s.header(b.String())
	for _, line := range varLines {
		if d := s.varDecl(line); d != nil {
			f.Decls = append(f.Decls, d)
		}
	}
	for _, d := range s.decls {
		if nd := d.without(replaced); nd != nil {
			f.Decls = append(f.Decls, nd)
		}
	}
	return f
}
