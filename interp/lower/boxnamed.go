package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
)

// A value of a named type of the cells that is not a struct (type Celsius
// float64) is, to yaegi, a value of its underlying type once it is in an
// interface{}: any(Celsius(2)) == any(2.0) was true, and a type switch
// with both `case float64:` and `case Celsius:` had to be refused. The
// lowering boxes it where Go converts it to interface{}, in a compiled
// mirror.Named that keeps its type's name:
//
//	describe(Celsius(21))   becomes   describe(_gbp.NamedBoxer(1, desc, calls...)(Celsius(21)))
//
// and takes it out where the cell asks for the type:
//
//	c, ok := x.(Celsius)   becomes   c, ok := func(x any) (Celsius, bool) { r, ok := _gbp.UnboxAs(x, "main.Celsius"); if !ok { return *new(Celsius), false }; return r.(Celsius), true }(x)
//
// fmt, encoding/json and reflect see boxes through mirror's stand-ins. A
// value that reaches an interface{} another way - through compiled code
// (container/list), or converted from a type parameter - is not boxed and
// stays its underlying type's.

// boxedNamed reports whether t is a type whose values the lowering boxes
// in an interface{}.
func (c *cell) boxedNamed(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		// A pointer to a struct with a twin (boxtwins.go).
		elem, ok := types.Unalias(p.Elem()).(*types.Named)
		return ok && elem.Obj().Pkg() == c.Pkg && elem.TypeParams().Len() == 0 && elem.TypeArgs().Len() == 0 && c.twinStruct(elem)
	}
	switch u := types.Unalias(t).(type) {
	case *types.Slice, *types.Array, *types.Map:
		return c.boxedComposite(u)
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg || named.TypeParams().Len() > 0 || named.TypeArgs().Len() > 0 {
		return false
	}
	switch named.Underlying().(type) {
	case *types.Interface, *types.Pointer:
		return false
	case *types.Struct:
		if !c.twinStruct(named) {
			return false // yaegi keeps its type (boxtwins.go)
		}
	}
	return !types.Implements(named, errorType.Underlying().(*types.Interface)) && !c.boxedError(t)
}

// boxedComposite reports whether t, an unnamed slice, array or map, holds
// values of a named non-struct type of the cells: []Color is []int to
// yaegi, and in an interface{} it printed and encoded without Color's
// String and MarshalText, and matched `case []int:`. A composite of
// structs keeps a structure of its own, which the resolvers tell apart.
func (c *cell) boxedComposite(t types.Type) bool {
	if hasTypeParam(t) || compositeOfStruct(t) {
		return false
	}
	found := false
	var walk func(t types.Type)
	walk = func(t types.Type) {
		switch u := types.Unalias(t).(type) {
		case *types.Slice:
			walk(u.Elem())
		case *types.Array:
			walk(u.Elem())
		case *types.Map:
			walk(u.Key())
			walk(u.Elem())
		case *types.Named:
			if _, isStruct := u.Underlying().(*types.Struct); !isStruct && c.boxedNamed(u) {
				found = true
			}
		}
	}
	walk(t)
	return found
}

// namedBoxer returns the call that boxes a value of t, or "".
func (c *cell) namedBoxer(t types.Type, pos token.Pos) string {
	if !c.boxedNamed(t) {
		return ""
	}
	return c.tableBoxer(t, pos, "_gbp.NamedBoxer")
}

// boxNamed boxes e where Go converts it to target, an interface{}. It
// reports whether it did.
func (c *cell) boxNamed(target types.Type, e ast.Expr) bool {
	if target == nil || !isEmptyInterface(target) || !c.inCell(e.Pos()) {
		return false
	}
	if c.boxedExprs[e] {
		return true // an explicit any(x) that is also an argument
	}
	t := c.Info.TypeOf(e)
	if t == nil || c.Info.Types[e].IsNil() || !c.boxedNamed(t) {
		return false
	}
	boxer := c.namedBoxer(t, e.Pos())
	if boxer == "" {
		return false
	}
	c.insert(e.Pos(), boxer+"(")
	c.insert(e.End(), ")")
	if c.boxedExprs == nil {
		c.boxedExprs = map[ast.Expr]bool{}
	}
	c.boxedExprs[e] = true
	return true
}

// namedAssert writes x.(T) for T a boxed type and x an interface{}. It
// reports whether it did.
func (c *cell) namedAssert(n *ast.TypeAssertExpr) bool {
	if n.Type == nil {
		return false
	}
	if c.boxAssert(n) {
		return true
	}
	t, xt := c.Info.TypeOf(n.Type), c.Info.TypeOf(n.X)
	if !isEmptyInterface(xt) || !c.boxedNamed(t) {
		return false
	}
	ts, ok := c.typeString(t)
	if !ok {
		return false
	}
	name := strconv.Quote(reflectName(t))
	if c.commaOk(n) {
		c.insert(n.Pos(), "func(x any) ("+ts+", bool) { r, ok := _gbp.UnboxAs(x, "+name+"); if !ok { return *new("+ts+"), false }; return r.("+ts+"), true }(")
	} else {
		c.insert(n.Pos(), "func(x any) "+ts+" { return _gbp.MustUnboxAs(x, "+name+").("+ts+") }(")
	}
	c.replace(n.X.End(), n.End(), ")")
	return true
}

// boxNamedCases boxes the values of a switch's cases on an interface{}
// tag: switch a { case MyInt(1): } compares a with a box.
func (c *cell) boxNamedCases(n *ast.SwitchStmt) {
	if n.Tag == nil || !isEmptyInterface(c.Info.TypeOf(n.Tag)) {
		return
	}
	for _, cl := range n.Body.List {
		for _, e := range cl.(*ast.CaseClause).List {
			c.boxNamed(c.Info.TypeOf(n.Tag), e)
		}
	}
}

// storingFuncs are compiled functions that keep an interface{} argument
// and hand it back to the cell later, with the indexes of those
// arguments (nil: all): a value of a named non-struct type passed there is
// boxed as the cell's own conversion would box it, so that
// ctx.Value(k).(UserID) and a sync.Map's Load find the type (yaegi gave
// compiled code the underlying value, and the assertion was false). A
// sync.Map's keys are boxed wherever they are passed, so that they stay
// equal. Functions that only look at the value (fmt, encoding/json,
// reflect) get stand-ins instead (values.go), and a context's keys are
// lowerContextKey's.
var storingFuncs = map[string][]int{
	"context.WithValue":                   {2},
	"(*sync.Map).Store":                   nil,
	"(*sync.Map).Load":                    nil,
	"(*sync.Map).LoadOrStore":             nil,
	"(*sync.Map).LoadAndDelete":           nil,
	"(*sync.Map).Delete":                  nil,
	"(*sync.Map).Swap":                    nil,
	"(*sync.Map).CompareAndSwap":          nil,
	"(*sync.Map).CompareAndDelete":        nil,
	"(*sync.Pool).Put":                    nil,
	"(*sync/atomic.Value).Store":          nil,
	"(*sync/atomic.Value).Swap":           nil,
	"(*sync/atomic.Value).CompareAndSwap": nil,
	"(*container/list.List).PushBack":     nil,
	"(*container/list.List).PushFront":    nil,
	"(*container/list.List).InsertBefore": nil,
	"(*container/list.List).InsertAfter":  nil,
	"container/heap.Push":                 nil,
}

// boxStoredArgs boxes the arguments of a call of a storing function.
func (c *cell) boxStoredArgs(n *ast.CallExpr, sig *types.Signature) {
	which, ok := storingFuncs[c.calleeName(n)]
	if !ok || n.Ellipsis.IsValid() {
		return
	}
	for i, arg := range n.Args {
		if i < sig.Params().Len() && (which == nil || slices.Contains(which, i)) {
			c.boxNamed(sig.Params().At(i).Type(), arg)
		}
	}
}
