package interp

import (
	"context"
	"errors"
	"go/ast"
	"go/token"
	"slices"
	"sort"
	"strings"

	"github.com/gobackprop/gobackprop/interp/lower"
)

// A package's declarations may come in any order in Go: a function may
// call one declared below it, a method may use a type declared later.
// yaegi compiles each declaration the session hands it against what
// exists so far, so the declarations of a cell are handed over in
// dependency order, and declarations that depend on each other - mutual
// recursion, methods that call each other - in one piece, which yaegi
// resolves as a whole.

// orderDecls returns a cell's declarations so that each comes after those
// it uses; each set of declarations that use each other becomes one piece
// whose group lists them in cell order. Independent declarations keep
// their order.
func orderDecls(decls []piece) []piece {
	if len(decls) < 2 {
		return decls
	}
	var out []piece
	for _, members := range components(declDeps(decls)) {
		if len(members) == 1 {
			out = append(out, decls[members[0]])
			continue
		}
		g := decls[members[0]]
		g.group = make([]piece, len(members))
		for k, m := range members {
			g.group[k] = decls[m]
		}
		out = append(out, g)
	}
	return out
}

// components returns the strongly connected components of the graph of n
// nodes whose edges deps lists, each in increasing order, in an order
// where each comes after those it depends on (Tarjan's algorithm: a
// component is complete after every component it depends on).
func components(deps [][]int) [][]int {
	var (
		out     [][]int
		index   = make([]int, len(deps)) // 0: not visited; else visit order + 1
		low     = make([]int, len(deps))
		onStack = make([]bool, len(deps))
		stack   []int
		next    = 1
	)
	var visit func(i int)
	visit = func(i int) {
		index[i], low[i] = next, next
		next++
		stack = append(stack, i)
		onStack[i] = true
		for _, j := range deps[i] {
			if index[j] == 0 {
				visit(j)
				low[i] = min(low[i], low[j])
			} else if onStack[j] {
				low[i] = min(low[i], index[j])
			}
		}
		if low[i] != index[i] {
			return
		}
		var members []int
		for {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[j] = false
			members = append(members, j)
			if j == i {
				break
			}
		}
		sort.Ints(members)
		out = append(out, members)
	}
	for i := range deps {
		if index[i] == 0 {
			visit(i)
		}
	}
	return out
}

// declDeps lists, for each declaration, the others it mentions: by name,
// every method M of the cell's types when M is mentioned (x.M() -
// without types, which T x is cannot be known), and every method of T
// when T is mentioned (so a type's methods are evaluated together). Mentions are found by
// identifier, so a local variable named like a declaration adds an edge
// that is not there; that costs nothing but evaluating some declarations
// together.
func declDeps(decls []piece) [][]int {
	declared := map[string]int{}
	methods := map[string][]int{}     // method name -> declarations of T.name
	typeMethods := map[string][]int{} // type name -> declarations of its methods
	for i, p := range decls {
		for _, n := range p.names {
			if t, m, ok := strings.Cut(n, "."); ok {
				methods[m] = append(methods[m], i)
				typeMethods[t] = append(typeMethods[t], i)
			} else if n != "init" { // init functions are many, and no code names them
				declared[n] = i
			}
		}
	}
	deps := make([][]int, len(decls))
	for i, p := range decls {
		seen := map[int]bool{i: true}
		add := func(j int) {
			if !seen[j] {
				seen[j] = true
				deps[i] = append(deps[i], j)
			}
		}
		for r := range p.refs {
			if j, ok := declared[r]; ok {
				add(j)
			}
			for _, j := range methods[r] {
				add(j)
			}
			// Code that has a T may use it as an interface T satisfies
			// (sort.Sort(s) in a method of s's type, before Len was
			// declared), which yaegi checks when it compiles that code.
			for _, j := range typeMethods[r] {
				add(j)
			}
		}
	}
	// An instance made beforehand (lower's premake.go) comes before the
	// declarations that name its generic types (but those it needs): made
	// in their evaluation, it would share generated methods with the
	// instances they make.
	for i, p := range decls {
		generics := instanceAliasGenerics(p)
		if len(generics) == 0 {
			continue
		}
		// Aliases come in the order written: those of the instances an
		// instance holds first.
		for k := 0; k < i; k++ {
			if instanceAliasGenerics(decls[k]) != nil && !slices.Contains(deps[i], k) {
				deps[i] = append(deps[i], k)
			}
		}
		before := reached(deps, i)
		for j, q := range decls {
			if before[j] || instanceAliasGenerics(q) != nil || !usesAny(q.refs, generics) || slices.Contains(deps[j], i) {
				continue
			}
			deps[j] = append(deps[j], i)
		}
	}
	for i := range deps {
		sort.Ints(deps[i])
	}
	return deps
}

// reached returns the nodes from which deps lead from i, i too.
func reached(deps [][]int, i int) map[int]bool {
	seen := map[int]bool{}
	var visit func(int)
	visit = func(k int) {
		if seen[k] {
			return
		}
		seen[k] = true
		for _, j := range deps[k] {
			visit(j)
		}
	}
	visit(i)
	return seen
}

// instanceAliasGenerics returns, for an alias the lowering declares to
// make an instance of a generic type in an evaluation of its own, the
// generic types it instantiates; nil for any other piece.
func instanceAliasGenerics(p piece) map[string]bool {
	g, ok := p.decl.(*ast.GenDecl)
	if !ok || g.Tok != token.TYPE || len(g.Specs) != 1 {
		return nil
	}
	ts, ok := g.Specs[0].(*ast.TypeSpec)
	if !ok || !ts.Assign.IsValid() || !strings.HasPrefix(ts.Name.Name, lower.InstanceAliasPrefix) {
		return nil
	}
	generics := map[string]bool{}
	ast.Inspect(ts.Type, func(n ast.Node) bool {
		var x ast.Expr
		switch n := n.(type) {
		case *ast.IndexExpr:
			x = n.X
		case *ast.IndexListExpr:
			x = n.X
		}
		if id, ok := x.(*ast.Ident); ok {
			generics[id.Name] = true
		}
		return true
	})
	return generics
}

// evalDeclGroup evaluates declarations that use each other as one source,
// laid out on the lines they have in the cell so that errors point there.
// A group that redefines a type or a method takes evalDecl's path one
// declaration at a time instead: the names exist already, and rebuildType
// evaluates the type's methods together again.
func (s *Session) evalDeclGroup(ctx context.Context, g piece) error {
	srcs := make([]string, len(g.group))
	for i, p := range g.group {
		srcs[i] = s.rewritten(p, p.decl)
		if s.redefines(p, srcs[i]) && (redefinableType(p.decl) != nil || isMethodDecl(p)) {
			for _, p := range g.group {
				if err := s.evalDecl(ctx, p); err != nil {
					return err
				}
			}
			return nil
		}
	}
	if _, err := s.eval(ctx, g.group[0], groupSource(g.group, srcs), filePrefix); err != nil {
		return err
	}
	var redefined []string
	for i, p := range g.group {
		if s.redefines(p, srcs[i]) {
			redefined = append(redefined, p.names...)
		}
		s.record(p, srcs[i])
	}
	if len(redefined) > 0 {
		return s.reevaluateUsers(ctx, redefined)
	}
	return nil
}

func isMethodDecl(p piece) bool {
	fd, ok := p.decl.(*ast.FuncDecl)
	return ok && fd.Recv != nil
}

// groupSource joins the sources of declarations evaluated together, each
// on the line it has in its cell, counted from the first: yaegi's positions
// in the joined source are then cell positions. (Declarations from
// different cells, rebuilt together, are only kept apart.)
func groupSource(members []piece, srcs []string) string {
	if order := calleesFirst(members); !slices.IsSorted(order) {
		return reorderedGroupSource(members, srcs, order)
	}
	var b strings.Builder
	line := members[0].line
	for i, p := range members {
		if i > 0 {
			b.WriteString(strings.Repeat("\n", max(p.line-line, 1)))
			line = max(p.line, line+1)
		}
		b.WriteString(srcs[i])
		line += strings.Count(srcs[i], "\n")
	}
	return b.String()
}

// hoistDecls moves the declarations of a cell before its statements, as Go
// lets a package use a function declared further down - unless a
// declaration uses a variable a statement of the cell defines, which must
// then come first. Imports stay first; the moved declarations are put in
// dependency order (orderDecls).
func hoistDecls(pieces []piece) []piece {
	defined := map[string]bool{}
	for _, p := range pieces {
		for _, n := range stmtDefines(p) {
			defined[n] = true
		}
	}
	// A declaration that uses one which must wait for a statement waits
	// too.
	for grew := true; grew; {
		grew = false
		for _, p := range pieces {
			if p.kind == kindDecl && usesAny(p.refs, defined) {
				for _, n := range p.names {
					// A method waits under its own name too: code that
					// calls x.M() mentions only M; and under its type's,
					// whose method set is not whole before it (code that
					// passes a *T as an io.Writer mentions only T).
					typ, method, isMethod := strings.Cut(n, ".")
					for _, name := range []string{n, method, typ} {
						if (name == n || isMethod) && !defined[name] {
							defined[name], grew = true, true
						}
					}
				}
			}
		}
	}
	var imports, decls, rest []piece
	for _, p := range pieces {
		switch {
		case p.kind == kindImport:
			imports = append(imports, p)
		case p.kind == kindDecl && !usesAny(p.refs, defined):
			decls = append(decls, p)
		default:
			rest = append(rest, p)
		}
	}
	return append(append(imports, orderDecls(decls)...), orderDeclRuns(placeWaiting(rest, defined))...)
}

// explainUnordered adds to an "undefined: x" compile error, when x is
// declared by one of the cell's pieces still to come, why: the cell's
// declarations use each other through a variable in a way the session
// could not order (yaegi compiles each against what exists so far).
func explainUnordered(err error, later []piece) error {
	var e *Error
	if !errors.As(err, &e) || !e.compile {
		return err
	}
	name, ok := strings.CutPrefix(e.msg, "undefined: ")
	if !ok {
		return err
	}
	if name == "main" {
		name = "_gbm" // (main as the session runs it)
	}
	for _, p := range later {
		if slices.Contains(p.names, name) || slices.Contains(stmtDefines(p), name) {
			e.msg += " (declared in this cell, but after this point: its declarations use each other through a package-level variable in an order the session could not follow - give the variable its value inside main or a function, or declare it without a value that needs a type's methods)"
			return e
		}
	}
	return err
}

// isMethodOfType reports whether p declares a method of the type named t.
func isMethodOfType(p *piece, t string) bool {
	for _, n := range p.names {
		if typ, _, ok := strings.Cut(n, "."); ok && typ == t {
			return true
		}
	}
	return false
}

// isMethodOf reports whether p declares a method named m.
func isMethodOf(p *piece, m string) bool {
	for _, n := range p.names {
		if _, name, ok := strings.Cut(n, "."); ok && name == m {
			return true
		}
	}
	return false
}

// stmtDefines lists the variables a statement piece defines (x := ..., a
// var declaration among statements).
func stmtDefines(p piece) []string {
	var names []string
	for _, st := range p.stmts {
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			names = append(names, identNames(as.Lhs)...)
		}
		if ds, ok := st.(*ast.DeclStmt); ok {
			names = append(names, declNames(ds.Decl)...)
		}
	}
	return names
}

// orderDeclRuns puts each run of consecutive declarations among a cell's
// statements in dependency order; the statements stay where they are.
func orderDeclRuns(pieces []piece) []piece {
	var out, run []piece
	for _, p := range pieces {
		if p.kind == kindDecl {
			run = append(run, p)
			continue
		}
		out = append(append(out, orderDecls(run)...), p)
		run = nil
	}
	return append(out, orderDecls(run)...)
}

func usesAny(refs, names map[string]bool) bool {
	for ref := range refs {
		if names[ref] {
			return true
		}
	}
	return false
}
