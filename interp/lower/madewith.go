package lower

import (
	"go/ast"
	"go/types"
	"strconv"
)

// madeWith returns the instances of generic types that yaegi makes in the
// evaluation that makes t, an instance of a generic type: those its
// underlying type holds (through fields, pointers, slices, maps and type
// arguments: Relation[string] is a map[string]Set[string]) and those its
// methods' declarations name (PQ[T].Pop calling a *impl[T]'s Pop), with
// t's type arguments written in.
func (c *cell) madeWith(t types.Type) []*types.Named {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.TypeArgs().Len() == 0 {
		return nil
	}
	origin := named.Origin()
	var out []*types.Named
	add := func(params *types.TypeParamList) func(types.Type) bool {
		return func(u types.Type) bool {
			x, ok := u.(*types.Named)
			if !ok || x.TypeArgs().Len() == 0 || x.Origin() == origin {
				return false // on through the whole type
			}
			inst, ok := substParams(x, params, named.TypeArgs())
			if ok && !hasTypeParam(inst) && !containsIdentical(out, inst) {
				out = append(out, inst.(*types.Named))
			}
			return false
		}
	}
	anyType(origin.Underlying(), add(origin.TypeParams()))
	if st, isStruct := origin.Underlying().(*types.Struct); isStruct {
		for i := 0; i < st.NumFields(); i++ {
			anyType(st.Field(i).Type(), add(origin.TypeParams()))
		}
	}
	for _, fd := range c.methodDecls(origin.Obj()) {
		if fn, ok := c.Info.Defs[fd.Name].(*types.Func); ok {
			c.instancesNamedIn(fd, add(fn.Type().(*types.Signature).RecvTypeParams()))
		}
	}
	return out
}

// instancesNamedIn calls collect on the type of every expression in n.
func (c *cell) instancesNamedIn(n ast.Node, collect func(types.Type) bool) {
	ast.Inspect(n, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok {
			if tv, ok := c.Info.Types[e]; ok && tv.Type != nil {
				anyType(tv.Type, collect)
			}
		}
		return true
	})
}

// premakeCalleeInstances makes beforehand the instances of generic types
// that share a method name with another (premake.go) which a call of a
// generic function with concrete type arguments makes in its body
// (`q := PQ[Edge[W]]{&impl[Edge[W]]{es}}` in first[W], both with Pop):
// yaegi makes them in the evaluation of the call, together.
func (c *cell) premakeCalleeInstances(call *ast.CallExpr) {
	if c.inGenericDecl() {
		return
	}
	for _, inst := range c.calleeMadeInstances(call) {
		if c.sharesMethodName(inst.Origin()) {
			c.instanceAlias(inst)
		}
		c.registerMadeInstance(inst)
	}
}

// calleeMadeInstances returns the instances of the cells' generic types
// that a call of a generic function of theirs with concrete type
// arguments names in the function's declaration, with the type arguments
// written in.
func (c *cell) calleeMadeInstances(call *ast.CallExpr) []*types.Named {
	// Asked once by the resolvers' candidates (allInstances) and again
	// where the call is visited: the callee's declaration is walked once.
	if made, done := c.madeByCall[call]; done {
		return made
	}
	made := c.calleeMadeInstancesOnce(call)
	if c.madeByCall == nil {
		c.madeByCall = map[*ast.CallExpr][]*types.Named{}
	}
	c.madeByCall[call] = made
	return made
}

func (c *cell) calleeMadeInstancesOnce(call *ast.CallExpr) []*types.Named {
	id := funcNameOf(call.Fun)
	if id == nil {
		return nil
	}
	fn, ok := c.Info.Uses[id].(*types.Func)
	inst, instance := c.Info.Instances[id]
	if !ok || !instance || !c.sessionGeneric(fn) || hasTypeParam(inst.Type) {
		return nil
	}
	decl := genericDecl(c.Input, c.Session, fn)
	if decl == nil {
		return nil
	}
	params := fn.Type().(*types.Signature).TypeParams()
	var made []*types.Named
	c.instancesNamedIn(decl, func(u types.Type) bool {
		x, ok := u.(*types.Named)
		if !ok || x.TypeArgs().Len() == 0 || !hasTypeParam(x) || x.Obj().Pkg() != c.Pkg {
			return false
		}
		if inst, ok := substParams(x, params, inst.TypeArgs); ok && !hasTypeParam(inst) && !containsIdentical(made, inst) {
			made = append(made, inst.(*types.Named))
		}
		return false
	})
	return made
}

// registerMadeInstance registers, before the notebook cell's top-level
// statement being visited, an instance of a generic struct type of the
// cells that a generic function called there makes in its body
// (and[string] of And[string](...), in a Spec[string]): no literal of the
// cell names it, and %T in a function of an earlier cell printed yaegi's
// struct { Xspecs []interp.valueInterface }.
func (c *cell) registerMadeInstance(n *types.Named) {
	if !structShape(n) || anyType(n, manyTypeArgs) {
		return
	}
	if _, concrete := c.sessionNamedIn(n); !concrete {
		return
	}
	if c.Body == nil || c.inGenericDecl() {
		return // a program's resolvers see its calls' instances (allInstances)
	}
	stmt := c.topLevelStmtAt(c.stack[len(c.stack)-1].Pos())
	name, ok := c.typeString(n)
	if !ok || stmt == nil || c.registered[stmt][name] {
		return
	}
	tb := c.newTable(stmt.Pos(), localUse())
	i := tb.describe(n)
	if tb.hoisted {
		return
	}
	if c.registered[stmt] == nil {
		c.registered[stmt] = map[string]bool{}
	}
	c.registered[stmt][name] = true
	// (First: before a var declaration written for the statement.)
	c.insertFirst(stmt.Pos(), c.instanceMaker(name)+"_gbp.LocalType((*"+name+")(nil), "+strconv.Itoa(i)+", "+tb.args()+"); ")
}

// substParams writes args in place of params in t, or reports false
// where t is made of what it does not rewrite (func, struct and interface
// types naming a parameter).
func substParams(t types.Type, params *types.TypeParamList, args *types.TypeList) (types.Type, bool) {
	if !hasTypeParam(t) {
		return t, true
	}
	sub := func(u types.Type) (types.Type, bool) { return substParams(u, params, args) }
	switch t := t.(type) {
	case *types.TypeParam:
		for i := 0; params != nil && i < params.Len() && i < args.Len(); i++ {
			if params.At(i) == t {
				return args.At(i), true
			}
		}
	case *types.Alias:
		return sub(types.Unalias(t))
	case *types.Pointer:
		if e, ok := sub(t.Elem()); ok {
			return types.NewPointer(e), true
		}
	case *types.Slice:
		if e, ok := sub(t.Elem()); ok {
			return types.NewSlice(e), true
		}
	case *types.Array:
		if e, ok := sub(t.Elem()); ok {
			return types.NewArray(e, t.Len()), true
		}
	case *types.Chan:
		if e, ok := sub(t.Elem()); ok {
			return types.NewChan(t.Dir(), e), true
		}
	case *types.Map:
		k, okk := sub(t.Key())
		e, oke := sub(t.Elem())
		if okk && oke {
			return types.NewMap(k, e), true
		}
	case *types.Named:
		targs := make([]types.Type, t.TypeArgs().Len())
		for i := range targs {
			a, ok := sub(t.TypeArgs().At(i))
			if !ok {
				return nil, false
			}
			targs[i] = a
		}
		if inst, err := types.Instantiate(nil, t.Origin(), targs, false); err == nil {
			return inst, true
		}
	}
	return nil, false
}

// containsIdentical reports whether list holds a type identical to t.
func containsIdentical(list []*types.Named, t types.Type) bool {
	for _, x := range list {
		if types.Identical(x, t) {
			return true
		}
	}
	return false
}
