package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"hash/fnv"
	"strings"
)

// Inside the body of a generic function or method the candidates of a
// stand-in leave out the instances of the session's generic types: yaegi
// fails on a type assertion naming one there (CFG post-order panic). But
// a stand-in made without them hands an instance that reaches it to fmt
// as a bare struct, and its String method is lost:
//
//	func (o Option[T]) String() string { return fmt.Sprintf("Some(%v)", o.val) }
//
// printed Some({5 true}) for Some(Some(5)) once the cell also printed an
// []Option[int] (which made the stand-in necessary). Named outside the
// body, at the top level, the instances are fine: the cell registers the
// table's callbacks in a statement at its end, and the stand-in in the
// body looks them up when it runs.
//
//	_gbp.StandIn(o.val, 1, desc, func(v any, ...) ... v.(Option[int]) ...)
//
// becomes
//
//	func (o Option[T]) String() string {
//		... _gbp.StandIn(o.val, 1, desc, _gbp.Hoisted("1a2b3c4d")...) ...
//	}
//	...
//	func() { { var _gbpInst1 Option[int]; _ = _gbpInst1 } }(); func() { _gbp.Hoist("1a2b3c4d", func(v any, ...) ... v.(Option[int]) ...) }()

// genericInstances returns the instances of the session's generic types
// (and pointers to them) that may be in an interface of type t at the
// table's place, when that place is a generic function's body, the other
// candidates call for a stand-in, and its callbacks can be hoisted (none
// names a type declared in a function or a type parameter). It marks the
// table hoisted.
func (tb *table) genericInstances(t types.Type, cands []types.Type) []types.Type {
	c := tb.c
	if len(cands) == 0 || !c.inGenericFunc(tb.pos) || c.isCellType(t) || c.topDeclAt(tb.pos) == nil {
		return nil
	}
	for _, cand := range cands {
		if anyType(cand, c.isLocalNamed) || hasTypeParam(cand) {
			return nil
		}
	}
	iface := t.Underlying().(*types.Interface)
	var out []types.Type
	for _, n := range c.allInstances() {
		if nestsManyTypeArgs(n) || manyTypeArgs(n) && types.NewMethodSet(types.NewPointer(n)).Len() > types.NewMethodSet(n).Len() {
			// (The callbacks of one with pointer methods name its
			// pointer, which fails there as below.)
			continue
		}
		for _, cand := range []types.Type{n, types.NewPointer(n)} {
			if isPointer(cand) && manyTypeArgs(n) {
				// yaegi fails on *Pair[int, string] in an evaluation
				// after the one that made the instance.
				continue
			}
			if types.Implements(cand, iface) && tb.nameable(cand) {
				out = append(out, cand)
			}
		}
	}
	if len(out) > 0 {
		tb.hoisted = true
	}
	return out
}

// isLocalNamed reports a named type declared inside a function.
func (c *cell) isLocalNamed(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Parent() != nil && n.Obj().Parent() != c.Pkg.Scope()
}

// topDeclAt returns the cell's top-level declaration around pos.
func (c *cell) topDeclAt(pos token.Pos) ast.Decl {
	for _, d := range c.File.Decls {
		if d.Pos() <= pos && pos < d.End() && c.inCell(d.Pos()) {
			return d
		}
	}
	return nil
}

// hoistCalls registers the callbacks calls under a key, in a statement
// before the cell's first top-level statement, or at its end (before its
// init functions and main run), and returns what the body passes instead
// of them. Statements before it make the instances makes, each in an
// evaluation of its own (as premake.go's aliases do), once the generic
// types' methods are all declared - an alias would be declared as soon
// as its type, before a method that waits for a variable. The key is the hash of the callbacks' text:
// the same table twice in a cell is registered once.
//
// (A function or variable of the package holding the callbacks would do,
// were it not evaluated with the generic type, whose methods call it, and
// with every instance it names at once: yaegi then shares the methods of
// Option[string] and Result[string].)
func (c *cell) hoistCalls(makes []types.Type, calls []string) string {
	text := strings.Join(calls, ", ")
	h := fnv.New64a()
	h.Write([]byte(text))
	key := fmt.Sprintf("%x", h.Sum64())
	if c.hoistedCalls == nil {
		c.hoistedCalls = map[string]bool{}
	}
	if c.hoistedCalls[key] {
		return "_gbp.Hoisted(\"" + key + "\")..."
	}
	c.hoistedCalls[key] = true
	var b strings.Builder
	for _, t := range makes {
		spelled, ok := c.typeString(t)
		if ok && !nestsManyTypeArgs(t) && !c.hoistedCalls[spelled] {
			c.hoistedCalls[spelled] = true
			b.WriteString("func() { " + c.instanceMaker(spelled) + "}(); ")
		}
	}
	b.WriteString("func() { _gbp.Hoist(\"" + key + "\", " + text + ") }()")
	if c.Body != nil && len(c.Body.Body.List) > 0 {
		// Before the cell's first top-level statement, which may call
		// the generic function.
		c.insert(c.Body.Body.List[0].Pos(), b.String()+"; ")
	} else {
		c.registrations = append(c.registrations, b.String())
	}
	return "_gbp.Hoisted(\"" + key + "\")..."
}
