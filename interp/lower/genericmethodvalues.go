package lower

import (
	"go/ast"
	"go/types"
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
	if lost == nil {
		return
	}
	for _, fd := range c.methodDecls(obj) {
		if c.handsTypeParamToInterface(fd.Body) {
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
	withParam := func(e ast.Expr) bool {
		t := c.Info.TypeOf(e)
		if t == nil || types.IsInterface(t) {
			return false
		}
		_, concrete := c.sessionNamedIn(t)
		return !concrete
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
	switch c.calleeName(call) {
	case "fmt.Sprint", "fmt.Sprintln", "fmt.Print", "fmt.Println", "fmt.Fprint", "fmt.Fprintln":
		return true
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
