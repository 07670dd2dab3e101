package lower

import (
	"go/ast"
	"go/types"
	"strings"
)

// A reflect.Value whose struct the cell cannot see where Interface() is
// called - a parameter of a table printer or an exporter that takes
// `rows any` or a []T - may still be a field of a struct of the cells
// whose named non-struct type prints with its methods (a Cents with
// String): Interface() gave its underlying type's value, and the
// exporter printed 45210 where Go prints 452.10. Such a call is refused
// when the session hands a value holding such a struct to reflect, or to
// a function of the cells that calls Interface() on a reflect.Value
// (directly or through the functions it calls); a later cell's call of
// such a function declared earlier is refused where it is.

// reflectUsage tells what a function of the cells does with reflect.
type reflectUsage struct {
	reflects   bool // uses package reflect, or calls a function that does
	interfaces bool // calls Interface() of a reflect.Value, or a function that does
}

// reflectUses works out, once per cell, the reflectUsage of the session's
// functions.
func (c *cell) reflectUsages() map[types.Object]reflectUsage {
	if c.reflectUsageOf != nil {
		return c.reflectUsageOf
	}
	uses := map[types.Object]reflectUsage{}
	c.reflectUsageOf = uses
	var decls []*ast.FuncDecl
	for _, f := range []*ast.File{c.File, c.Session} {
		if f == nil {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && c.Info.Defs[fd.Name] != nil {
				decls = append(decls, fd)
			}
		}
	}
	for grew := true; grew; {
		grew = false
		for _, fd := range decls {
			fn := c.Info.Defs[fd.Name]
			if u := c.reflectUsageIn(fd.Body, uses); u != uses[fn] {
				uses[fn], grew = u, true
			}
		}
	}
	return uses
}

// reflectUsageIn returns what body does with reflect, given what the
// functions it calls do (uses).
func (c *cell) reflectUsageIn(body *ast.BlockStmt, uses map[types.Object]reflectUsage) reflectUsage {
	var u reflectUsage
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			switch obj := c.Info.Uses[n].(type) {
			case *types.PkgName:
				u.reflects = u.reflects || obj.Imported().Path() == "reflect"
			case *types.Func:
				callee := uses[obj]
				if o := uses[obj.Origin()]; o.reflects {
					callee = o
				}
				u.reflects = u.reflects || callee.reflects
				u.interfaces = u.interfaces || callee.interfaces
			}
		case *ast.CallExpr:
			u.interfaces = u.interfaces || c.calleeName(n) == "(reflect.Value).Interface"
		}
		return true
	})
	return u
}

// lossyStructReflected returns a struct type of the cells with a field
// that loses its methods through reflect, which a call in the session
// hands (as an argument or a type argument) to reflect or to a function
// of the cells using reflect; nil when there is none.
func (c *cell) lossyStructReflected() types.Type {
	if c.lossyReflected != nil {
		return *c.lossyReflected
	}
	var found types.Type
	c.lossyReflected = &found
	for _, f := range []*ast.File{c.File, c.Session} {
		if f == nil || found != nil {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && found == nil {
				found = c.lossyHanded(call, func(u reflectUsage) bool { return u.reflects })
			}
			return found == nil
		})
	}
	return found
}

// lossyHanded returns a struct type losing its fields' methods through
// reflect that call hands to package reflect, or to a function of the
// cells whose reflectUsage wants accepts; nil when it hands none.
func (c *cell) lossyHanded(call *ast.CallExpr, wants func(reflectUsage) bool) types.Type {
	id := calledName(call.Fun)
	if id == nil {
		return nil
	}
	toReflect := false
	switch obj := c.Info.Uses[id].(type) {
	case *types.Func:
		if obj.Pkg() != nil && obj.Pkg().Path() == "reflect" {
			toReflect = true
		} else if !wants(c.reflectUsages()[obj]) && !wants(c.reflectUsages()[obj.Origin()]) {
			return nil
		}
	default:
		return nil
	}
	var handed []types.Type
	for _, a := range call.Args {
		handed = append(handed, c.Info.TypeOf(a))
	}
	if inst, ok := c.Info.Instances[id]; ok && !toReflect {
		for t := range inst.TypeArgs.Types() {
			handed = append(handed, t)
		}
	}
	var found types.Type
	for _, t := range handed {
		if t != nil && found == nil {
			anyType(t, func(u types.Type) bool {
				if c.lossyField(u) != nil {
					found = u
				}
				return found != nil
			})
		}
	}
	return found
}

// refuseLossyReflectCall refuses, in a later cell, a call handing a
// struct that loses its fields' methods through reflect to a function of
// an earlier cell that calls Interface() of reflect.Values it cannot see
// the struct of: that cell was lowered before any call handed it one.
func (c *cell) refuseLossyReflectCall(call *ast.CallExpr) {
	id := calledName(call.Fun)
	if id == nil {
		return
	}
	fn, ok := c.Info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return
	}
	if fn.Pkg().Path() == "reflect" && fn.Name() == "ValueOf" {
		// A Value made here may reach such a function of an earlier
		// cell through the cell's own code (or a copy of a generic
		// function made for the struct).
		if fn = c.earlierInterfacing(); fn == nil {
			return
		}
	} else if fn.Pkg() != c.Pkg || c.inCell(fn.Origin().Pos()) {
		return
	}
	lossy := c.lossyHanded(call, func(u reflectUsage) bool { return u.interfaces })
	if lossy == nil {
		return
	}
	f := c.lossyField(lossy)
	name, ft := types.TypeString(lossy, types.RelativeTo(c.Pkg)), types.TypeString(f.Type(), types.RelativeTo(c.Pkg))
	c.fail(call, "handing a value of type "+name+" to "+fn.Name()+", which calls Interface() of reflect.Values (the interpreter's reflect gives the value of "+name+"'s field "+f.Name()+" as its underlying type, without "+ft+"'s methods),",
		"format the values in "+fn.Name()+" by their Kind (v.Int(), v.String()), or read "+name+"'s fields themselves")
}

// earlierInterfacing returns a function of an earlier cell that calls
// Interface() of reflect.Values, or nil.
func (c *cell) earlierInterfacing() *types.Func {
	var first *types.Func // by name, for the same message every time
	for obj, u := range c.reflectUsages() {
		fn, ok := obj.(*types.Func)
		if ok && u.interfaces && !c.inCell(fn.Pos()) && !strings.HasPrefix(fn.Name(), "_gbp") && (first == nil || fn.Name() < first.Name()) {
			first = fn
		}
	}
	return first
}

// calledName is the name a call's Fun calls by: f, F[T], pkg.F or x.M.
func calledName(fun ast.Expr) *ast.Ident {
	if id := funcNameOf(fun); id != nil {
		return id
	}
	if sel, ok := ast.Unparen(fun).(*ast.SelectorExpr); ok {
		return sel.Sel
	}
	return nil
}

// lossyField returns, for a struct type of the cells, a field of a named
// non-struct type of theirs that prints with its methods, or nil.
func (c *cell) lossyField(t types.Type) *types.Var {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg {
		return nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := 0; i < st.NumFields(); i++ {
		ft := st.Field(i).Type()
		if _, isStruct := ft.Underlying().(*types.Struct); c.isCellType(ft) && !isStruct && printsWithMethods(ft) {
			return st.Field(i)
		}
	}
	return nil
}

// fromUnknownStruct reports whether the reflect.Value x may be a field of
// a struct the cell does not see: anything but reflect.ValueOf of a value
// of a concrete type.
func (c *cell) fromUnknownStruct(x ast.Expr) bool {
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || c.calleeName(call) != "reflect.ValueOf" || len(call.Args) != 1 {
		return true
	}
	t := c.Info.TypeOf(call.Args[0])
	return t == nil || types.IsInterface(t) || hasTypeParam(t)
}
