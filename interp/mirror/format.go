package mirror

import (
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
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

// escapeFmt, deferred by a Format method, lets a refusal of the mirror's
// (an AmbiguousError) out of fmt, which recovers a Format method's panic
// and prints it as text: the cell went on with %!v(PANIC=Format method:
// ...) in its output and no error. fmt panics again on a panic raised
// while it prints one, and escape's Format raises the refusal there.
func escapeFmt() {
	r := recover()
	switch r.(type) {
	case nil:
		return
	case *AmbiguousError, *ParamNameError:
		panic(escape{r})
	}
	if r == errUnknown || r == errLocalMethods {
		panic(escape{r})
	}
	panic(r)
}

// escape carries a refusal through fmt's recovery (escapeFmt).
type escape struct{ refusal any }

func (e escape) Format(fmt.State, rune) { panic(e.refusal) }

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

func (p *printer) printList(t *Type, v reflect.Value, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			for i := range b {
				b[i] = byte(v.Index(i).Uint())
			}
			p.leaf(verb, b)
			return
		}
	}
	if p.sharpV(verb) {
		p.write(t.Name)
		if v.Kind() == reflect.Slice && v.IsNil() {
			p.write("(nil)")
			return
		}
		p.write("{")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				p.write(", ")
			}
			p.printValue(t.Elem, v.Index(i), verb, depth+1)
		}
		p.write("}")
		return
	}
	p.write("[")
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			p.write(" ")
		}
		p.printValue(t.Elem, v.Index(i), verb, depth+1)
	}
	p.write("]")
}

func (p *printer) printMap(t *Type, v reflect.Value, verb rune, depth int) {
	sharp := p.sharpV(verb)
	if sharp {
		p.write(t.Name)
		if v.IsNil() {
			p.write("(nil)")
			return
		}
		p.write("{")
	} else {
		p.write("map[")
	}
	for i, k := range sortedKeys(v) {
		if i > 0 {
			if sharp {
				p.write(", ")
			} else {
				p.write(" ")
			}
		}
		p.printValue(t.Key, k, verb, depth+1)
		p.write(":")
		p.printValue(t.Elem, v.MapIndex(k), verb, depth+1)
	}
	if sharp {
		p.write("}")
	} else {
		p.write("]")
	}
}

// fmtPointer prints a pointer, channel or function as an address. For a
// bad verb, fmt prints the value as it prints a value it is given, which
// for a pointer to a composite is &{...}: elem prints that.
func (p *printer) fmtPointer(name string, v reflect.Value, verb rune, elem func(reflect.Value)) {
	var u uintptr
	if v.IsValid() {
		switch v.Kind() {
		case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
			u = v.Pointer()
		default:
			p.printGo(v, verb, 1)
			return
		}
	}
	switch verb {
	case 'v':
		if p.sharpV(verb) {
			p.write("(" + name + ")(")
			if u == 0 {
				p.write("nil")
			} else {
				p.write("0x" + strconv.FormatUint(uint64(u), 16))
			}
			p.write(")")
		} else if u == 0 {
			p.pad("<nil>")
		} else {
			// %+v prints an address without the sign %+p gives it: fmt
			// turns the + of %+v into field names before printing.
			fmt.Fprintf(p.f, strings.Replace(p.directive('p'), "+", "", 1), v.Interface())
		}
	case 'p':
		p.leaf('p', v.Interface())
	case 'b', 'o', 'd', 'x', 'X':
		p.leaf(verb, uint64(u))
	default:
		p.badVerb(name, verb, func() {
			if elem != nil && u != 0 && v.Kind() == reflect.Pointer {
				switch v.Elem().Kind() {
				case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
					p.write("&")
					elem(v.Elem())
					return
				}
			}
			if u == 0 {
				p.pad("<nil>")
			} else {
				p.leaf('p', v.Interface())
			}
		})
	}
}

// printGo prints a value of a compiled type, or one whose type is not
// known, by fmt itself; only a nested pointer is done here, because fmt
// prints &{...} for a pointer it is given but an address for one inside a
// value.
func (p *printer) printGo(v reflect.Value, verb rune, depth int) {
	if !v.IsValid() {
		switch verb {
		case 'v':
			p.pad("<nil>")
		default:
			p.badVerb("", verb, nil)
		}
		return
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			if p.sharpV(verb) {
				p.write(v.Type().String() + "(nil)")
			} else {
				p.write("<nil>")
			}
			return
		}
		v = v.Elem()
	}
	if !v.CanInterface() {
		p.leaf(verb, v)
		return
	}
	if _, isBasic := basicTypes[v.Kind()]; isBasic && p.unexported {
		p.leaf(verb, plain(v))
		return
	}
	x := v.Interface()
	if depth == 0 {
		p.leaf(verb, x)
		return
	}
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		switch v.Elem().Kind() {
		case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
			if p.erroring || p.unexported || !hasFmtMethods(x, verb, p.sharpV(verb)) {
				p.fmtPointer(v.Type().String(), v, verb, func(e reflect.Value) { p.printGo(e, 'v', 1) })
				return
			}
		}
	}
	// Given a reflect.Value, fmt prints as it prints a value inside
	// another ([]uint8{...}, not []byte{...}).
	p.leaf(verb, v)
}

// hasFmtMethods reports whether fmt would print x with one of its methods.
func hasFmtMethods(x any, verb rune, sharpV bool) bool {
	if _, ok := x.(fmt.Formatter); ok {
		return true
	}
	if sharpV {
		_, ok := x.(fmt.GoStringer)
		return ok
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch x.(type) {
		case error, fmt.Stringer:
			return true
		}
	}
	return false
}
