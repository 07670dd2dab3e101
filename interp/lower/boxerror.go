package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A struct of a cell's type that is an error by value (func (e T) Error())
// went wrong once the cell's code stored it in an error: yaegi's wrapper
// keeps only the struct's last field, so %T, %+v and errors.As lost its
// type, err.(T) and `case T:` never matched, and err == T{...} or two
// such errors compared with == were silently false. The lowering boxes it
// where Go converts it to error, in a compiled mirror.Boxed that keeps the
// value and its type and compares as Go does:
//
//	return StatusError{404, "nf"}   becomes   return _gbp.Boxer(1, desc, calls...)(StatusError{404, "nf"})
//
// and takes it out of the box where the cell asks for the type again:
//
//	se, ok := err.(StatusError)   becomes   se, ok := _gbp.Unbox(err).(StatusError)
//
// The errors package and fmt already see the cell's errors through
// mirror's stand-ins, which know boxes. An error of a named non-struct
// type (type Errno int) is boxed too: yaegi's wrapper held no value for
// it, so err == Errno(2) panicked comparing the wrappers.

// boxedError reports whether t is a type whose values the lowering boxes
// as errors.
func (c *cell) boxedError(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg || named.TypeParams().Len() > 0 {
		return false
	}
	switch named.Underlying().(type) {
	case *types.Interface, *types.Pointer:
		return false
	}
	return types.Implements(named, errorType.Underlying().(*types.Interface))
}

// boxError boxes e where Go converts it to target: an error by value
// where it becomes an error, a value with String where it becomes a
// fmt.Stringer (boxstringer.go).
func (c *cell) boxError(target types.Type, e ast.Expr) {
	if target == nil || !c.inCell(e.Pos()) || c.Info.Types[e].IsNil() {
		return
	}
	t := c.Info.TypeOf(e)
	if !c.boxedFor(target, t) {
		return
	}
	if c.rebuilt(e) {
		return // yaegi's wrapper, as before: the stand-ins say what is lost
	}
	boxer := c.errorBoxer(t, e.Pos())
	if !types.Identical(target, errorType) {
		boxer = c.tableBoxer(t, e.Pos(), "_gbp.StringerBoxer")
	}
	if boxer != "" {
		c.insert(e.Pos(), boxer+"(")
		c.insert(e.End(), ")")
	}
}

// lowerBoxedCompare boxes the value side of err == T{...}.
func (c *cell) lowerBoxedCompare(n *ast.BinaryExpr) {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return
	}
	c.boxError(c.Info.TypeOf(n.X), n.Y)
	c.boxError(c.Info.TypeOf(n.Y), n.X)
	c.boxNamed(c.Info.TypeOf(n.X), n.Y)
	c.boxNamed(c.Info.TypeOf(n.Y), n.X)
}

// unboxSubject takes x, of an interface type, out of its box for an
// assertion or a case on a type the lowering boxes.
func (c *cell) unboxSubject(x, e ast.Expr) bool {
	xt := c.Info.TypeOf(x)
	t := c.Info.TypeOf(e)
	if xt == nil || t == nil || !types.IsInterface(xt) {
		return false
	}
	if c.boxedError(t) && (types.AssignableTo(errorType, xt) || types.AssignableTo(xt, errorType)) {
		return true
	}
	return false
}

// wrappedPointer reports x, of an interface of a compiled package, and e
// a pointer type of the cells': compiled code may hand back such a
// pointer (fmt.Errorf's %w, then Unwrap) in yaegi's wrapper of that
// interface, and the assertion was false.
func (c *cell) wrappedPointer(x, e ast.Expr) bool {
	xt, t := c.Info.TypeOf(x), c.Info.TypeOf(e)
	if xt == nil || t == nil {
		return false
	}
	_, isPtr := t.(*types.Pointer)
	return isPtr && c.sessionType(t) && compiledInterface(xt)
}

// compiledInterface reports error or an interface with methods of a
// compiled package (fmt.Stringer, io.Reader).
func compiledInterface(t types.Type) bool {
	if types.Identical(t, errorType) {
		return true
	}
	n, ok := types.Unalias(t).(*types.Named)
	iface, isIface := t.Underlying().(*types.Interface)
	return ok && isIface && iface.NumMethods() > 0 && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != "main"
}

// lowerUnboxAssert handles x.(T).
func (c *cell) lowerUnboxAssert(n *ast.TypeAssertExpr) bool {
	if n.Type == nil {
		return false
	}
	// A pointer in a compiled interface, asserted in a comma-ok form
	// (lowerTypedNilAssert and lowerNilAssert unbox it in what they
	// write for an error, a fmt.Stringer and a single value).
	wrapped := c.wrappedPointer(n.X, n.Type) && !c.typedNilCase(n.X, n.Type) && c.commaOk(n)
	if !wrapped && !c.unboxSubject(n.X, n.Type) {
		return false
	}
	c.insert(n.X.Pos(), "_gbp.Unbox(")
	c.insert(n.X.End(), ")")
	return true
}

// lowerBoxedIndex boxes the key of m[T{...}] for a map keyed by error.
func (c *cell) lowerBoxedIndex(n *ast.IndexExpr) {
	if t := c.Info.TypeOf(n.X); t != nil {
		if m, ok := t.Underlying().(*types.Map); ok {
			c.boxError(m.Key(), n.Index)
			c.boxNamed(m.Key(), n.Index)
		}
	}
}
