package lower

import (
	"fmt"
	"go/ast"
	"go/printer"
	"go/types"
	"strings"
)

// Inside a generic body, yaegi instantiates an explicit call such as
// Zero[T]() or NewStack[T]() by the name of T's type argument, and fails
// when that is a type of the session: "undefined type for T" when a
// Box[Score] method calls it, a CFG panic for Outer[Point]. It infers the
// same type arguments from arguments without fault. So such a call calls a
// copy of the function that takes a pointer of each given type argument
// first, from which yaegi infers them:
//
//	func (b Box[T]) Reset() T { return Zero[T]() }
//
// becomes
//
//	func (b Box[T]) Reset() T { return _gbpW1_Zero(new(T)) }
//	...
//	func _gbpW1_Zero[T any](_ *T) T { var z T; return z }
//
// The copy is declared as the type-argument copies are (specialize.go).

// witnessPrefix starts the names of the copies taking witnesses.
const witnessPrefix = "_gbpW"

// witnessName names the copy of fn taking k witnesses.
func witnessName(fn string, k int) string {
	return fmt.Sprintf("%s%d_%s", witnessPrefix, k, fn)
}

// witnessCalls makes the explicit calls of generic functions of the
// session with type arguments naming type parameters call a copy taking
// witnesses, and returns the copies' source.
func (c *cell) witnessCalls(earlier []Specialization) ([]string, []Specialization) {
	in := c.Input
	var copies []string
	var specs []Specialization
	made := map[string]bool{}
	add := func(decl *ast.FuncDecl, fn string, k int) bool {
		name := witnessName(fn, k)
		if !made[name] && c.needsCopy(name, decl) {
			text, ok := c.witnessCopy(decl, name, k)
			if !ok {
				return false
			}
			copies = append(copies, text)
			specs = append(specs, Specialization{Func: fn, Witnesses: k})
		}
		made[name] = true
		return true
	}
	for _, sp := range earlier {
		if sp.Witnesses == 0 {
			continue
		}
		if obj, ok := in.Pkg.Scope().Lookup(sp.Func).(*types.Func); ok {
			if decl := genericDecl(in, nil, obj); decl != nil && c.inCell(decl.Pos()) {
				add(decl, sp.Func, sp.Witnesses)
			}
		}
	}
	var parents map[ast.Node]ast.Node
	for _, id := range sortedInstances(in.Info) {
		if !c.inCell(id.Pos()) {
			continue
		}
		fn, ok := in.Info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() != in.Pkg || fn.Parent() != in.Pkg.Scope() || strings.HasPrefix(fn.Name(), witnessPrefix) {
			continue
		}
		if parents == nil {
			parents = nodeParents(in.File)
		}
		if fn.Type().(*types.Signature).Variadic() && (c.splitVariadic(fn) || !spreadCall(parents, id)) {
			// lowerGenericVariadicCall passes the variadic arguments as
			// a slice, from which yaegi infers. (A call spreading a
			// slice of a type it does not infer from, Total(w.entries...)
			// with ms ...Money[C], takes witnesses.)
			continue
		}
		var ws []string
		index, given := explicitTypeArgs(parents[id], id)
		if index != nil {
			if !c.namesTypeParam(given) || c.selfCallInLiteral(parents, id, fn) {
				continue
			}
			for _, g := range given {
				ws = append(ws, "new("+c.text(g)+")")
			}
		} else {
			// Inferred: lowerGenericCall would write the type arguments
			// out where yaegi cannot infer them (a call among the
			// arguments); witnesses of all of them instead.
			index = id
			ws = c.inferredWitnesses(id, fn, parents[id])
			if ws == nil {
				continue
			}
		}
		call, ok := parents[index].(*ast.CallExpr)
		if !ok || call.Fun != index || spreads(c.Info, call) {
			// A function value (Zero[T] not called here), or the results
			// of a call as the arguments (First[T](pair(x))), which
			// take no witness before them.
			continue
		}
		decl := genericDecl(in, in.Session, fn)
		if decl == nil || !add(decl, fn.Name(), len(ws)) {
			continue
		}
		lead := strings.Join(ws, ", ")
		if len(call.Args) > 0 {
			lead += ", "
		}
		c.replace(index.Pos(), index.End(), witnessName(fn.Name(), len(ws)))
		c.insert(call.Lparen+1, lead)
		c.typeNilArgs(call, in.Info.Instances[id].Type)
	}
	return copies, specs
}

// spreadCall reports whether id (or its instantiation) is called with
// its last argument spread: F(xs...).
func spreadCall(parents map[ast.Node]ast.Node, id *ast.Ident) bool {
	var fun ast.Node = id
	switch p := parents[id].(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		fun = p
	}
	call, ok := parents[fun].(*ast.CallExpr)
	return ok && call.Fun == fun && call.Ellipsis.IsValid()
}

// typeNilArgs writes an untyped nil argument of a call to a copy taking
// witnesses as a nil of its parameter's type: yaegi's inference from the
// witnesses stumbled on it (show[Out](nil) with p *T: a CFG panic). A
// function literal returns it: the conversion (*Out)(nil) made yaegi take
// the enclosing generic function for a type ("not a generic type").
func (c *cell) typeNilArgs(call *ast.CallExpr, t types.Type) {
	sig, ok := t.(*types.Signature)
	if !ok || sig.Variadic() || len(call.Args) != sig.Params().Len() {
		return
	}
	for i, a := range call.Args {
		if tv, ok := c.Info.Types[a]; !ok || !tv.IsNil() {
			continue
		}
		if s, ok := c.spellType(sig.Params().At(i).Type()); ok {
			c.replace(a.Pos(), a.End(), "func() "+s+" { return nil }()")
		}
	}
}

// inferredWitnesses returns the witnesses of the type arguments the
// checker inferred for a call of fn (the identifier id, under parent), or
// nil when they name no type parameter or yaegi infers them itself: from
// plain arguments of a function that is not variadic (plainArgs).
func (c *cell) inferredWitnesses(id *ast.Ident, fn *types.Func, parent ast.Node) []string {
	call, ok := parent.(*ast.CallExpr)
	if !ok || call.Fun != id {
		return nil
	}
	return c.callWitnesses(call, c.Info.Instances[id].TypeArgs)
}

// callWitnesses returns new(T) for each type argument of a call whose
// type arguments lowerGenericCall would write out naming type parameters
// (an argument is a call, or of a generic type: yaegi cannot infer
// through it), or nil: the type arguments name none, an argument is an
// instance lowerGenericCall leaves to yaegi, or the arguments are plain.
func (c *cell) callWitnesses(call *ast.CallExpr, args *types.TypeList) []string {
	named := false
	for i := 0; i < args.Len(); i++ {
		if hasInstance(args.At(i)) {
			return nil // lowerGenericCall leaves it to yaegi's inference
		}
		named = named || hasTypeParam(args.At(i))
	}
	plain := true
	for _, a := range call.Args {
		if _, isCall := ast.Unparen(a).(*ast.CallExpr); isCall || hasInstance(c.Info.TypeOf(a)) || directedParamChan(c.Info.TypeOf(a)) {
			plain = false
		}
		// A function literal taking or returning a type parameter's
		// values: yaegi's inference from it was a CFG panic (Call(x,
		// func(T) float64 {...}) in a generic body).
		if lit, isLit := ast.Unparen(a).(*ast.FuncLit); isLit && hasTypeParam(c.Info.TypeOf(lit)) {
			plain = false
		}
	}
	if sig, ok := c.Info.TypeOf(call.Fun).(*types.Signature); ok {
		for i := 0; i < sig.Params().Len(); i++ {
			plain = plain && !directedParamChan(sig.Params().At(i).Type())
		}
		// yaegi inferred nothing for a variadic one (Sum(x) panicked),
		// and an explicit Insert[T] in a Set[ID] method looked T's
		// argument up by name and did not find it (a nil dereference).
		plain = plain && !sig.Variadic()
	}
	if !named || plain {
		return nil
	}
	var ws []string
	for i := 0; i < args.Len(); i++ {
		s, ok := c.spellType(args.At(i))
		if !ok {
			return nil
		}
		ws = append(ws, "new("+s+")")
	}
	return ws
}

// explicitTypeArgs returns the index expression giving id type
// arguments, and them, or nil.
func explicitTypeArgs(parent ast.Node, id *ast.Ident) (ast.Expr, []ast.Expr) {
	switch p := parent.(type) {
	case *ast.IndexExpr:
		if p.X == id {
			return p, []ast.Expr{p.Index}
		}
	case *ast.IndexListExpr:
		if p.X == id {
			return p, p.Indices
		}
	}
	return nil, nil
}

// namesTypeParam reports whether a type argument given names a type
// parameter.
func (c *cell) namesTypeParam(given []ast.Expr) bool {
	for _, g := range given {
		if t := c.Info.TypeOf(g); t != nil && hasTypeParam(t) {
			return true
		}
	}
	return false
}

// witnessCopy writes decl as a function called name whose parameters
// start with a pointer of each of its first k type parameters.
func (c *cell) witnessCopy(decl *ast.FuncDecl, name string, k int) (string, bool) {
	var witnesses []*ast.Field
	for _, field := range decl.Type.TypeParams.List {
		for _, n := range field.Names {
			if len(witnesses) < k {
				// At the parameters' opening, so that the printer keeps
				// them on its line.
				at := decl.Type.Params.Opening
				witnesses = append(witnesses, &ast.Field{Names: []*ast.Ident{{NamePos: at, Name: "_"}}, Type: &ast.StarExpr{Star: at, X: &ast.Ident{NamePos: at, Name: n.Name}}})
			}
		}
	}
	if len(witnesses) < k {
		return "", false
	}
	// Printed with the changes made for the time of printing: it is the
	// session's tree, kept for later cells.
	params, oldName, doc := decl.Type.Params.List, decl.Name.Name, decl.Doc
	decl.Type.Params.List, decl.Name.Name, decl.Doc = append(witnesses, params...), name, nil
	var b strings.Builder
	err := printer.Fprint(&b, c.Fset, decl)
	decl.Type.Params.List, decl.Name.Name, decl.Doc = params, oldName, doc
	return b.String(), err == nil
}

// nodeParents maps the nodes of a file to their parents.
func nodeParents(f *ast.File) map[ast.Node]ast.Node {
	parents := map[ast.Node]ast.Node{}
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if len(stack) > 0 {
			parents[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
	return parents
}

// spreads reports whether call's one argument is a call of several
// results.
func spreads(info *types.Info, call *ast.CallExpr) bool {
	if len(call.Args) != 1 {
		return false
	}
	_, tuple := info.TypeOf(call.Args[0]).(*types.Tuple)
	return tuple
}

// directedParamChan reports a receive- or send-only channel of a type
// parameter's elements (in <-chan T): yaegi inferred no type argument
// from one (a CFG panic for orDone(in) in a generic tee).
func directedParamChan(t types.Type) bool {
	ch, ok := t.(*types.Chan)
	return ok && ch.Dir() != types.SendRecv && hasTypeParam(ch.Elem())
}
