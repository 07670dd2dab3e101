package lower

import (
	"go/ast"
	"go/types"
	"strconv"
)

// lowerXMLRoot names the root element of a value of a cell's struct type
// that encoding/xml marshals, when the type has no XMLName field: Go names
// the element after the type (<Price>), and yaegi's type has no name, so
// xml.Marshal returned "xml: unsupported type: struct {...}". The value's
// fields go in a struct whose XMLName says the name:
//
//	xml.Marshal(p)   becomes
//	xml.Marshal(func(v Price) any { return struct { XMLName xml.Name; Currency string "xml:\"currency,attr\""; ... }{xml.Name{Local: "Price"}, v.Currency, ...} }(p))
func (c *cell) lowerXMLRoot(call *ast.CallExpr) {
	switch c.calleeName(call) {
	case "encoding/xml.Marshal", "encoding/xml.MarshalIndent", "(*encoding/xml.Encoder).Encode":
	case "encoding/xml.Unmarshal":
		if len(call.Args) == 2 {
			c.refuseXMLEmbedding(call.Args[1])
		}
		return
	case "(*encoding/xml.Decoder).Decode", "(*encoding/xml.Decoder).DecodeElement", "(*encoding/xml.Encoder).EncodeElement":
		if len(call.Args) > 0 {
			c.refuseXMLEmbedding(call.Args[0])
		}
		return
	default:
		return
	}
	if len(call.Args) == 0 {
		return
	}
	if c.refuseXMLEmbedding(call.Args[0]); c.err != nil {
		return
	}
	arg := call.Args[0]
	t := c.Info.TypeOf(arg)
	if t == nil {
		return
	}
	embedded := t // the argument's type, a pointer or not
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg || named.TypeArgs().Len() > 0 {
		return
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == "XMLName" {
			return // the field names the element
		}
	}
	ts, ok1 := c.typeString(embedded)
	ns, ok2 := c.typeString(xmlNameType(c.Pkg))
	if !ok1 || !ok2 {
		return
	}
	// The exported fields, with their tags, copied: yaegi's struct did
	// not embed the value as encoding/xml embeds (it made a <Price>
	// inside the <Price>). Unexported fields are not encoded anyway.
	fields, values := "XMLName "+ns, ns+"{Local: "+strconv.Quote(named.Obj().Name())+"}"
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Exported() {
			continue
		}
		fs, ok := c.typeString(f.Type())
		if !ok || f.Embedded() {
			return
		}
		fields += "; " + f.Name() + " " + fs
		if tag := st.Tag(i); tag != "" {
			fields += " " + strconv.Quote(tag)
		}
		values += ", v." + f.Name()
	}
	nilCase := ""
	if _, isPtr := embedded.(*types.Pointer); isPtr {
		nilCase = "if v == nil { return nil }; "
	}
	c.insert(arg.Pos(), "func(v "+ts+") any { "+nilCase+"return struct { "+fields+" }{"+values+"} }(")
	c.insert(arg.End(), ")")
}

// refuseXMLEmbedding fails on a value for encoding/xml whose type holds
// a cell's struct type with an embedded field. yaegi's struct type does not
// mark the field embedded, so encoding/xml wrote an element for it instead
// of its fields, and decoding left the promoted fields empty: a wrong
// answer with no error.
func (c *cell) refuseXMLEmbedding(arg ast.Expr) {
	seen := map[types.Type]bool{}
	var outer, embedded string
	var walk func(t types.Type) bool
	walk = func(t types.Type) bool {
		t = types.Unalias(t)
		if seen[t] {
			return false
		}
		seen[t] = true
		switch u := t.(type) {
		case *types.Pointer:
			return walk(u.Elem())
		case *types.Slice:
			return walk(u.Elem())
		case *types.Array:
			return walk(u.Elem())
		case *types.Map:
			return walk(u.Elem())
		case *types.Named:
			st, ok := u.Underlying().(*types.Struct)
			if !ok || u.Obj().Pkg() != c.Pkg {
				return false
			}
			for i := 0; i < st.NumFields(); i++ {
				if f := st.Field(i); f.Embedded() {
					outer, embedded = u.Obj().Name(), f.Name()
					return true
				}
			}
			for i := 0; i < st.NumFields(); i++ {
				if walk(st.Field(i).Type()) {
					return true
				}
			}
		case *types.Struct:
			for i := 0; i < u.NumFields(); i++ {
				if walk(u.Field(i).Type()) {
					return true
				}
			}
		}
		return false
	}
	if t := c.Info.TypeOf(arg); t != nil && walk(t) {
		c.fail(arg, "encoding/xml with "+outer+", which embeds "+embedded+" (encoding/xml would not see the field as embedded here, and would write or read it as an element of its own)",
			"declare "+embedded+"'s fields in "+outer+" itself")
	}
}

// xmlNameType returns encoding/xml's Name as the package imports it.
func xmlNameType(pkg *types.Package) types.Type {
	for _, p := range pkg.Imports() {
		if p.Path() == "encoding/xml" {
			if tn, ok := p.Scope().Lookup("Name").(*types.TypeName); ok {
				return tn.Type()
			}
		}
	}
	return types.Typ[types.Invalid]
}
