package lower

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// A generic function naming an instance of a generic type of the session
// with methods whose type argument is made of the function's type
// parameters (`func Collect[T any](rs []Result[T]) Result[[]T]`) made
// yaegi's CFG panic with a nil dereference, even never called. Its calls
// with concrete type arguments run copies written for them
// (specialize.go), and yaegi never sees the generic declaration: the
// cell declares a stub of that name in its place, on as many lines. A
// call from generic code, which no copy can serve, fails with a clear
// error.

// composesInstances reports whether a generic function's declaration
// names an instance of a generic type of the session with methods whose
// type argument is made of the function's type parameters without being
// one (Result[[]T], Box[map[K]V]): yaegi's CFG panicked on such a
// function (a nil dereference), even one never called. A copy for the
// type arguments names a concrete instance instead.
func (c *cell) composesInstances(decl *ast.FuncDecl) bool {
	found := false
	ast.Inspect(decl, func(n ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok || found {
			return !found
		}
		t := c.Info.TypeOf(e)
		if t == nil {
			return true
		}
		found = anyType(t, func(u types.Type) bool {
			named, ok := u.(*types.Named)
			if !ok || named.Obj().Pkg() != c.Pkg || named.Origin().NumMethods() == 0 {
				return false
			}
			for i := 0; i < named.TypeArgs().Len(); i++ {
				arg := named.TypeArgs().At(i)
				if _, bare := arg.(*types.TypeParam); !bare && hasTypeParam(arg) {
					return true
				}
			}
			return false
		})
		return !found
	})
	return found
}

// stubComposingGeneric replaces the declaration of such a function with
// a stub yaegi compiles.
func (c *cell) stubComposingGeneric(fd *ast.FuncDecl) {
	if fd.Recv != nil || fd.Type.TypeParams == nil || fd.Body == nil || len(c.stack) > 1 || !c.composesInstances(fd) {
		return
	}
	start := fd.Pos()
	if fd.Doc != nil {
		start = fd.Doc.End()
	}
	lines := c.Fset.Position(fd.End()).Line - c.Fset.Position(start).Line
	msg := strconv.Quote(fd.Name.Name + " runs as copies for its type arguments")
	c.replace(start, fd.End(), "func "+fd.Name.Name+"() { panic("+msg+") }"+strings.Repeat("\n", lines))
}

// refuseComposingGenericCall stops a use of such a function that no copy
// serves: one whose type arguments name type parameters.
func (c *cell) refuseComposingGenericCall(n *ast.Ident) {
	inst, ok := c.Info.Instances[n]
	fn, isFunc := c.Info.Uses[n].(*types.Func)
	if !ok || !isFunc || fn.Pkg() != c.Pkg || fn.Parent() != c.Pkg.Scope() {
		return
	}
	generic := false
	for i := 0; i < inst.TypeArgs.Len(); i++ {
		generic = generic || hasTypeParam(inst.TypeArgs.At(i))
	}
	if !generic {
		return
	}
	decl := genericDecl(c.Input, c.Session, fn)
	if decl == nil || !c.composesInstances(decl) {
		return
	}
	c.fail(n, "a call of "+fn.Name()+", which returns or takes an instance of a generic type made of its type parameters, from generic code",
		"call it with concrete type arguments (the interpreter runs such a function only as copies for them)")
}

// lowerGenericInterfaceInstance writes an instance of a generic interface
// of the session with several type parameters as the interface it
// stands for: yaegi's CFG panicked on making one (var m I[int, string] =
// T{}: a nil dereference; an index out of range in a later cell), while
// an interface literal is an identical type.
//
//	func Evaluate[In, Out any](m Model[In, Out], x In) Out   becomes   func Evaluate[In, Out any](m interface{ Predict(In) Out }, x In) Out
func (c *cell) lowerGenericInterfaceInstance(n *ast.IndexListExpr) bool {
	tv, ok := c.Info.Types[n]
	if !ok || !tv.IsType() {
		return false
	}
	named, ok := tv.Type.(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg || named.TypeArgs().Len() < 2 {
		return false
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	s, ok := c.typeString(iface)
	if !ok {
		return false
	}
	c.replace(n.Pos(), n.End(), s)
	return true
}

// printsInstanceArg reports whether a generic function hands a value of a
// type parameter to fmt where the type argument is an instance of a
// generic type of the cells, or a pointer to one, with a String or Error
// method: inside the function yaegi gave fmt a nil *L[int] without its
// methods (<nil>, where Go calls a String that handles a nil receiver). A
// copy for the type arguments prints it as ordinary code does.
func (c *cell) printsInstanceArg(decl *ast.FuncDecl, fn *types.Func, args *types.TypeList) bool {
	tps := fn.Type().(*types.Signature).TypeParams()
	printed := map[*types.TypeParam]bool{}
	for i := 0; i < args.Len() && i < tps.Len(); i++ {
		t := args.At(i)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		named, ok := t.(*types.Named)
		if !ok || named.Obj().Pkg() != c.Pkg || named.TypeArgs().Len() == 0 {
			continue
		}
		ms := types.NewMethodSet(args.At(i))
		if ms.Lookup(c.Pkg, "String") != nil || ms.Lookup(c.Pkg, "Error") != nil {
			printed[tps.At(i)] = true
		}
	}
	if len(printed) == 0 || decl.Body == nil {
		return false
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if id, ok := sel.X.(*ast.Ident); !ok || id.Name != "fmt" {
			return true
		}
		for _, a := range call.Args {
			if tp, ok := c.Info.TypeOf(a).(*types.TypeParam); ok && printed[tp.Obj().Type().(*types.TypeParam)] {
				found = true
			}
		}
		return !found
	})
	return found
}
