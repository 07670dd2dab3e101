package interp

import (
	"go/ast"
	"go/token"
	"maps"
	"slices"
	"strings"
)

// placeWaiting moves each declaration that uses a variable a statement
// defines to just after that statement: a function written above the
// `var limit = 21` it reads (Go lets a package declare its variables in
// any order) would otherwise be handed to yaegi before the variable
// exists ("undefined: limit"), and one written below a statement that
// calls it after it. waits names what statements, and
// the declarations that wait for them, define. A declaration whose
// variable no statement below defines stays where it was.
func placeWaiting(rest []piece, waits map[string]bool) []piece {
	later := map[string]bool{}           // defined by a piece not yet placed
	laterMethods := map[string]int{}     // method name -> pieces not yet placed that declare one
	laterTypeMethods := map[string]int{} // type name -> pieces not yet placed that declare a method of it
	for _, p := range rest {
		for _, n := range append(stmtDefines(p), p.names...) {
			later[n] = true
			if t, m, ok := strings.Cut(n, "."); ok {
				laterMethods[m]++
				laterTypeMethods[t]++
			}
		}
	}
	typeNames := map[string]bool{}    // the types the cell declares
	genericTypes := map[string]bool{} // those with type parameters
	for _, p := range rest {
		if g, ok := p.decl.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			for _, n := range p.names {
				typeNames[n] = true
			}
			for _, spec := range g.Specs {
				if ts, ok := spec.(*ast.TypeSpec); ok && ts.TypeParams != nil {
					genericTypes[ts.Name.Name] = true
				}
			}
		}
	}
	varsLeft := 0 // var statements not placed yet
	for _, p := range rest {
		if p.fromVar {
			varsLeft++
		}
	}
	var out []piece
	var pending []*piece
	place := func(p piece) {
		if p.fromVar {
			varsLeft--
		}
		out = append(out, p)
		for _, n := range append(stmtDefines(p), p.names...) {
			delete(later, n)
			if t, m, ok := strings.Cut(n, "."); ok {
				laterMethods[m]--
				laterTypeMethods[t]--
			}
		}
	}
	free := map[*piece]map[string]bool{}
	owns := map[*piece]map[string]bool{} // ownMethodNames, once a piece
	// ready reports whether p may be placed now, taking the names in
	// assumed as placed already.
	ready := func(p *piece, assumed map[string]bool) bool {
		if free[p] == nil {
			free[p] = map[string]bool{}
			if p.decl != nil {
				free[p] = freeNames(p.decl)
			}
			for _, st := range p.stmts {
				for n := range freeNames(st) {
					free[p][n] = true
				}
			}
		}
		if fd, ok := p.decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "init" && varsLeft > 0 {
			return false // Go runs init functions after every variable is set
		}
		if p.refs == nil {
			p.refs = map[string]bool{} // a statement's, once
			for _, st := range p.stmts {
				for r := range referenced(st) {
					p.refs[r] = true
				}
			}
		}
		// x.M() names M only: a method still to come may be the one. (A
		// type of that name, map[Kind]string where Hand has a method
		// Kind, is not a call of it.)
		ifaceMethods, seen := owns[p]
		if !seen {
			ifaceMethods = ownMethodNames(p)
			owns[p] = ifaceMethods
		}
		for r := range p.refs {
			if typeNames[r] && !selected(p)[r] {
				continue
			}
			if ifaceMethods[r] {
				// An interface's method (type State interface{ Next()
				// State }) is not a call: its type waited for a method
				// whose body reads a variable of the type, and neither ran.
				continue
			}
			if laterMethods[r] > 0 && !slices.Contains(p.names, r) && !isMethodOf(p, r) && !assumed[r] {
				return false
			}
		}
		// A method calling x.M() where M is still to come for another
		// type waits for it (ValidationErrors.Error calling its elements'
		// Error, placed before FieldError.Error: "undefined selector").
		if p.decl != nil && p.stmts == nil {
			for n := range later {
				t, m, ok := strings.Cut(n, ".")
				if ok && selected(p)[m] && !slices.Contains(p.names, n) && !isMethodOfType(p, t) && !assumed[n] && !assumed[m] {
					return false
				}
			}
		}
		own := append(stmtDefines(*p), p.names...)
		for r := range free[p] {
			if (waits[r] || p.fromVar) && later[r] && !slices.Contains(own, r) && !assumed[r] {
				return false
			}
			// A type whose methods are still to come is not whole: a
			// function may pass a *T where an interface needs them, and
			// a typed variable's value be one (var Idle State = idle{},
			// whose declaration, placed apart, is all the methods need).
			if _, isFunc := p.decl.(*ast.FuncDecl); (isFunc || typedVarValue(p)) && waits[r] && laterTypeMethods[r] > 0 && !isMethodOfType(p, r) && !assumed[r] {
				return false
			}
			// Nor is an instance of a generic type made before them: a
			// type declaration naming Stack[int] made it without Pop
			// ("undefined selector: Pop").
			if g, isGen := p.decl.(*ast.GenDecl); isGen && g.Tok == token.TYPE && genericTypes[r] && laterTypeMethods[r] > 0 && !slices.Contains(p.names, r) && !assumed[r] {
				return false
			}
		}
		return true
	}
	// Every declaration is placed as soon as it is ready: a statement
	// before it in the cell may call it (total := sum(), with sum
	// written further down and reading a variable above). A var's
	// statement that reads what a later one defines waits for it
	// (var scale = base * 2 above var base = 0.5), as Go initializes
	// a package's variables in the order of what they read.
	for i := range rest {
		if p := &rest[i]; p.kind == kindDecl && p.decl != nil {
			pending = append(pending, p)
		}
	}
	flush := func() {
		for again := true; again; {
			again = false
			for k, w := range pending {
				if ready(w, nil) {
					pending = slices.Delete(pending, k, k+1)
					place(*w)
					again = true
					break
				}
			}
			if !again {
				// Functions that call each other and wait for the same
				// variable (even and odd reading `var one = 1`) are
				// ready together once it is set.
				again = placeCycle(&pending, free, ready, place)
			}
		}
	}
	flush()
	for i := range rest {
		p := &rest[i]
		switch {
		case p.kind == kindDecl && p.decl != nil:
		case p.fromVar && !ready(p, nil):
			pending = append(pending, p)
		default:
			place(*p)
			flush()
		}
	}
	for _, w := range pending {
		out = append(out, *w)
	}
	return out
}

// typedVarValue reports the assignment of a typed var declaration's value
// (Idle = idle{} of `var Idle State = idle{}`).
func typedVarValue(p *piece) bool {
	if !p.fromVar || len(p.stmts) != 1 {
		return false
	}
	as, ok := p.stmts[0].(*ast.AssignStmt)
	return ok && as.Tok == token.ASSIGN
}

// ownMethodNames returns the method names the interface types p declares
// list.
func ownMethodNames(p *piece) map[string]bool {
	g, ok := p.decl.(*ast.GenDecl)
	if !ok || g.Tok != token.TYPE {
		return nil
	}
	own := map[string]bool{}
	ast.Inspect(g, func(n ast.Node) bool {
		if it, ok := n.(*ast.InterfaceType); ok {
			for _, m := range it.Methods.List {
				for _, name := range m.Names {
					own[name.Name] = true
				}
			}
		}
		return true
	})
	return own
}

// selected returns the names p selects (x.M), its group's included.
func selected(p *piece) map[string]bool {
	if p.calls == nil {
		p.calls = map[string]bool{}
		if p.decl != nil {
			p.calls = selectorNames(p.decl)
		}
		for _, g := range p.group {
			if g.decl != nil {
				maps.Copy(p.calls, selectorNames(g.decl))
			}
		}
		for _, st := range p.stmts {
			maps.Copy(p.calls, selectorNames(st))
		}
	}
	return p.calls
}

// placeCycle places the first set of pending declarations that use each
// other and are ready together, in cell order, and reports whether there
// was one. The set of a declaration is those it reaches through the names
// it uses (a method by its name alone, as x.M() mentions it).
func placeCycle(pending *[]*piece, free map[*piece]map[string]bool, ready func(*piece, map[string]bool) bool, place func(piece)) bool {
	uses := func(p, q *piece) bool {
		for _, n := range declaredNames(q) {
			if free[p][n] || p.refs[n] {
				return true
			}
		}
		return false
	}
	for _, w := range *pending {
		set := map[*piece]bool{w: true}
		for grew := true; grew; {
			grew = false
			for _, q := range *pending {
				if set[q] {
					continue
				}
				for p := range set {
					if uses(p, q) {
						set[q], grew = true, true
						break
					}
				}
			}
		}
		names := map[string]bool{}
		for p := range set {
			for _, n := range declaredNames(p) {
				names[n] = true
			}
		}
		all := len(set) > 1
		for p := range set {
			all = all && ready(p, names)
		}
		if !all {
			continue
		}
		kept := (*pending)[:0]
		var placed []*piece
		for _, p := range *pending {
			if set[p] {
				placed = append(placed, p)
			} else {
				kept = append(kept, p)
			}
		}
		*pending = kept
		for _, p := range placed {
			place(*p)
		}
		return true
	}
	return false
}

// declaredNames lists the names a declaration declares, a method's also
// without its type, and its type's (which is not whole without it).
func declaredNames(p *piece) []string {
	names := slices.Clone(p.names)
	for _, n := range p.names {
		if t, m, ok := strings.Cut(n, "."); ok {
			names = append(names, m, t)
		}
	}
	return names
}

// selectorNames returns the names selected in n (x.Sel): the methods and
// fields it may use.
func selectorNames(n ast.Node) map[string]bool {
	names := map[string]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			names[sel.Sel.Name] = true
		}
		return true
	})
	return names
}
