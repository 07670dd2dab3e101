package mirror

import (
	"fmt"
	"io"
	"reflect"
	"unicode/utf8"
)

// Format implements fmt.Formatter: it prints the value the way fmt prints
// the Go value, method lookups, type names and field names included. The
// formatting of basic values is left to fmt itself, with the same flags.
func (x *Value) Format(f fmt.State, verb rune) {
	defer escapeFmt()
	p := printer{f: f, tab: x.tab}
	p.printValue(x.t, x.v, verb, 0)
}

// printer is one Format call: fmt's pp state that a stand-in needs.
type printer struct {
	f   fmt.State
	tab *Table
	// erroring is set while a bad verb's value is printed: methods are
	// not called then, as in fmt.
	erroring  bool
	panicking bool
	// noV is set inside a bad verb, where fmt prints the value with %v
	// but the # and + flags keep their non-%v meaning.
	noV bool
	// afterPanic is set once a method panicked: fmt's recovery leaves
	// width and precision 0 for the rest of the value.
	afterPanic bool
	// unexported is set inside an unexported field: fmt cannot call the
	// methods of what it reaches through one (reflect's read-only flag),
	// and prints the bare value - a time.Duration as its nanoseconds.
	unexported bool
}

// directive returns the directive that prints a part of the value.
func (p *printer) directive(verb rune) string {
	if !p.afterPanic {
		return fmt.FormatString(p.f, verb)
	}
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if p.f.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if _, ok := p.f.Precision(); ok {
		b = append(b, ".0"...)
	}
	return string(append(b, string(verb)...))
}

func (p *printer) write(s string) { io.WriteString(p.f, s) }

func (p *printer) sharpV(verb rune) bool { return verb == 'v' && !p.noV && p.f.Flag('#') }
func (p *printer) plusV(verb rune) bool  { return verb == 'v' && !p.noV && p.f.Flag('+') }

// leaf prints a compiled value with the current directive.
func (p *printer) leaf(verb rune, x any) {
	if verb == 'v' && p.noV {
		k := reflect.ValueOf(x).Kind()
		if rv, ok := x.(reflect.Value); ok {
			k = rv.Kind()
		}
		verb = plainVerb(k)
	}
	fmt.Fprintf(p.f, p.directive(verb), x)
}

// plainVerb is the verb that prints a value of kind k the way %v does
// when # and + are not %v's: fmt's badVerb prints the value so.
func plainVerb(k reflect.Kind) rune {
	switch k {
	case reflect.Bool:
		return 't'
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return 'd'
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return 'g'
	case reflect.String:
		return 's'
	}
	return 'v'
}

// pad writes s padded to the width, as fmt pads "<nil>".
func (p *printer) pad(s string) {
	w, ok := p.f.Width()
	n := utf8.RuneCountInString(s)
	if !ok || n >= w || p.afterPanic {
		p.write(s)
		return
	}
	fill := " "
	if p.f.Flag('0') && !p.f.Flag('-') {
		fill = "0"
	}
	padding := ""
	for i := n; i < w; i++ {
		padding += fill
	}
	if p.f.Flag('-') {
		p.write(s + padding)
	} else {
		p.write(padding + s)
	}
}

func (p *printer) printValue(t *Type, v reflect.Value, verb rune, depth int) {
	// An interface's value is printed by its dynamic type's methods: the
	// interface's own callback asserted yaegi's box of an element of a
	// []Layer to Layer, which panics in yaegi (reflect.Set: interface {}
	// is not assignable to interp.valueInterface).
	if t.Kind != Interface && !p.erroring && !p.unexported && p.handleMethods(t, v, verb) {
		return
	}
	switch t.Kind {
	case Basic:
		p.printBasic(t, v, verb)
	case Struct:
		p.printStruct(t, v, verb, depth)
	case Interface:
		p.printInterface(t, v, verb, depth)
	case Slice, Array:
		p.printList(t, v, verb, depth)
	case Map:
		p.printMap(t, v, verb, depth)
	case Pointer:
		if depth == 0 && v.IsValid() && !v.IsNil() {
			switch e := v.Elem(); e.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.write("&")
				p.printValue(t.Elem, e, verb, depth+1)
				return
			}
		}
		p.fmtPointer(t.Name, v, verb, func(e reflect.Value) { p.printValue(t.Elem, e, 'v', 1) })
	case Opaque:
		p.fmtPointer(t.Name, v, verb, nil)
	default:
		p.printGo(v, verb, depth)
	}
}

// handleMethods calls the methods fmt would call, in fmt's order:
// Format; GoString for %#v; Error, then String for the verbs that print
// strings.
func (p *printer) handleMethods(t *Type, v reflect.Value, verb rune) bool {
	if cb, recv, ok := p.tab.method(t, v, Format, false); ok {
		p.catch(recv, verb, "Format", func() { cb.(func(any, fmt.State, rune))(recv, p.f, verb) })
		return true
	}
	if p.sharpV(verb) {
		if cb, recv, ok := p.tab.method(t, v, GoString, false); ok {
			p.catch(recv, verb, "GoString", func() { p.leaf('s', cb.(func(any) string)(recv)) })
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		for _, m := range [...]Method{Error, String} {
			if cb, recv, ok := p.tab.method(t, v, m, false); ok {
				p.catch(recv, verb, methodNames[m], func() { p.leaf(verb, cb.(func(any) string)(recv)) })
				return true
			}
		}
	}
	return false
}

// catch runs a method as fmt does: a panic prints in its place, and a
// nil receiver's panic prints as <nil>.
func (p *printer) catch(recv any, verb rune, method string, call func()) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if _, ours := r.(*AmbiguousError); ours || r == errUnknown || p.panicking {
			panic(r)
		}
		if v := reflect.ValueOf(recv); v.Kind() == reflect.Pointer && v.IsNil() {
			p.write("<nil>")
			return
		}
		p.panicking = true
		p.write("%!" + string(verb) + "(PANIC=" + method + " method: ")
		fmt.Fprint(p.f, r)
		p.write(")")
		p.panicking = false
		p.afterPanic = true
	}()
	call()
}

// badVerb prints %!verb(type=value).
func (p *printer) badVerb(name string, verb rune, value func()) {
	erroring, noV := p.erroring, p.noV
	p.erroring, p.noV = true, true
	p.write("%!" + string(verb) + "(")
	if value == nil {
		p.write("<nil>")
	} else {
		p.write(name + "=")
		value()
	}
	p.write(")")
	p.erroring, p.noV = erroring, noV
}

// validVerb reports whether fmt prints a basic value of kind k with verb.
func validVerb(k reflect.Kind, verb rune) bool {
	var ok string
	switch k {
	case reflect.Bool:
		ok = "tv"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		ok = "bcdoOqxXUv"
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		ok = "beEfFgGxXv"
	case reflect.String:
		ok = "sqxXv"
	default:
		return true
	}
	for _, c := range ok {
		if c == verb {
			return true
		}
	}
	return false
}

// basicTypes are the unnamed basic types by kind: a cell's named basic
// type prints as its underlying type does.
var basicTypes = map[reflect.Kind]reflect.Type{
	reflect.Bool: reflect.TypeOf(false), reflect.String: reflect.TypeOf(""),
	reflect.Int: reflect.TypeOf(int(0)), reflect.Int8: reflect.TypeOf(int8(0)),
	reflect.Int16: reflect.TypeOf(int16(0)), reflect.Int32: reflect.TypeOf(int32(0)),
	reflect.Int64: reflect.TypeOf(int64(0)), reflect.Uint: reflect.TypeOf(uint(0)),
	reflect.Uint8: reflect.TypeOf(uint8(0)), reflect.Uint16: reflect.TypeOf(uint16(0)),
	reflect.Uint32: reflect.TypeOf(uint32(0)), reflect.Uint64: reflect.TypeOf(uint64(0)),
	reflect.Uintptr: reflect.TypeOf(uintptr(0)), reflect.Float32: reflect.TypeOf(float32(0)),
	reflect.Float64: reflect.TypeOf(float64(0)), reflect.Complex64: reflect.TypeOf(complex64(0)),
	reflect.Complex128: reflect.TypeOf(complex128(0)),
}

// plain returns a basic value as its unnamed type, so that no compiled
// method of a type yaegi used for it is called.
func plain(v reflect.Value) any {
	if bt, ok := basicTypes[v.Kind()]; ok && v.Type() != bt {
		return v.Convert(bt).Interface()
	}
	return v.Interface()
}

func (p *printer) printBasic(t *Type, v reflect.Value, verb rune) {
	if !v.IsValid() {
		p.pad("<nil>")
		return
	}
	x := plain(v)
	if validVerb(v.Kind(), verb) {
		p.leaf(verb, x)
		return
	}
	p.badVerb(t.Name, verb, func() { p.leaf('v', x) })
}

func (p *printer) printStruct(t *Type, v reflect.Value, verb rune, depth int) {
	if v.Kind() != reflect.Struct || v.NumField() != len(t.Fields) {
		// Not the layout the description says: print what there is.
		p.printGo(v, verb, depth)
		return
	}
	sharp := p.sharpV(verb)
	names := sharp || p.plusV(verb)
	if sharp {
		p.write(t.Name)
	}
	p.write("{")
	for i, fld := range t.Fields {
		if i > 0 {
			if sharp {
				p.write(", ")
			} else {
				p.write(" ")
			}
		}
		if names {
			p.write(fld.Name + ":")
		}
		outer := p.unexported
		p.unexported = outer || !fld.Exported
		p.printValue(fld.Type, v.Field(i), verb, depth+1)
		p.unexported = outer
	}
	p.write("}")
}

// printInterface prints a value of interface type: nil as fmt prints a
// nil interface, anything else as its dynamic type.
func (p *printer) printInterface(t *Type, v reflect.Value, verb rune, depth int) {
	rt, rv, _ := p.tab.resolve(t, v)
	switch {
	case !rv.IsValid():
		if p.sharpV(verb) {
			p.write(t.Name + "(nil)")
		} else {
			p.write("<nil>")
		}
	case rt != nil:
		p.printValue(rt, rv, verb, depth+1)
	default:
		if t.resolve != 0 && isWrapper(rv) {
			(&Unknown{rv.Interface()}).Format(p.f, verb)
			return
		}
		if nilBox(rv) {
			p.write("<nil>") // a nil element of a []Layer
			return
		}
		if !p.erroring && !p.unexported && p.handleMethods(t, v, verb) {
			return
		}
		p.printGo(rv, verb, depth+1)
	}
}
