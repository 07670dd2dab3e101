package mirror

// The printers of lists, maps, pointers and values of compiled types
// (format.go has the rest of a stand-in's printing).

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

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
