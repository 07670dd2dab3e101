package lower

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// A struct of the cells that embeds an interface of a compiled package
// with methods - sort.Reverse's own trick, `type reverse struct{
// sort.Interface }`, or `struct{ io.ReadCloser }` - crashed yaegi once a
// value of it went into an interface ("reflect: StructOf does not support
// methods of embedded interfaces"). The field gets its name written out,
// and the methods it promoted become methods of the struct that call it:
//
//	type reverse struct{ sort.Interface }   becomes
//	type reverse struct{ Interface sort.Interface }; func (_gbpE reverse) Len() int { return _gbpE.Interface.Len() }; ...
//
// r.Interface, reverse{x} and reverse{Interface: x} read as before, and
// a method the cells declare (Less) is left out: it is the struct's own.

// lowerEmbeddedCompiledInterface handles a top-level type declaration.
func (c *cell) lowerEmbeddedCompiledInterface(spec *ast.TypeSpec) {
	decl, ok := c.parent().(*ast.GenDecl)
	if !ok || len(c.stack) > 2 || spec.TypeParams != nil || spec.Assign.IsValid() {
		return
	}
	st, ok := spec.Type.(*ast.StructType)
	if !ok {
		return
	}
	tn, ok := c.Info.Defs[spec.Name].(*types.TypeName)
	if !ok {
		return
	}
	named, ok := tn.Type().(*types.Named)
	if !ok {
		return
	}
	var names, methods []string
	var at []ast.Expr
	index := 0
	for _, f := range st.Fields.List {
		if len(f.Names) > 0 {
			index += len(f.Names)
			continue
		}
		fieldName, ok := c.compiledInterfaceField(f.Type)
		if !ok {
			fieldName, ok = c.ownInterfaceField(f.Type)
		}
		iface := ok
		ft := c.Info.TypeOf(f.Type)
		if !ok && (st.Fields.NumFields() > 1 || index > 0 || named.NumMethods() > 0 && !isPointer(ft) || !isPointer(ft) && pointerMethodsOnly(ft)) {
			// A struct of that one field and no methods of its own
			// keeps it embedded: yaegi's reflect type then has its
			// methods. (With a method, `type pipe struct{ bytes.Buffer
			// }` was no io.Writer; `struct{ *strings.Reader }` with one
			// was an io.Reader only embedded.)
			fieldName, ok = c.compiledMethodsField(f.Type)
		}
		if ok {
			forwards, ok := c.forwardingMethods(named, spec.Name.Name, index, fieldName, !iface)
			if !ok {
				return // a signature the cell cannot spell: left as it was
			}
			names, at = append(names, fieldName), append(at, f.Type)
			methods = append(methods, forwards...)
		}
		index++
	}
	if len(names) == 0 {
		return
	}
	for i, e := range at {
		c.insert(e.Pos(), names[i]+" ")
	}
	c.insert(decl.End(), "; "+strings.Join(methods, "; "))
}

// compiledInterfaceField reports whether an embedded field's type is an
// interface with methods of a compiled package, and the field's name.
func (c *cell) compiledInterfaceField(e ast.Expr) (string, bool) {
	named, ok := types.Unalias(c.Info.TypeOf(e)).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == c.Pkg || named.TypeArgs().Len() > 0 {
		return "", false
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return "", false
	}
	return named.Obj().Name(), true
}

// ownInterfaceField reports whether an embedded field's type is an
// interface with methods the cells declare, and the field's name: yaegi
// left the methods it promotes out of the struct's method set where it
// checks a type assertion ("impossible type assertion: *readOnly does not
// implement Store (missing Get method)"); written out as forwarding
// methods, they are in.
func (c *cell) ownInterfaceField(e ast.Expr) (string, bool) {
	named, ok := types.Unalias(c.Info.TypeOf(e)).(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg || named.TypeArgs().Len() > 0 || named.TypeParams().Len() > 0 {
		return "", false
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return "", false
	}
	return named.Obj().Name(), true
}

// compiledMethodsField reports whether an embedded field's type is a
// struct type of a compiled package with methods and no exported fields
// (*bytes.Buffer, strings.Builder, sync.Mutex), or a pointer to one, and
// the field's name. yaegi gave a struct embedding one a reflect type with
// a named field and no methods, and panicked when a value of it went into
// an interface of those methods (reflect.Set: ... not assignable to type
// io.Writer); written out with forwarding methods, it goes in. Without
// exported fields, nothing reaches through the embedding but methods.
func (c *cell) compiledMethodsField(e ast.Expr) (string, bool) {
	t := types.Unalias(c.Info.TypeOf(e))
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == c.Pkg || named.TypeArgs().Len() > 0 {
		return "", false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || types.NewMethodSet(types.NewPointer(named)).Len() == 0 {
		return "", false
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Exported() {
			return "", false
		}
	}
	return named.Obj().Name(), true
}

// forwardingMethods writes the methods the struct t promotes from its
// field number index (named field): those its method set takes from the
// field directly, not the ones the cells declare or another field's. A
// method only *t has gets a pointer receiver. With skip, a method whose
// signature the cell cannot spell is left out rather than the whole.
func (c *cell) forwardingMethods(t *types.Named, name string, index int, field string, skip bool) ([]string, bool) {
	var out []string
	values := types.NewMethodSet(t)
	ms := types.NewMethodSet(types.NewPointer(t))
methods:
	for i := range ms.Len() {
		sel := ms.At(i)
		path := sel.Index()
		if len(path) != 2 || path[0] != index || !sel.Obj().Exported() {
			continue
		}
		recv := name
		if values.Lookup(sel.Obj().Pkg(), sel.Obj().Name()) == nil {
			recv = "*" + name
		}
		sig := sel.Obj().Type().(*types.Signature)
		var params, args []string
		for j := range sig.Params().Len() {
			ts, ok := c.typeString(sig.Params().At(j).Type())
			if !ok && skip {
				continue methods
			}
			if !ok {
				return nil, false
			}
			p := "p" + strconv.Itoa(j)
			if sig.Variadic() && j == sig.Params().Len()-1 {
				ts = "..." + strings.TrimPrefix(ts, "[]")
				p += "..."
			}
			params = append(params, "p"+strconv.Itoa(j)+" "+ts)
			args = append(args, p)
		}
		var results []string
		for j := range sig.Results().Len() {
			ts, ok := c.typeString(sig.Results().At(j).Type())
			if !ok && skip {
				continue methods
			}
			if !ok {
				return nil, false
			}
			results = append(results, ts)
		}
		m := sel.Obj().Name()
		call := "_gbpE." + field + "." + m + "(" + strings.Join(args, ", ") + ")"
		if len(results) > 0 {
			call = "return " + call
		}
		out = append(out, "func (_gbpE "+recv+") "+m+"("+strings.Join(params, ", ")+") ("+strings.Join(results, ", ")+") { "+call+" }")
	}
	return out, true
}

// pointerMethodsOnly reports a type with methods that only its pointer
// has (strings.Builder's Write): embedded by value alone, yaegi's reflect
// type of the struct did not promote them, and a *upperBuf was no
// io.Writer.
func pointerMethodsOnly(t types.Type) bool {
	return types.NewMethodSet(types.NewPointer(t)).Len() > types.NewMethodSet(t).Len()
}
