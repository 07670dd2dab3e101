package mirror

import (
	"reflect"
)

// Errors of a cell's types in compiled code. A value of a cell's type
// that implements error reaches fmt.Errorf's %w, errors.Is, errors.As,
// errors.Unwrap and errors.Join as an ErrorValue: its Error method is the
// cell's, and the error functions, lowered to the ones here, follow its
// Unwrap and Is methods and compare it by its value. What they hand back
// to the cell is the cell's value again: the lowering turns a type name
// and a raw value back into it.

// ErrorValue is the stand-in of an error of a cell's type.
type ErrorValue struct{ *Value }

// Error calls the value's Error method.
func (e *ErrorValue) Error() string {
	cb, recv, ok := e.tab.method(e.t, e.v, Error, false)
	if !ok {
		return "<no Error method>"
	}
	return cb.(func(any) string)(recv)
}

// Err returns the stand-in of raw, a value of the table's type i, as an
// error: a compiled error stays itself; nil stays nil.
func (tab *Table) Err(i int, raw any) error {
	if raw == nil {
		return nil
	}
	switch x := tab.Value(i, raw).(type) {
	case nil:
		return nil
	case *Value:
		return &ErrorValue{x}
	case error:
		return x
	}
	return nil
}

// checkKnown panics on an error of a cell's type whose type is not known
// where the answer depends on it.
func checkKnown(err error) {
	if _, ok := err.(*Unknown); ok {
		panic(errUnknown)
	}
}

// ErrStandIn is StandIn for an error: Types(desc, calls...).Err(i, raw).
func ErrStandIn(raw any, i int, desc string, calls ...any) error {
	return Types(desc, calls...).Err(i, raw)
}

// ErrStandIns is ErrStandIn for the elements of a slice, for
// errors.Join(errs...).
func ErrStandIns(raw any, i int, desc string, calls ...any) []error {
	return Types(desc, calls...).Errs(i, raw)
}

// Errs is Err for the elements of a slice, for errors.Join(errs...).
func (tab *Table) Errs(i int, raw any) []error {
	v := reflect.ValueOf(raw)
	if !v.IsValid() || v.IsNil() {
		return nil
	}
	out := make([]error, v.Len())
	for j := range out {
		out[j] = tab.Err(i, v.Index(j).Interface())
	}
	return out
}

// errorType returns the table's type of the error interface, which
// resolves what an Unwrap method returns.
func (tab *Table) errorType() *Type {
	for _, t := range tab.types {
		if t.Kind == Interface && t.Name == "error" {
			return t
		}
	}
	return nil
}

// wrapErr turns what compiled code got for an error of the cell into an
// error: the stand-in of a cell's value, or the compiled error.
func (tab *Table) wrapErr(v reflect.Value) error {
	if !v.IsValid() {
		return nil
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if b, ok := v.Interface().(Boxed); ok {
		return unboxed(b)
	}
	if t := tab.errorType(); t != nil {
		rt, rv, _ := tab.resolve(t, v)
		if rt != nil {
			return &ErrorValue{&Value{tab: tab, t: rt, v: rv}}
		}
		if !rv.IsValid() {
			return nil
		}
		if t.resolve != 0 && isWrapper(rv) {
			return &Unknown{rv.Interface()}
		}
		v = rv
	}
	if e, ok := v.Interface().(error); ok {
		return e
	}
	return nil
}

// unwrap returns what err wraps: one error, or several (errors.Join).
//
//lint:ignore ST1008 the results are what err wraps, not a failure
func unwrap(err error) (one error, many []error) {
	err = unboxed(err)
	if e, ok := err.(*ErrorValue); ok {
		cb, recv, ok := e.tab.method(e.t, e.v, Unwrap, false)
		if !ok {
			// A compiled error (*fs.PathError) has its own.
			if e.v.IsValid() && e.v.CanInterface() {
				if x, isErr := e.v.Interface().(error); isErr && !isErrorValue(x) {
					return unwrap(x)
				}
			}
			return nil, nil
		}
		out := reflect.ValueOf(cb.(func(any) any)(recv))
		if out.Kind() == reflect.Slice {
			for i := 0; i < out.Len(); i++ {
				if x := e.tab.wrapErr(out.Index(i)); x != nil {
					many = append(many, x)
				}
			}
			return nil, many
		}
		return e.tab.wrapErr(out), nil
	}
	switch x := err.(type) {
	case interface{ Unwrap() error }:
		return x.Unwrap(), nil
	case interface{ Unwrap() []error }:
		return nil, x.Unwrap()
	}
	return nil, nil
}

func isErrorValue(err error) bool { _, ok := err.(*ErrorValue); return ok }

// Raw returns what the cell makes an error of again: the Go name of the
// type of a stand-in and the value yaegi holds, or "" and the error.
func Raw(err error) (string, any) {
	err = unboxed(err)
	if e, ok := err.(*ErrorValue); ok {
		return e.t.Name, e.v.Interface()
	}
	return "", err
}

// ErrorsUnwrap is errors.Unwrap for errors that may be stand-ins; its result is
// given as Raw's.
func ErrorsUnwrap(err error) (string, any) {
	one, _ := unwrap(err)
	if one == nil {
		return "", nil
	}
	return Raw(one)
}

// equal is == on errors, a stand-in equal to one of the same type and
// value.
func equal(a, b error) (eq bool) {
	a, b = unboxed(a), unboxed(b)
	defer func() {
		if recover() != nil {
			eq = false // an incomparable value
		}
	}()
	ea, aok := a.(*ErrorValue)
	eb, bok := b.(*ErrorValue)
	switch {
	case aok && bok:
		return ea.t.Name == eb.t.Name && ea.v.Type() == eb.v.Type() && ea.v.Comparable() && ea.v.Interface() == eb.v.Interface()
	case aok || bok:
		return false
	}
	return a == b
}

// ErrorsIs is errors.Is for errors that may be stand-ins: a stand-in's Is method
// is the cell's, and so is its Unwrap.
func ErrorsIs(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	target = unboxed(target)
	_, cellTarget := target.(*ErrorValue)
	for err != nil {
		err = unboxed(err)
		if cellTarget {
			checkKnown(err)
		}
		if equal(err, target) {
			return true
		}
		if e, ok := err.(*ErrorValue); ok {
			if cb, recv, ok := e.tab.method(e.t, e.v, Is, false); ok {
				name, raw := Raw(target)
				if cb.(func(any, string, any) bool)(recv, name, raw) {
					return true
				}
			}
		} else if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		one, many := unwrap(err)
		for _, e := range many {
			if ErrorsIs(e, target) {
				return true
			}
		}
		err = one
	}
	return false
}

// ErrorsAs is errors.As for errors that may be stand-ins. set is the lowering's
// function that stores an error of a cell's type, given as Raw's, in the
// target when it has the target's type (nil for a target of a compiled
// type, which As sets itself); name "" gives it a compiled error, for a
// target of an interface the cell wrote.
func ErrorsAs(err error, target any, set func(target any, name string, raw any) bool) bool {
	tv := reflect.ValueOf(target)
	if tv.Kind() != reflect.Pointer || tv.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	for err != nil {
		err = unboxed(err)
		if set != nil {
			checkKnown(err)
		}
		if tn, ok := err.(interface{ GoTypeName() string }); ok && set != nil && set(target, tn.GoTypeName(), nil) {
			return true // an error holding a nil pointer of the cells' type
		}
		if e, ok := err.(*ErrorValue); ok {
			if set != nil && set(target, e.t.Name, e.v.Interface()) {
				return true
			}
		} else {
			// A compiled error: into a target of its type, or of an
			// interface it implements.
			if reflect.TypeOf(err).AssignableTo(tv.Type().Elem()) {
				tv.Elem().Set(reflect.ValueOf(err))
				return true
			}
			// A target of an interface the cell wrote is not one to
			// reflect: its setter asserts the value in the interpreter.
			if set != nil && set(target, "", err) {
				return true
			}
			// An error of the cells' that compiled code kept (the Err of
			// an *fs.PathError) is in yaegi's wrapper, whose value the
			// setter asserts to the target's type.
			if inner, ok := unwrapYaegi(reflect.ValueOf(err)); ok && set != nil && set(target, "", inner.Interface()) {
				return true
			}
			if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
				return true
			}
		}
		one, many := unwrap(err)
		for _, e := range many {
			if ErrorsAs(e, target, set) {
				return true
			}
		}
		err = one
	}
	return false
}
