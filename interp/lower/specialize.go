package lower

import (
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"hash/fnv"
	"sort"
	"strings"
)

// Inside a generic function yaegi holds a value of a type parameter as a
// value of its type argument's underlying type: with `type Meters float64`
// and a String method, Show[Meters] printed `float64 2`, not `main.Meters
// 2.0m`, and `any(x).(Meters)` failed. The front end cannot box such a
// value there, since the body's static type is the parameter. So a call
// of a generic function of the session whose type arguments name such
// types calls a copy of the function with the type arguments written in,
// which the rest of the lowering sees as ordinary code:
//
//	Show(Meters(2))   calls   func _gbpG_Show_Meters_1a2b(x Meters) string { ... }
//
// The copy is declared in the cell that first calls it, and again in a
// cell that declares the generic function anew. Calls in the copy are
// specialized in turn by the next round (the session checks the cell
// again after each).

// A Specialization is a copy of a generic function for type arguments,
// as the cell spells them.
type Specialization struct {
	Func string
	Args []string
	// Witnesses is, for a copy taking witnesses of its first type
	// arguments instead (witness.go), how many; Args is then nil.
	Witnesses int
}

// Expand returns the cell's source with the rewrites that need the cell
// checked again before it is lowered - copies of generic functions for
// the calls that need them, declared at its end, and calls spreading
// several results (tuplespread.go) - or "" when there are none. earlier
// lists the copies made so far, which a cell declaring their function
// again makes anew. It returns the copies it made.
func Expand(in Input, earlier []Specialization) (string, []Specialization) {
	// The copies are checked as source, where a local type is still
	// local: none is hoisted (localhoist.go).
	c := &cell{Input: in, lineStarts: lineStarts(in.Src), hoisted: map[*types.TypeName]hoistedType{}}
	copies, specs := c.specializeCalls(earlier)
	wcopies, wspecs := c.witnessCalls(earlier)
	copies, specs = append(copies, wcopies...), append(specs, wspecs...)
	c.spreadTuples()
	if len(c.edits) == 0 && len(copies) == 0 {
		return "", nil
	}
	c.sortEdits()
	out := applyEdits(c.Src, 0, c.edits)
	if len(copies) > 0 {
		out += "\n\n" + strings.Join(copies, "\n\n") + "\n"
	}
	return out, specs
}

// specializeCalls makes the calls of generic functions that need a copy
// call it, and returns the copies' source.
func (c *cell) specializeCalls(earlier []Specialization) ([]string, []Specialization) {
	in := c.Input
	var parents map[ast.Node]ast.Node // made at the first call to rewrite
	var copies []string
	var specs []Specialization
	made := map[string]bool{}
	add := func(decl *ast.FuncDecl, fn string, args []string) bool {
		name := specializedName(fn, args)
		if !made[name] && c.needsCopy(name, decl) {
			text, ok := c.specializedCopy(decl, name, args)
			if !ok {
				return false
			}
			copies = append(copies, text)
			specs = append(specs, Specialization{Func: fn, Args: args})
		}
		made[name] = true
		return true
	}
	for _, sp := range earlier {
		if sp.Witnesses > 0 {
			continue
		}
		if obj, ok := in.Pkg.Scope().Lookup(sp.Func).(*types.Func); ok {
			if decl := genericDecl(in, nil, obj); decl != nil && c.inCell(decl.Pos()) {
				add(decl, sp.Func, sp.Args)
			}
		}
	}
	for _, id := range sortedInstances(in.Info) {
		if !c.inCell(id.Pos()) {
			continue
		}
		fn, ok := in.Info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() != in.Pkg || fn.Parent() != in.Pkg.Scope() {
			continue
		}
		args := in.Info.Instances[id].TypeArgs
		spelled, ok := c.specializedArgs(args)
		if spelled == nil {
			continue
		}
		decl := genericDecl(in, in.Session, fn)
		if decl == nil || !ok && !c.namesTypeArguments(decl) && !methodsOfParams(fn) && !c.composesInstances(decl) && !c.boxedComparable(fn, args, id.Pos()) && !c.printsInstanceArg(decl, fn, args) && !c.reachesGenericCycle(fn) && !c.assertsOnTypeParam(decl) {
			continue
		}
		if !add(decl, fn.Name(), spelled) {
			continue
		}
		if parents == nil {
			parents = nodeParents(in.File)
		}
		var at ast.Node = id
		switch p := parents[id].(type) {
		case *ast.IndexExpr:
			if p.X == id {
				at = p
			}
		case *ast.IndexListExpr:
			if p.X == id {
				at = p
			}
		}
		c.replace(at.Pos(), at.End(), specializedName(fn.Name(), spelled))
	}
	return copies, specs
}

// enclosingGenericFunc returns the generic function declaration the node
// being visited is in, or nil.
func (c *cell) enclosingGenericFunc() *ast.FuncDecl {
	for i := len(c.stack) - 1; i >= 0; i-- {
		if fd, ok := c.stack[i].(*ast.FuncDecl); ok {
			if fd.Type.TypeParams != nil && fd.Body != nil {
				return fd
			}
			return nil
		}
	}
	return nil
}

// namesTypeArguments reports whether a generic function's body may need
// the names of its type arguments - it uses reflect, or prints with %T or
// %#v - which the stand-ins know only in a copy written for them: a
// Describe[T](rows []T) calling reflect.TypeOf(rows) was refused.
func (c *cell) namesTypeArguments(decl *ast.FuncDecl) bool {
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if id, ok := n.X.(*ast.Ident); ok && id.Name == "reflect" {
				if _, isPkg := c.Info.Uses[id].(*types.PkgName); isPkg {
					found = true
				}
			}
		case *ast.BasicLit:
			found = found || n.Kind == token.STRING && (strings.Contains(n.Value, "%T") || strings.Contains(n.Value, "%#v"))
		}
		return !found
	})
	return found
}

// assertsOnTypeParam reports whether a generic function's body asserts
// on, or switches on the type of, a value of a type made of its type
// parameters converted to an interface (`any(&in).(Validator)`): yaegi's
// pointer to a type parameter's value had none of the type argument's
// methods, and the assertion failed. A copy has the type itself.
func (c *cell) assertsOnTypeParam(decl *ast.FuncDecl) bool {
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || found {
			return !found
		}
		conv, ok := ast.Unparen(ta.X).(*ast.CallExpr)
		if !ok || len(conv.Args) != 1 || !c.Info.Types[conv.Fun].IsType() {
			return true
		}
		if t := c.Info.TypeOf(conv.Args[0]); t != nil && hasTypeParam(t) {
			found = true
		}
		return !found
	})
	return found
}

// methodsOfParams reports whether a type parameter of fn is constrained
// by an interface whose methods take or return another of its type
// parameters (`C Container[T]`, `C interface{ Push(T) }`): yaegi binds
// such a parameter wrongly when the call spells some type arguments
// (Fill[string](s, ...)) or the function is variadic - a CFG panic or a
// nil dereference. A copy for the type arguments has no type parameters.
func methodsOfParams(fn *types.Func) bool {
	tps := fn.Type().(*types.Signature).TypeParams()
	for i := 0; i < tps.Len(); i++ {
		iface, ok := tps.At(i).Constraint().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for j := 0; j < iface.NumMethods(); j++ {
			if mentionsTypeParam(iface.Method(j).Type()) {
				return true
			}
		}
	}
	return false
}

// mentionsTypeParam reports whether t names a type parameter.
func mentionsTypeParam(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		return true
	case *types.Pointer:
		return mentionsTypeParam(t.Elem())
	case *types.Slice:
		return mentionsTypeParam(t.Elem())
	case *types.Array:
		return mentionsTypeParam(t.Elem())
	case *types.Chan:
		return mentionsTypeParam(t.Elem())
	case *types.Map:
		return mentionsTypeParam(t.Key()) || mentionsTypeParam(t.Elem())
	case *types.Named:
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if mentionsTypeParam(t.TypeArgs().At(i)) {
				return true
			}
		}
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := 0; i < tup.Len(); i++ {
				if mentionsTypeParam(tup.At(i).Type()) {
					return true
				}
			}
		}
	}
	return false
}

// specializedArgs spells the type arguments of an instance that needs a
// copy: concrete, and naming a non-struct type of the session that the
// cell can write.
func (c *cell) specializedArgs(args *types.TypeList) ([]string, bool) {
	needs := false
	var spelled []string
	for i := 0; i < args.Len(); i++ {
		t := args.At(i)
		named, concrete := c.sessionNamedIn(t)
		if !concrete {
			return nil, false
		}
		needs = needs || named || compiledNamedBasic(t)
		s, ok := c.typeString(t)
		if !ok {
			return nil, false
		}
		// Written where the parameter was, a type starting with * or
		// func could bind otherwise (T(x) with T = *P).
		if strings.HasPrefix(s, "*") || strings.HasPrefix(s, "func") || strings.HasPrefix(s, "<-") || strings.HasPrefix(s, "chan") {
			s = "(" + s + ")"
		}
		spelled = append(spelled, s)
	}
	return spelled, needs
}

// sessionNamedIn reports whether t names a package-level type of the
// session whose values yaegi holds as their underlying type's (not a
// struct, an interface or a pointer), and whether t is concrete: no type
// parameters and no types declared in functions, which a package-level
// copy could not name.
func (c *cell) sessionNamedIn(t types.Type) (named, concrete bool) {
	concrete = true
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] || !concrete {
			return
		}
		seen[t] = true
		switch t := types.Unalias(t).(type) {
		case *types.TypeParam:
			concrete = false
		case *types.Named:
			obj := t.Obj()
			if obj.Pkg() == c.Pkg && obj.Parent() != c.Pkg.Scope() && !c.isHoisted(obj) {
				concrete = false
				return
			}
			if obj.Pkg() == c.Pkg && t.TypeArgs().Len() == 0 {
				switch t.Underlying().(type) {
				case *types.Struct:
					// A struct with a twin is boxed in an interface{} as
					// named numbers are (boxtwins.go).
					named = named || c.twinStruct(t)
				case *types.Interface, *types.Pointer:
				default:
					named = true
				}
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i))
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Signature:
			for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
				for i := 0; i < tup.Len(); i++ {
					walk(tup.At(i).Type())
				}
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type())
			}
		}
	}
	walk(t)
	return named, concrete
}

// needsCopy reports whether the cell must declare the copy: it does not
// exist yet, or the cell declares the generic function anew.
func (c *cell) needsCopy(name string, decl *ast.FuncDecl) bool {
	obj := c.Pkg.Scope().Lookup(name)
	if obj == nil {
		return true
	}
	return c.inCell(decl.Pos()) && !c.inCell(obj.Pos())
}

// specializedCopy writes decl as a function called name with the type
// arguments in place of its type parameters.
func (c *cell) specializedCopy(decl *ast.FuncDecl, name string, args []string) (string, bool) {
	params := map[types.Object]string{}
	i := 0
	for _, field := range decl.Type.TypeParams.List {
		for _, n := range field.Names {
			if i >= len(args) {
				return "", false
			}
			params[c.Info.Defs[n]] = args[i]
			i++
		}
	}
	// The declaration is printed with its identifiers renamed for the
	// time of printing: it is the session's tree, kept for later cells.
	type renamed struct {
		id   *ast.Ident
		name string
	}
	var undo []renamed
	for _, part := range []ast.Node{decl.Type, decl.Body} {
		ast.Inspect(part, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if s, found := params[c.Info.Uses[id]]; found {
					undo = append(undo, renamed{id, id.Name})
					id.Name = s
				}
			}
			return true
		})
	}
	tparams, oldName, doc := decl.Type.TypeParams, decl.Name.Name, decl.Doc
	decl.Type.TypeParams, decl.Name.Name, decl.Doc = nil, name, nil
	var b strings.Builder
	err := printer.Fprint(&b, c.Fset, decl)
	decl.Type.TypeParams, decl.Name.Name, decl.Doc = tparams, oldName, doc
	for _, r := range undo {
		r.id.Name = r.name
	}
	return b.String(), err == nil
}

// genericDecl finds the declaration of a generic function in the cell or
// in the session's earlier declarations.
func genericDecl(in Input, session *ast.File, fn *types.Func) *ast.FuncDecl {
	for _, f := range []*ast.File{in.File, session} {
		if f == nil {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil && in.Info.Defs[fd.Name] == fn {
				return fd
			}
		}
	}
	return nil
}

// specializedPrefix starts the names of the copies.
const specializedPrefix = "_gbpG_"

// specializedName names the copy of fn for its type arguments: readable
// in a stack trace, and distinct for distinct arguments.
func specializedName(fn string, args []string) string {
	h := fnv.New32a()
	h.Write([]byte(strings.Join(args, ",")))
	var b strings.Builder
	for _, r := range strings.Join(args, "_") {
		if r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return fmt.Sprintf("%s%s_%s_%04x", specializedPrefix, fn, b.String(), h.Sum32()&0xffff)
}

// sortedInstances returns the identifiers of instances in source order.
func sortedInstances(info *types.Info) []*ast.Ident {
	ids := make([]*ast.Ident, 0, len(info.Instances))
	for id := range info.Instances {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Pos() < ids[j].Pos() })
	return ids
}

// compiledNamedBasic reports a named type of a compiled package over a
// basic type (time.Duration, time.Month): yaegi's CFG panicked on
// arithmetic of a type parameter with a union constraint (~int64 |
// ~float64) instantiated with one, which a copy written for it does not
// have.
func compiledNamedBasic(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.TypeArgs().Len() > 0 {
		return false
	}
	_, basic := n.Underlying().(*types.Basic)
	return basic
}
