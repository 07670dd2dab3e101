package mirror

import (
	"fmt"
	"reflect"
	"strings"
)

// The calls of a template rewritten by withMethods: a method of the cells'
// types found by its callback's receiver, and else what text/template
// does with the name.

// A fieldError is what text/template says of a name a value has no
// method, field or key for.
type fieldError struct {
	fn, msg string
	// own marks text/template's own answer for the value: the method
	// is one of its pointer, and the value is not addressable.
	own bool
}

func (e *fieldError) Error() string { return e.msg }

// A methodCaller serves the calls of one method name.
type methodCaller struct {
	tab   *Table
	name  string
	calls []methodFn
	run   *methodRun
}

// call is the template function: recv.name(args...).
func (m *methodCaller) call(recv reflect.Value, args ...reflect.Value) (reflect.Value, error) {
	out, _, err := m.invoke(recv, args)
	return out, err
}

// invoke calls recv.name(args...) and returns the type whose method it
// called, nil if none of the cells' types.
func (m *methodCaller) invoke(recv reflect.Value, args []reflect.Value) (reflect.Value, *Type, error) {
	v := recv
	for v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() == reflect.Interface {
		if m.run.missing == 2 {
			return reflect.Value{}, nil, &fieldError{fn: m.name, msg: fmt.Sprintf("nil data; no entry for key %q", m.name)}
		}
		return reflect.Value{}, nil, nil
	}
	var fn, r reflect.Value
	var owner *Type
	for _, c := range m.calls {
		cr, err := receiverFor(c, v, m.name)
		if err != nil {
			return reflect.Value{}, nil, err
		}
		if !cr.IsValid() {
			continue
		}
		if fn.IsValid() && fn.Type().In(0) == c.fn.Type().In(0) {
			m.run.refusal = fmt.Errorf("text/template cannot tell which type's method %s to call on a value of %s: "+
				"the interpreter gives types of the same structure one representation; compute what the template shows before executing it",
				m.name, v.Type())
			return reflect.Value{}, nil, m.run.refusal
		}
		fn, r, owner = c.fn, cr, c.owner
	}
	if fn.IsValid() {
		out, err := callMethod(m.name, fn, append([]reflect.Value{r}, args...), 1)
		return out, owner, err
	}
	out, err := m.fallback(recv, v, args)
	if fe, ok := err.(*fieldError); ok {
		for _, c := range m.calls {
			if rt := c.fn.Type().In(0); rt.Kind() == reflect.Pointer && rt.Elem() == v.Type() {
				fe.own = true
			}
		}
	}
	return out, nil, err
}

// print is call for a result the template prints itself: one of a type
// that prints with a method of the cells' types comes as the text fmt
// prints (text/template looks for a String method, not for the stand-in's
// Format).
func (m *methodCaller) print(recv reflect.Value, args ...reflect.Value) (reflect.Value, error) {
	out, err := m.show(recv, args...)
	if err != nil || !out.IsValid() {
		return out, err
	}
	if x, ok := out.Interface().(*Value); ok {
		return reflect.ValueOf(fmt.Sprint(x)), nil
	}
	return out, err
}

// show is call for a result handed to a function that prints it (printf):
// one of a type that prints with a method of the cells' types comes as
// fmt's stand-in.
func (m *methodCaller) show(recv reflect.Value, args ...reflect.Value) (reflect.Value, error) {
	out, owner, err := m.invoke(recv, args)
	if err != nil || !out.IsValid() || !out.CanInterface() || owner == nil {
		return out, err
	}
	t := owner.tresults[m.name]
	if t == nil || !t.methodsPrint(map[*Type]bool{}) {
		return out, err
	}
	return reflect.ValueOf(&Value{tab: m.tab, t: t, v: out}), nil
}

// receiverFor returns v as the receiver of the callback c, or an invalid
// value if v is not of its receiver's type.
func receiverFor(c methodFn, v reflect.Value, name string) (reflect.Value, error) {
	rt := c.fn.Type().In(0)
	switch {
	case v.Type() == rt:
		return v, nil
	case v.Kind() == reflect.Pointer && v.Type().Elem() == rt:
		if v.IsNil() {
			// What reflect says calling the method, which text/template
			// reports.
			short := c.recv[strings.LastIndexByte(c.recv, '.')+1:]
			return reflect.Value{}, fmt.Errorf("value method %s.%s called using nil *%s pointer", c.recv, name, short)
		}
		return v.Elem(), nil
	case rt.Kind() == reflect.Pointer && rt.Elem() == v.Type() && v.CanAddr():
		return v.Addr(), nil
	}
	return reflect.Value{}, nil
}

// callMethod calls fn with in, whose first given arguments are bound
// (the receiver), converting the template's arguments to fn's parameter
// types, as text/template calls a method.
func callMethod(name string, fn reflect.Value, in []reflect.Value, bound int) (reflect.Value, error) {
	ft := fn.Type()
	fixed := ft.NumIn()
	if ft.IsVariadic() {
		fixed--
		if len(in) < fixed {
			return reflect.Value{}, fmt.Errorf("wrong number of args for %s: want at least %d got %d", name, fixed-bound, len(in)-bound)
		}
	} else if len(in) != fixed {
		return reflect.Value{}, fmt.Errorf("wrong number of args for %s: want %d got %d", name, fixed-bound, len(in)-bound)
	}
	errorType := reflect.TypeFor[error]()
	switch {
	case ft.NumOut() == 1:
	case ft.NumOut() == 2 && ft.Out(1) == errorType:
	default:
		return reflect.Value{}, fmt.Errorf("can't call method/function %q with %d results", name, ft.NumOut())
	}
	for i := bound; i < len(in); i++ {
		pt := ft.In(min(i, ft.NumIn()-1))
		if ft.IsVariadic() && i >= fixed {
			pt = ft.In(fixed).Elem()
		}
		a, err := argAs(in[i], pt)
		if err != nil {
			return reflect.Value{}, err
		}
		in[i] = a
	}
	out := fn.Call(in)
	if len(out) == 2 && !out[1].IsNil() {
		return out[0], out[1].Interface().(error)
	}
	return out[0], nil
}

// argAs is a template's argument a as a value of the parameter type pt.
func argAs(a reflect.Value, pt reflect.Type) (reflect.Value, error) {
	if !a.IsValid() {
		switch pt.Kind() {
		case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
			return reflect.Zero(pt), nil
		}
		return reflect.Value{}, fmt.Errorf("invalid value; expected %s", pt)
	}
	if a.Type().AssignableTo(pt) {
		return a, nil
	}
	if a.Kind() == reflect.Interface && !a.IsNil() {
		return argAs(a.Elem(), pt)
	}
	if isNumber(a.Kind()) && isNumber(pt.Kind()) {
		// A constant of the template: it has the parameter's type there.
		return a.Convert(pt), nil
	}
	if a.Kind() == reflect.Pointer && !a.IsNil() && a.Elem().Type().AssignableTo(pt) {
		return a.Elem(), nil
	}
	if a.CanAddr() && reflect.PointerTo(a.Type()).AssignableTo(pt) {
		return a.Addr(), nil
	}
	return reflect.Value{}, fmt.Errorf("wrong type for value; expected %s; got %s", pt, a.Type())
}

func isNumber(k reflect.Kind) bool {
	return k >= reflect.Int && k <= reflect.Float64
}

// fallback is what text/template does with .name of a value none of the
// callbacks serve: a compiled method, a struct field or a map key.
func (m *methodCaller) fallback(recv, v reflect.Value, args []reflect.Value) (reflect.Value, error) {
	ptr := v
	if ptr.Kind() != reflect.Pointer && ptr.CanAddr() {
		ptr = ptr.Addr()
	}
	if method := ptr.MethodByName(m.name); method.IsValid() {
		return callMethod(m.name, method, args, 0)
	}
	receiver := v
	isNil := false
	for receiver.Kind() == reflect.Pointer {
		if receiver.IsNil() {
			isNil = true
			break
		}
		receiver = receiver.Elem()
	}
	switch receiver.Kind() {
	case reflect.Struct:
		if f, ok := receiver.Type().FieldByName(m.name); ok {
			if !f.IsExported() {
				return reflect.Value{}, &fieldError{fn: m.name, msg: fmt.Sprintf("%s is an unexported field of struct type %s", m.name, recv.Type())}
			}
			if len(args) > 0 {
				return reflect.Value{}, &fieldError{fn: m.name, msg: m.name + " has arguments but cannot be invoked as function"}
			}
			return receiver.FieldByIndex(f.Index), nil
		}
	case reflect.Map:
		key := reflect.ValueOf(m.name)
		if key.Type().AssignableTo(receiver.Type().Key()) {
			if len(args) > 0 {
				return reflect.Value{}, &fieldError{fn: m.name, msg: m.name + " is not a method but has arguments"}
			}
			r := receiver.MapIndex(key)
			if !r.IsValid() {
				switch m.run.missing {
				case 1:
					r = reflect.Zero(receiver.Type().Elem())
				case 2:
					return reflect.Value{}, &fieldError{fn: m.name, msg: fmt.Sprintf("map has no entry for key %q", m.name)}
				}
			}
			return r, nil
		}
	case reflect.Pointer:
		if isNil {
			return reflect.Value{}, &fieldError{fn: m.name, msg: fmt.Sprintf("nil pointer evaluating %s.%s", recv.Type(), m.name)}
		}
	}
	return reflect.Value{}, &fieldError{fn: m.name, msg: fmt.Sprintf("can't evaluate field %s in type %s", m.name, recv.Type())}
}
