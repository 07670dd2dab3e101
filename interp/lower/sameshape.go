package lower

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// Two types of the cells with one structure (a Dog and a Cat of one
// field `name string`) are one type to reflect, and yaegi cannot tell
// them apart in an interface{}. In a value of an interface the cells
// declare (an Animal) it keeps the dynamic type, and its type switch
// tells them apart - but its assertion does not: a.(Cat) was true for a
// Dog. The assertion becomes that type switch:
//
//	c, ok := a.(Cat)   becomes
//	c, ok := func(x Animal) (Cat, bool) { switch v := x.(type) { case Cat: return v, true }; return *new(Cat), false }(a)
//
// and a single-value assertion panics as Go does for the types that may
// be there instead.

// ownInterfaceValue reports whether x is of a named interface type the
// cells declare, with methods.
func (c *cell) ownInterfaceValue(x ast.Expr) bool {
	return c.ownInterfaceType(c.Info.TypeOf(x))
}

// assertBySwitch writes x.(T), x of one of the cells' interfaces, as a type
// switch.
func (c *cell) assertBySwitch(n *ast.TypeAssertExpr) {
	xt, t := c.Info.TypeOf(n.X), c.Info.TypeOf(n.Type)
	xs, ok1 := c.typeString(xt)
	ts, ok2 := c.typeString(t)
	if !ok1 || !ok2 {
		c.fail(n, "a type assertion to "+c.text(n.Type)+" that this cell cannot spell", "switch on the value's type instead")
		return
	}
	qualify := func(t types.Type) string {
		return types.TypeString(t, func(p *types.Package) string { return p.Name() })
	}
	var b string
	if c.commaOk(n) {
		b = "func(x " + xs + ") (" + ts + ", bool) { switch v := x.(type) { case " + ts + ": return v, true }; return *new(" + ts + "), false }("
	} else {
		b = "func(x " + xs + ") " + ts + " { if x == nil { panic(_gbp.RuntimeError(" + strconv.Quote(nilAssertMessage(xt, t)) + ")) }; switch v := x.(type) { case " + ts + ": return v"
		// Go's message names the type the value holds.
		for _, other := range c.sessionTypes() {
			if types.Identical(other, t) || !types.AssignableTo(other, xt) {
				continue
			}
			if os, ok := c.typeString(other); ok {
				b += "; case " + os + ": panic(_gbp.RuntimeError(" + strconv.Quote("interface conversion: "+qualify(xt)+" is "+qualify(other)+", not "+qualify(t)) + "))"
			}
		}
		b += " }; panic(_gbp.RuntimeError(" + strconv.Quote("interface conversion: "+qualify(xt)+" is not "+qualify(t)) + ")) }("
	}
	c.insert(n.Pos(), b)
	c.replace(n.X.End(), n.End(), ")")
}

// lowerGenericTwin tells apart a generic type with methods whose
// structure is another generic type's (Stack[T] and Queue[T], both
// struct{ items []T }): yaegi keeps one type per structure for their
// instances, and gave `&Queue[int]{}` Stack's methods - q.Top() ran
// Stack's Top, silently. A struct tag is part of a struct type's identity
// and of nothing a program sees but reflect's Tag, so the type's first
// field gets one naming the type:
//
//	type Queue[T any] struct{ items []T }   becomes   type Queue[T any] struct{ items []T `gbp:"Queue"` }
//
// A twin without fields is left as it is (tagFirstField).
func (c *cell) lowerGenericTwin(spec *ast.TypeSpec) {
	if spec.TypeParams == nil {
		return
	}
	tn, ok := c.Info.Defs[spec.Name].(*types.TypeName)
	if !ok {
		return
	}
	mine := genericShape(tn)
	if mine == "" {
		return
	}
	scope := c.Pkg.Scope()
	for _, name := range scope.Names() {
		other, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || other == tn || other.IsAlias() || genericShape(other) != mine {
			continue
		}
		if !hasMethods(tn.Type()) && !hasMethods(other.Type()) {
			continue
		}
		if c.tagFirstField(spec, tn.Name()) {
			return
		}
		c.fail(spec, "a generic type "+tn.Name()+" of the same structure as the generic type "+other.Name()+
			" (the interpreter gives the instances of both one type, and the methods of one to the other)",
			"give "+tn.Name()+" or "+other.Name()+" a field the other does not have")
		return
	}
}

// tagFirstField adds the tag gbp:"name" to the first field of a struct
// type spec, and reports whether it could.
func (c *cell) tagFirstField(spec *ast.TypeSpec, name string) bool {
	st, ok := spec.Type.(*ast.StructType)
	if !ok || st.Fields == nil {
		return false
	}
	key := `gbp:"` + name + `"`
	if len(st.Fields.List) == 0 {
		// A struct without fields (stateless strategies: Euler[T] and
		// Midpoint[T]) has nothing to carry a tag, and needs none: its
		// instances share method names with the twin's, so each is made
		// in an evaluation of its own (premake.go), which keeps their
		// methods apart.
		return true
	}
	f := st.Fields.List[0]
	switch {
	case f.Tag == nil:
		c.insert(f.Type.End(), " `"+key+"`")
	case strings.HasPrefix(f.Tag.Value, "`"):
		c.insert(f.Tag.End()-1, " "+key)
	default:
		c.insert(f.Tag.End()-1, " "+strings.ReplaceAll(key, `"`, `\"`))
	}
	return true
}

// genericShape is the structure of a generic struct type's instance with
// placeholder type arguments ("" for other types).
func genericShape(tn *types.TypeName) string {
	named, ok := tn.Type().(*types.Named)
	if !ok || named.TypeParams().Len() == 0 {
		return ""
	}
	if _, isStruct := named.Underlying().(*types.Struct); !isStruct {
		return ""
	}
	args := make([]types.Type, named.TypeParams().Len())
	for i := range args {
		args[i] = types.NewArray(types.Typ[types.Int], int64(1000+i)) // no field has this type
	}
	inst, err := types.Instantiate(nil, named, args, false)
	if err != nil {
		return ""
	}
	return strconv.Itoa(len(args)) + ":" + shape(inst.Underlying())
}
