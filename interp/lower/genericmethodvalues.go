package lower

import (
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/gobackprop/gobackprop/interp/mirror"
)

// A generic function called with a named type of the cells runs as a copy
// written for that type (specialize.go), but a method of a generic type
// cannot be copied so: its instance's type keeps its name. Inside such a
// method yaegi holds a value of the type parameter as its type argument's
// underlying type, so with `type Meters float64` and a String method,
// Stack[Meters]'s Dump printing its items printed [3], not [3.0m]. An
// instance of a generic type with a type argument that has methods, whose
// methods hand values of the type parameter to an interface (fmt's
// arguments, any(x)), is refused where the cell names it; the same code as
// a generic function runs right.

// refuseGenericMethodValues refuses the instance named by id when its
// methods would lose its type arguments' methods.
func (c *cell) refuseGenericMethodValues(id *ast.Ident) {
	obj, ok := c.Info.Uses[id].(*types.TypeName)
	if !ok || obj.Pkg() != c.Pkg || !c.inCell(id.Pos()) {
		return
	}
	inst, ok := c.Info.Instances[id]
	if !ok {
		return
	}
	var lost types.Type // the type argument whose methods are lost
	for i := 0; i < inst.TypeArgs.Len(); i++ {
		t := inst.TypeArgs.At(i)
		if named, concrete := c.sessionNamedIn(t); named && concrete && hasMethods(t) {
			lost = t
			break
		}
	}
	pointerOnly := false
	if lost == nil {
		// A struct of the cells keeps its methods in a generic type's
		// method, but a pointer to a value of the type parameter has none
		// of them: any(&x).(Validator) failed for a *T with Validate.
		for i := 0; i < inst.TypeArgs.Len() && lost == nil; i++ {
			if t := inst.TypeArgs.At(i); c.ownStructWithPointerMethods(t) {
				lost, pointerOnly = t, true
			}
		}
	}
	if lost == nil {
		return
	}
	for _, fd := range c.methodDecls(obj) {
		if pointerOnly && (c.assertsOnPointerToParam(fd.Body) || compiledCallsMethods(lost) && c.handsToInterface(fd.Body, isPointerToParam)) {
			ts, _ := c.typeString(lost)
			c.fail(id, c.text(c.instanceExpr(id))+", an instance of a generic type whose method "+fd.Name.Name+" hands a pointer to a value of its type parameter to an interface (there the interpreter's *"+
				ts+" has none of "+ts+"'s methods),",
				"write "+fd.Name.Name+" as a generic function taking the "+obj.Name()+" (func "+fd.Name.Name+"[T any](s *"+obj.Name()+"[T])), which the session runs as a copy written for "+ts)
			return
		}
		if !pointerOnly && c.handsTypeParamToInterface(fd.Body) {
			ts, _ := c.typeString(lost)
			c.fail(id, c.text(c.instanceExpr(id))+", an instance of a generic type whose method "+fd.Name.Name+" hands values of its type parameter to an interface (there the interpreter holds a "+
				ts+" as a "+types.TypeString(lost.Underlying(), nil)+", without its methods),",
				"write "+fd.Name.Name+" as a generic function taking the "+obj.Name()+" (func "+fd.Name.Name+"[T any](s *"+obj.Name()+"[T])), which the session runs as a copy written for "+ts)
			return
		}
	}
}

// receiverType returns the generic type a method is declared on, or nil.
func (c *cell) receiverType(fd *ast.FuncDecl) *types.TypeName {
	if len(fd.Recv.List) != 1 {
		return nil
	}
	recv := fd.Recv.List[0].Type
	if star, ok := recv.(*ast.StarExpr); ok {
		recv = star.X
	}
	switch r := recv.(type) {
	case *ast.IndexExpr:
		recv = r.X
	case *ast.IndexListExpr:
		recv = r.X
	default:
		return nil
	}
	id, ok := recv.(*ast.Ident)
	if !ok {
		return nil
	}
	tn, _ := c.Info.Uses[id].(*types.TypeName)
	return tn
}

// handsTypeParamToInterface reports whether body converts a value whose
// type is spelled with a type parameter to an interface: as an argument
// of an interface parameter, in an explicit conversion, or assigned.
func (c *cell) handsTypeParamToInterface(body *ast.BlockStmt) bool {
	return c.handsToInterface(body, func(t types.Type) bool {
		_, concrete := c.sessionNamedIn(t)
		return !concrete
	})
}

// isPointerToParam reports a pointer to a type parameter's value.
func isPointerToParam(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && isParam(p.Elem())
}

// ownStructWithPointerMethods reports a struct type of the cells with
// methods only its pointer has.
func (c *cell) ownStructWithPointerMethods(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg {
		return false
	}
	if _, isStruct := named.Underlying().(*types.Struct); !isStruct {
		return false
	}
	return types.NewMethodSet(types.NewPointer(t)).Len() > types.NewMethodSet(t).Len()
}

// compiledCallsMethods reports whether t's pointer has methods that
// compiled code handed a *t calls (fmt's String, Error and Format,
// encoding/json's MarshalJSON, ...).
func compiledCallsMethods(t types.Type) bool {
	ms := types.NewMethodSet(types.NewPointer(t))
	for i := 0; i < ms.Len(); i++ {
		switch ms.At(i).Obj().Name() {
		case "String", "Error", "Format", "GoString", "MarshalJSON", "MarshalText", "UnmarshalJSON", "UnmarshalText":
			return true
		}
	}
	return false
}

// assertsOnPointerToParam reports whether body asserts on, or switches on
// the type of, a pointer to a type parameter's value converted to an
// interface (any(&x).(Validator)).
func (c *cell) assertsOnPointerToParam(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if ta, ok := n.(*ast.TypeAssertExpr); ok && !found {
			if conv, ok := ast.Unparen(ta.X).(*ast.CallExpr); ok && len(conv.Args) == 1 && c.Info.Types[conv.Fun].IsType() {
				found = isPointerToParam(c.Info.TypeOf(conv.Args[0]))
			}
		}
		return !found
	})
	return found
}

// handsToInterface reports whether body converts a value whose type
// withParam accepts to an interface: as an argument of an interface
// parameter, in an explicit conversion, or assigned.
func (c *cell) handsToInterface(body *ast.BlockStmt, accept func(types.Type) bool) bool {
	withParam := func(e ast.Expr) bool {
		t := c.Info.TypeOf(e)
		return t != nil && !types.IsInterface(t) && accept(t)
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if tv, ok := c.Info.Types[n.Fun]; ok && tv.IsType() {
				found = types.IsInterface(tv.Type) && len(n.Args) == 1 && withParam(n.Args[0])
				return !found
			}
			sig, ok := c.Info.TypeOf(n.Fun).(*types.Signature)
			if !ok {
				return true
			}
			if typeBlindFuncs[c.calleeName(n)] {
				return true
			}
			if _, storing := storingFuncs[c.calleeName(n)]; storing {
				// A container keeps the value for the method to take
				// out again, typed: where it is then printed is
				// checked there.
				return true
			}
			for i, arg := range n.Args {
				if p := paramType(sig, i, n.Ellipsis.IsValid()); p != nil && types.IsInterface(p) && withParam(arg) && !c.printsElems(n, arg) {
					found = true
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					if lt := c.Info.TypeOf(l); lt != nil && types.IsInterface(lt) && withParam(n.Rhs[i]) {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// paramType is the type the i-th argument of a call of sig is passed as.
func paramType(sig *types.Signature, i int, spread bool) types.Type {
	n := sig.Params().Len()
	if n == 0 {
		return nil
	}
	if sig.Variadic() && i >= n-1 {
		last := sig.Params().At(n - 1).Type()
		if spread {
			return last
		}
		if s, ok := last.Underlying().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	}
	if i >= n {
		return nil
	}
	return sig.Params().At(i).Type()
}

// instanceExpr returns the instantiation id names: Stack[Meters] for
// Stack.
func (c *cell) instanceExpr(id *ast.Ident) ast.Expr {
	switch p := nodeParents(c.File)[id].(type) {
	case *ast.IndexExpr:
		if p.X == id {
			return p
		}
	case *ast.IndexListExpr:
		if p.X == id {
			return p
		}
	}
	return id
}

// printsElems reports a slice of a type parameter's type that a call of
// fmt prints with %v, which the stand-in takes as a []any of its elements
// (values.go's paramElems) and prints right.
func (c *cell) printsElems(call *ast.CallExpr, arg ast.Expr) bool {
	s, ok := types.Unalias(c.Info.TypeOf(arg)).(*types.Slice)
	if !ok || !isParam(s.Elem()) || call.Ellipsis.IsValid() {
		return false
	}
	switch name := c.calleeName(call); name {
	case "fmt.Sprint", "fmt.Sprintln", "fmt.Print", "fmt.Println", "fmt.Fprint", "fmt.Fprintln":
		return true
	case "fmt.Sprintf", "fmt.Printf", "fmt.Fprintf":
		// With %v only: fmt.Sprintf("%v", w.data).
		f := fmtFuncs[name]
		tv := c.Info.Types[call.Args[f.first]]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return false
		}
		index := -1
		for i, a := range call.Args {
			if a == arg {
				index = i - f.first - 1
			}
		}
		found := false
		for _, d := range mirror.Directives(constant.StringVal(tv.Value)) {
			if d.Arg == index {
				if d.Verb != 'v' || d.Flags != "" {
					return false
				}
				found = true
			}
		}
		return found
	}
	return false
}

// typeBlindFuncs are compiled functions that take an interface{} argument
// and look only at its values' structure, never their types' names or
// methods: sort.Slice's swapper moves a []T's elements as they are.
var typeBlindFuncs = map[string]bool{
	"sort.Slice":         true,
	"sort.SliceStable":   true,
	"sort.SliceIsSorted": true,
	"reflect.Swapper":    true,
	"reflect.DeepEqual":  true,
}
