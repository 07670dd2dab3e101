package mirror

import (
	"log/slog"
	"reflect"
)

// log/slog looks at the values it logs through interfaces: a LogValuer's
// LogValue gives what is logged, and the text handler writes an
// encoding.TextMarshaler's text, else the value as %+v prints it. A
// stand-in prints as Go prints (Format) and encodes as encoding/json
// does (MarshalJSON); SlogValue gives it the other two where the cell's
// type has them.

// SlogValue returns what log/slog is given for x, a stand-in (or any
// other value, returned as it is).
func SlogValue(x any) any {
	v, ok := x.(*Value)
	if !ok {
		return x
	}
	if cb, recv, ok := v.tab.method(v.t, v.v, LogValue, false); ok {
		return &logValuer{v: v, cb: cb, recv: recv}
	}
	if _, _, ok := v.tab.method(v.t, v.v, MarshalText, false); ok {
		return &textValue{v}
	}
	return v
}

// logValuer is a stand-in of a value of a type with LogValue.
type logValuer struct {
	v    *Value
	cb   any
	recv any
}

// LogValue calls the value's LogValue method.
func (l *logValuer) LogValue() slog.Value {
	out := reflect.ValueOf(l.cb).Call([]reflect.Value{reflect.ValueOf(l.recv)})[0]
	if sv, ok := out.Interface().(slog.Value); ok {
		return sv
	}
	return slog.AnyValue(out.Interface())
}

// textValue is a stand-in of a value of a type with MarshalText.
type textValue struct{ *Value }

// MarshalText calls the value's MarshalText method.
func (t *textValue) MarshalText() ([]byte, error) {
	cb, recv, _ := t.tab.method(t.t, t.v, MarshalText, false)
	return cb.(func(any) ([]byte, error))(recv)
}
