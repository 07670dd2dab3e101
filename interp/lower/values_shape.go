package lower

// How yaegi sees a type: the shape of the value it builds (its structure,
// which decides what a type assertion on interface{} matches) and the
// name reflect gives it, written from the checker's types.

import (
	"go/types"
	"strconv"
	"strings"
)

func isPointer(t types.Type) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}

// structShape reports whether a type's values are structs or pointers to
// structs, which no compiled value in an interface{} shares with it.
func structShape(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// shape is the type yaegi makes for t, as a string: the cell's types by
// their structure, unexported fields with an X.
func shape(t types.Type) string {
	var b strings.Builder
	writeShape(&b, t, map[types.Type]bool{})
	return b.String()
}

func writeShape(b *strings.Builder, t types.Type, seen map[types.Type]bool) {
	t = types.Unalias(t)
	if n, ok := t.(*types.Named); ok {
		_, isIface := n.Underlying().(*types.Interface)
		if !isIface && n.Obj().Pkg() != nil && n.Obj().Pkg().Name() == "main" {
			if seen[t] {
				b.WriteString("<cycle>")
				return
			}
			seen[t] = true
			defer delete(seen, t)
			writeShape(b, n.Underlying(), seen)
			return
		}
		if isIface {
			if n.Obj().Pkg() != nil && n.Obj().Pkg().Name() == "main" {
				b.WriteString("valueInterface")
				return
			}
		}
		b.WriteString(reflectName(t))
		return
	}
	switch x := t.(type) {
	case *types.Pointer:
		b.WriteString("*")
		writeShape(b, x.Elem(), seen)
	case *types.Slice:
		b.WriteString("[]")
		writeShape(b, x.Elem(), seen)
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(x.Len(), 10) + "]")
		writeShape(b, x.Elem(), seen)
	case *types.Map:
		b.WriteString("map[")
		writeShape(b, x.Key(), seen)
		b.WriteString("]")
		writeShape(b, x.Elem(), seen)
	case *types.Struct:
		b.WriteString("struct {")
		for i := 0; i < x.NumFields(); i++ {
			f := x.Field(i)
			name := f.Name()
			if !f.Exported() {
				name = "X" + name
			}
			b.WriteString(" " + name + " ")
			writeShape(b, f.Type(), seen)
			b.WriteString(" " + strconv.Quote(x.Tag(i)) + ";")
		}
		b.WriteString(" }")
	default:
		b.WriteString(reflectName(t))
	}
}

// reflectName writes a type as reflect's String does: main.P,
// []uint8, struct { X int }, interface {}.
func reflectName(t types.Type) string {
	var b strings.Builder
	writeReflectName(&b, t)
	return b.String()
}

func writeReflectName(b *strings.Builder, t types.Type) { writeNameIn(b, t, false) }

// writeNameIn is writeReflectName inside a type argument (inArgs), where
// gc numbers a type declared in a function (localnames.go).
func writeNameIn(b *strings.Builder, t types.Type, inArgs bool) {
	t = types.Unalias(t)
	switch x := t.(type) {
	case *types.Basic:
		if x.Kind() == types.UnsafePointer {
			b.WriteString("unsafe.Pointer")
			return
		}
		b.WriteString(types.Typ[x.Kind()].Name())
	case *types.Named:
		if x.Obj().Pkg() != nil {
			b.WriteString(x.Obj().Pkg().Name() + ".")
		}
		b.WriteString(x.Obj().Name())
		if inArgs {
			if n := localOrdinal(x.Obj()); n > 0 {
				b.WriteString("·" + strconv.Itoa(n))
			}
		}
		if args := x.TypeArgs(); args.Len() > 0 {
			b.WriteString("[")
			for i := 0; i < args.Len(); i++ {
				if i > 0 {
					b.WriteString(",")
				}
				writeNameIn(b, args.At(i), true)
			}
			b.WriteString("]")
		}
	case *types.Pointer:
		b.WriteString("*")
		writeNameIn(b, x.Elem(), inArgs)
	case *types.Slice:
		b.WriteString("[]")
		writeNameIn(b, x.Elem(), inArgs)
	case *types.Array:
		b.WriteString("[" + strconv.FormatInt(x.Len(), 10) + "]")
		writeNameIn(b, x.Elem(), inArgs)
	case *types.Map:
		b.WriteString("map[")
		writeNameIn(b, x.Key(), inArgs)
		b.WriteString("]")
		writeNameIn(b, x.Elem(), inArgs)
	case *types.Chan:
		switch x.Dir() {
		case types.SendRecv:
			b.WriteString("chan ")
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		}
		writeNameIn(b, x.Elem(), inArgs)
	case *types.Struct:
		if x.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct {")
		for i := 0; i < x.NumFields(); i++ {
			if i > 0 {
				b.WriteString(";")
			}
			f := x.Field(i)
			b.WriteString(" ")
			if !f.Embedded() {
				b.WriteString(f.Name() + " ")
			}
			writeNameIn(b, f.Type(), inArgs)
			if tag := x.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	case *types.Interface:
		if x.NumMethods() == 0 {
			b.WriteString("interface {}")
			return
		}
		b.WriteString("interface {")
		for i := 0; i < x.NumMethods(); i++ {
			if i > 0 {
				b.WriteString(";")
			}
			m := x.Method(i)
			b.WriteString(" " + m.Name())
			writeSignature(b, m.Type().(*types.Signature))
		}
		b.WriteString(" }")
	case *types.Signature:
		b.WriteString("func")
		writeSignature(b, x)
	case *types.TypeParam:
		b.WriteString(x.Obj().Name())
	default:
		b.WriteString(t.String())
	}
}

func writeSignature(b *strings.Builder, s *types.Signature) {
	b.WriteString("(")
	for i := 0; i < s.Params().Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		pt := s.Params().At(i).Type()
		if s.Variadic() && i == s.Params().Len()-1 {
			b.WriteString("...")
			pt = pt.(*types.Slice).Elem()
		}
		writeReflectName(b, pt)
	}
	b.WriteString(")")
	switch n := s.Results().Len(); {
	case n == 1:
		b.WriteString(" ")
		writeReflectName(b, s.Results().At(0).Type())
	case n > 1:
		b.WriteString(" (")
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			writeReflectName(b, s.Results().At(i).Type())
		}
		b.WriteString(")")
	}
}
