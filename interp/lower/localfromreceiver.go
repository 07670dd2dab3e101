package lower

import (
	"go/ast"
	"go/types"
)

// A type declared inside a method from the method's own struct type, as
// a String or MarshalJSON method does to drop the methods,
//
//	func (s Secret) String() string { type plain Secret; p := plain(s); ... p.Name ... }
//
// made yaegi panic on the first field it selected (its copy of the
// struct had no fields yet). The local type gets the struct written out,
// the same underlying type:
//
//	type plain struct{ Name string; key string }

// lowerLocalFromReceiver writes out the struct of a local type declared
// from the struct type of the enclosing method's receiver.
func (c *cell) lowerLocalFromReceiver(spec *ast.TypeSpec) {
	if spec.Assign.IsValid() || spec.TypeParams != nil {
		return
	}
	recv := c.enclosingReceiver()
	if recv == nil {
		return
	}
	named, ok := c.Info.TypeOf(spec.Type).(*types.Named)
	if !ok || named.Obj() != recv.Obj() || named.TypeArgs().Len() > 0 {
		return
	}
	if _, isStruct := named.Underlying().(*types.Struct); !isStruct {
		return
	}
	if s, ok := c.typeString(named.Underlying()); ok {
		c.replace(spec.Type.Pos(), spec.Type.End(), s)
	}
}

// enclosingReceiver returns the named type of the method whose body is
// being visited, nil outside methods.
func (c *cell) enclosingReceiver() *types.Named {
	for i := len(c.stack) - 1; i >= 0; i-- {
		fd, ok := c.stack[i].(*ast.FuncDecl)
		if !ok {
			continue
		}
		if fd.Recv == nil || len(fd.Recv.List) == 0 {
			return nil
		}
		t := c.Info.TypeOf(fd.Recv.List[0].Type)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		named, _ := t.(*types.Named)
		return named
	}
	return nil
}
