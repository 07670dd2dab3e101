package typecheck

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// Notebook leniency: Go's rules that make no sense across cells are
// relaxed for a cell's top level, and only there.
//
//   - A variable defined by a top-level statement may go unused: a later
//     cell uses it. Inside a function, Go's "declared and not used" stays.
//   - An import may go unused: a cell often imports for the next one.
//   - The cell's trailing expression statement is allowed: it is the
//     cell's result, and showing a value is what a notebook is for.
//   - A top-level name may be defined again (x := 1 in a re-run cell).
//
// A whole program pasted into a cell (it starts with a package clause)
// gets none of these: it is checked as the file it is.

// cellErrors keeps the errors of r that are errors in a notebook, sorted
// by position, at most ten as the compiler reports.
func (s *Session) cellErrors(r *Result, strict bool) []Error {
	var top *types.Scope
	if r.Body != nil {
		top = r.Info.Scopes[r.Body.Type]
	}
	var out []Error
	for _, te := range r.rawErrors {
		p := s.fset.Position(te.Pos)
		if p.Filename != cellFilename || strings.HasPrefix(te.Msg, "\t") {
			continue // not the cell's, or a continuation line
		}
		if !strict && s.lenient(r, te, top) {
			continue
		}
		p = s.fset.Position(compilerPos(r.File, te))
		out = append(out, Error{Line: p.Line, Col: p.Column, Msg: compilerMessage(te.Msg)})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Col < out[j].Col
	})
	if len(out) > 10 {
		out = out[:10]
	}
	return out
}

func (s *Session) lenient(r *Result, te types.Error, top *types.Scope) bool {
	switch {
	case strings.HasSuffix(te.Msg, "imported and not used") || strings.Contains(te.Msg, "imported as ") && strings.HasSuffix(te.Msg, "and not used"):
		return true
	case strings.HasPrefix(te.Msg, "declared and not used: "):
		for id, obj := range r.Info.Defs {
			if id.Pos() == te.Pos && obj != nil && obj.Parent() == top {
				return true
			}
		}
	case strings.HasSuffix(te.Msg, "is not used") && r.Body != nil && len(r.Body.Body.List) > 0:
		// Only the trailing expression is the cell's result; a value
		// dropped earlier is Go's error.
		last := r.Body.Body.List[len(r.Body.Body.List)-1]
		if es, ok := last.(*ast.ExprStmt); ok && es.Pos() <= te.Pos && te.Pos < es.End() {
			return true
		}
	}
	return false
}

// cellVarsUsedByDecls finds the variables defined by the cell's top-level
// statements that its declarations use, with their types.
func (s *Session) cellVarsUsedByDecls(r *Result) map[string]types.Type {
	if r.Body == nil {
		return nil
	}
	top := r.Info.Scopes[r.Body.Type]
	if top == nil {
		return nil
	}
	var found map[string]types.Type
	for _, te := range r.rawErrors {
		name, ok := strings.CutPrefix(te.Msg, "undefined: ")
		if !ok || (r.Body.Pos() <= te.Pos && te.Pos < r.Body.End()) {
			continue
		}
		if obj, ok := top.Lookup(name).(*types.Var); ok {
			if found == nil {
				found = map[string]types.Type{}
			}
			found[name] = obj.Type()
		}
	}
	return found
}

// cellDecls lists the cell's top-level declarations (not its imports or
// the function holding its statements) with the names they declare.
func cellDecls(f *ast.File) []sessionDecl {
	var out []sessionDecl
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Name.Name == bodyName && d.Recv == nil {
				continue
			}
			key := d.Name.Name
			if d.Recv != nil && len(d.Recv.List) > 0 {
				key = receiverName(d.Recv.List[0].Type) + "." + key
			}
			if key == "init" || key == "_" {
				key = "" // never replaced, never replaces
			}
			out = append(out, sessionDecl{keys: []string{key}, decl: d, pkgs: selectorNames(d)})
		case *ast.GenDecl:
			if d.Tok != token.IMPORT {
				out = append(out, sessionDecl{keys: genDeclNames(d), decl: d, pkgs: selectorNames(d)})
			}
		}
	}
	return out
}

// without returns d less the specs whose names are all replaced, or nil
// when nothing is left.
func (d sessionDecl) without(replaced map[string]bool) ast.Decl {
	hit := 0
	for _, k := range d.keys {
		if replaced[k] {
			hit++
		}
	}
	switch {
	case hit == 0:
		return d.decl
	case hit == len(d.keys):
		return nil
	}
	g, ok := d.decl.(*ast.GenDecl)
	if !ok {
		return nil
	}
	copied := *g
	copied.Specs = nil
	for _, sp := range g.Specs {
		var names []string
		switch sp := sp.(type) {
		case *ast.TypeSpec:
			names = []string{sp.Name.Name}
		case *ast.ValueSpec:
			for _, n := range sp.Names {
				names = append(names, n.Name)
			}
		}
		keep := false
		for _, n := range names {
			keep = keep || !replaced[n]
		}
		if keep {
			copied.Specs = append(copied.Specs, sp)
		}
	}
	// A const group's implicit repetition depends on the specs before: a
	// spec without values cannot stand first.
	if len(copied.Specs) == 0 || (g.Tok == token.CONST && len(copied.Specs[0].(*ast.ValueSpec).Values) == 0) {
		return nil
	}
	return &copied
}

func genDeclNames(d *ast.GenDecl) []string {
	var names []string
	for _, sp := range d.Specs {
		switch sp := sp.(type) {
		case *ast.TypeSpec:
			names = append(names, sp.Name.Name)
		case *ast.ValueSpec:
			for _, n := range sp.Names {
				if n.Name != "_" {
					names = append(names, n.Name)
				}
			}
		}
	}
	return names
}

func receiverName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return receiverName(e.X)
	case *ast.IndexExpr:
		return receiverName(e.X)
	case *ast.IndexListExpr:
		return receiverName(e.X)
	case *ast.ParenExpr:
		return receiverName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return "?"
}

// Commit makes a checked cell part of the session: its imports, its
// declarations (replacing earlier ones of the same names) and the types of
// the variables its top-level statements define.
func (s *Session) Commit(r *Result) {
	for name, path := range r.imports {
		if name != "_" && name != "." {
			s.imports[name] = path
		}
	}
	replaced := map[string]bool{}
	for _, d := range r.decls {
		for _, k := range d.keys {
			replaced[k] = true
			delete(s.vars, k)
		}
	}
	if r.Body != nil {
		if top := r.Info.Scopes[r.Body.Type]; top != nil {
			for _, n := range top.Names() {
				if v, ok := top.Lookup(n).(*types.Var); ok && n != "_" {
					if _, seen := s.vars[n]; !seen {
						s.seq++
						s.order[n] = s.seq
					}
					s.vars[n] = v.Type()
					replaced[n] = true
				}
			}
		}
	}
	kept := s.decls[:0]
	for _, d := range s.decls {
		if nd := d.without(replaced); nd != nil {
			d.decl = nd
			kept = append(kept, d)
		} else {
			s.files.drop(s.fset, d.decl.Pos())
		}
	}
	clear(s.decls[len(kept):])
	for _, d := range r.decls {
		s.files.hold(s.fset, d.decl.Pos())
	}
	s.decls = append(kept, r.decls...)
}

// Reset forgets every cell: only the preloaded imports stay.
func (s *Session) Reset(preloaded map[string]string) {
	*s = *NewSession(s.imp, preloaded)
}
