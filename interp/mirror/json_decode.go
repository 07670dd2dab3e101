package mirror

// Decoding JSON into a stand-in for a pointer to a notebook type:
// encoding/json's rules on the types the lowering described, setting the
// value yaegi holds through reflect (json.go encodes).

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// UnmarshalJSON implements json.Unmarshaler: x stands for a pointer, and
// the JSON value is decoded into what it points to, by encoding/json's
// rules. json.Unmarshal and Decoder.Decode have checked the syntax.
func (x *Value) UnmarshalJSON(data []byte) error {
	if x.t.Kind == Go && x.v.IsValid() && x.v.Kind() == reflect.Pointer && !x.v.IsNil() {
		// A compiled pointer type (*any, *[]any): no notebook type can
		// come out of it, and encoding/json decodes it as it is.
		d := decoder{tab: x.tab, opts: x.json}
		return d.unmarshal(data, x.v.Interface())
	}
	if x.t.Kind != Pointer || !x.v.IsValid() || x.v.IsNil() {
		return &jsonError{msg: "json: Unmarshal(non-pointer " + x.t.Name + ")"}
	}
	d := decoder{tab: x.tab, opts: x.json}
	d.decode(x.t.Elem, x.v.Elem(), data)
	return d.err
}

// jsonOptions are a json.Decoder's options, which the JSON handed to
// UnmarshalJSON does not carry.
type jsonOptions struct {
	useNumber, disallowUnknownFields bool
}

// Decode is dec.Decode(x) for x, a value or its stand-in; a stand-in
// decodes with dec's UseNumber and DisallowUnknownFields, read from the
// decoder's fields (encoding/json has no getter for them).
func Decode(dec *json.Decoder, x any) error {
	if v, ok := x.(*Value); ok {
		withOpts := *v
		state := reflect.ValueOf(dec).Elem().FieldByName("d")
		for _, o := range []struct {
			field string
			to    *bool
		}{{"useNumber", &withOpts.json.useNumber}, {"disallowUnknownFields", &withOpts.json.disallowUnknownFields}} {
			if f := state.FieldByName(o.field); f.IsValid() && f.Kind() == reflect.Bool {
				*o.to = f.Bool()
			}
		}
		x = &withOpts
	}
	return dec.Decode(x)
}

// unmarshal is json.Unmarshal with the decoder's options.
func (d *decoder) unmarshal(data []byte, ptr any) error {
	if d.opts == (jsonOptions{}) {
		return json.Unmarshal(data, ptr)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if d.opts.useNumber {
		dec.UseNumber()
	}
	if d.opts.disallowUnknownFields {
		dec.DisallowUnknownFields()
	}
	return dec.Decode(ptr)
}

type decoder struct {
	tab  *Table
	opts jsonOptions
	err  error // the first type error; decoding goes on after one
	// stop is set by an error an UnmarshalJSON or UnmarshalText method
	// returned: encoding/json returns it at once, and leaves the rest
	// of the value as it was.
	stop bool
	// structName and fields are where in the value the decoder is, for
	// errors: the innermost struct's name and the JSON field names.
	structName string
	fields     []string
	// paramNamed is the innermost struct's name when it is spelled with
	// a type parameter (Desc.P), "" otherwise.
	paramNamed string
}

// typeError records a JSON value that does not fit a Go type, the value
// v of the Go type t.
func (d *decoder) typeError(data []byte, t *Type, v reflect.Value) {
	if d.err != nil {
		return
	}
	typeName := t.Name
	if name := d.paramNamed; name != "" || t.paramNamed {
		if name == "" {
			name = typeName
		}
		// Go's message names the type argument, which the session does
		// not know here: a wrong name would be a silent difference.
		panic(&ParamNameError{Name: name})
	}
	what := "number"
	switch data[0] {
	case '{':
		what = "object"
	case '[':
		what = "array"
	case '"':
		what = "string"
	case 't', 'f':
		what = "bool"
	}
	msg := "json: cannot unmarshal " + what + " into Go value of type " + typeName
	if d.structName != "" || len(d.fields) > 0 {
		msg = "json: cannot unmarshal " + what + " into Go struct field " + d.structName + "." + strings.Join(d.fields, ".") + " of type " + typeName
	}
	te := &json.UnmarshalTypeError{Value: what, Struct: d.structName, Field: strings.Join(d.fields, ".")}
	if v.IsValid() {
		te.Type = v.Type() // (yaegi's type: its String is not Go's name, which msg has)
	}
	d.err = &jsonError{msg: msg, typeErr: te}
}

func (d *decoder) decode(t *Type, v reflect.Value, data []byte) {
	if d.stop {
		return
	}
	data = bytes.TrimSpace(data)
	null := string(data) == "null"
	if t.Kind == Pointer {
		if null {
			v.SetZero()
			return
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.decode(t.Elem, v.Elem(), data)
		return
	}
	if cb, recv, ok := d.tab.method(t, v, UnmarshalJSON, true); ok && recv != nil {
		if err := cb.(func(any, []byte) error)(recv, data); err != nil {
			d.err, d.stop = d.withContext(err), true
		}
		return
	}
	if cb, recv, ok := d.tab.method(t, v, UnmarshalText, true); ok && !null {
		if data[0] != '"' {
			d.typeError(data, t, v)
			return
		}
		var s string
		json.Unmarshal(data, &s)
		if err := cb.(func(any, []byte) error)(recv, []byte(s)); err != nil {
			d.err, d.stop = err, true
		}
		return
	}
	switch t.Kind {
	case Struct:
		d.decodeStruct(t, v, data, null)
	case Map:
		d.decodeMap(t, v, data, null)
	case Slice, Array:
		d.decodeList(t, v, data, null)
	case Interface:
		if null {
			v.SetZero()
			return
		}
		if v.Kind() != reflect.Interface && t.Name == "interface {}" {
			// A type parameter's value, described as interface{}: the
			// instance holds a value of the type argument - one of the
			// cells' types if the resolver finds it (its embedded
			// structs' fields are promoted), else a compiled one.
			if rt, _, ok := d.tab.resolve(t, v); ok && rt != nil && rt.Kind != Interface && v.CanAddr() {
				d.decode(rt, v, data)
				return
			}
			d.decodeGo(&Type{Name: v.Type().String(), Kind: Go}, v, data)
			return
		}
		if v.Kind() != reflect.Interface || v.NumMethod() != 0 {
			d.typeError(data, t, v)
			return
		}
		var x any
		d.unmarshal(data, &x)
		v.Set(reflect.ValueOf(&x).Elem())
	case Opaque:
		if !null {
			d.typeError(data, t, v)
		}
	default:
		d.decodeGo(t, v, data)
	}
}

// decodeGo decodes into a value of a compiled (or basic) type with
// encoding/json, and names the type as Go would in an error.
func (d *decoder) decodeGo(t *Type, v reflect.Value, data []byte) {
	if !v.CanAddr() {
		return
	}
	err := d.unmarshal(data, v.Addr().Interface())
	if err == nil {
		return
	}
	if ute, ok := err.(*json.UnmarshalTypeError); ok {
		if d.err != nil {
			return
		}
		if ute.Type == nil {
			d.typeError(data, t, v)
			return
		}
		if d.paramNamed != "" {
			panic(&ParamNameError{Name: d.paramNamed})
		}
		// encoding/json's own error, so that errors.As finds it, with
		// the place in the notebook's value it could not know: the
		// fields down to the compiled value, then those inside it (a
		// map's element, a compiled struct's field) that it names.
		fields := append([]string(nil), d.fields...)
		// The failing value is v itself, not one inside it (an element of
		// a map), and Go spells its type otherwise than yaegi holds it.
		renamed := ute.Field == "" && ute.Type == v.Type() && t.Name != "" && ute.Type.String() != t.Name
		if ute.Field != "" {
			fields = append(fields, ute.Field)
		} else {
			ute.Struct = d.structName
		}
		ute.Field = strings.Join(fields, ".")
		d.err = ute
		if renamed {
			// A type of the notebook held as its underlying type (type
			// Cents int64): Go's message names main.Cents.
			d.err = &renamedTypeError{ute: ute, name: t.Name}
		}
		return
	}
	if msg := err.Error(); strings.HasPrefix(msg, "json: unknown field") || strings.Contains(msg, "invalid use of ,string") {
		// Errors encoding/json keeps while it goes on.
		if d.err == nil {
			d.err = err
		}
		return
	}
	// An error of the compiled value's own method.
	d.err, d.stop = err, true
}

// withContext gives a type error an UnmarshalJSON method returned the
// place in the value, as encoding/json does: Go struct field T.P.
func (d *decoder) withContext(err error) error {
	ute, ok := err.(*json.UnmarshalTypeError)
	if !ok || d.structName == "" && len(d.fields) == 0 {
		return err
	}
	if d.paramNamed != "" {
		panic(&ParamNameError{Name: d.paramNamed})
	}
	fields := d.fields
	if ute.Field != "" {
		fields = append(fields[:len(fields):len(fields)], ute.Field)
	}
	ute.Struct, ute.Field = d.structName, strings.Join(fields, ".")
	return ute
}

// members returns the members of a JSON object in order.
func members(data []byte) (keys []string, vals []json.RawMessage) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.Token() // {
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return
		}
		keys = append(keys, tok.(string))
		vals = append(vals, raw)
	}
	return
}

func (d *decoder) decodeStruct(t *Type, v reflect.Value, data []byte, null bool) {
	if null {
		return
	}
	if data[0] != '{' {
		d.typeError(data, t, v)
		return
	}
	if v.Kind() != reflect.Struct || v.NumField() != len(t.Fields) {
		d.decodeGo(t, v, data)
		return
	}
	fields := t.jsonFieldsOf()
	keys, vals := members(data)
	for i, key := range keys {
		if d.stop {
			return
		}
		var f *jsonField
		for j := range fields {
			if fields[j].name == key {
				f = &fields[j]
				break
			}
		}
		if f == nil {
			for j := range fields {
				if strings.EqualFold(fields[j].name, key) {
					f = &fields[j]
					break
				}
			}
		}
		if f == nil {
			if d.opts.disallowUnknownFields && d.err == nil {
				d.err = &jsonError{msg: fmt.Sprintf("json: unknown field %q", key)}
			}
			continue
		}
		fv := v
		for _, k := range f.index {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					fv.Set(reflect.New(fv.Type().Elem()))
				}
				fv = fv.Elem()
			}
			fv = fv.Field(k)
		}
		val := []byte(vals[i])
		if f.quoted && string(bytes.TrimSpace(val)) == "null" {
			continue // as encoding/json: the field keeps its value
		}
		if f.quoted {
			var s string
			if err := json.Unmarshal(val, &s); err != nil {
				if string(bytes.TrimSpace(val)) != "null" && d.err == nil {
					d.err = &jsonError{msg: fmt.Sprintf("json: invalid use of ,string struct tag, trying to unmarshal unquoted value into %s", f.typ.Name)}
				}
				continue
			}
			if !json.Valid([]byte(s)) {
				// What the string holds is no JSON value for the field.
				if d.err == nil {
					d.err = &jsonError{msg: fmt.Sprintf("json: invalid use of ,string struct tag, trying to unmarshal %q into %s", s, f.typ.Name)}
				}
				continue
			}
			val = []byte(s)
		}
		structName, paramNamed, depth := d.structName, d.paramNamed, len(d.fields)
		d.structName, d.paramNamed = shortName(t.Name), ""
		if t.paramNamed {
			d.paramNamed = t.Name
		}
		// As encoding/json, the embedded structs on the way name
		// themselves too: Checkpoint.Meta.epoch.
		d.fields = append(append(d.fields, embeddedNames(t, f.index)...), f.name)
		d.decode(f.typ, fv, val)
		d.structName, d.paramNamed, d.fields = structName, paramNamed, d.fields[:depth]
	}
}

// embeddedNames returns the names of the embedded fields a promoted
// field's index goes through.
func embeddedNames(t *Type, index []int) []string {
	var names []string
	for _, k := range index[:len(index)-1] {
		if t != nil && t.Kind == Pointer {
			t = t.Elem
		}
		if t == nil || k >= len(t.Fields) {
			break
		}
		names = append(names, t.Fields[k].Name)
		t = t.Fields[k].Type
	}
	return names
}

// shortName is a type's name without its package, as reflect's Name.
func shortName(name string) string {
	if strings.HasPrefix(name, "struct {") || strings.HasPrefix(name, "struct{") {
		return "" // an unnamed struct has no name: Go struct field .Title
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 && !strings.ContainsAny(name, "[]*{}( ") {
		return name[i+1:]
	}
	return name
}

// ParamNameError is the panic of a JSON type error whose message would
// name a type spelled with a type parameter of the generic function the
// value was decoded in: Go names the type argument (Envelope[int]).
type ParamNameError struct{ Name string }

func (e *ParamNameError) Error() string {
	return "encoding/json's error would name " + e.Name + ", a type spelled with a type parameter, inside the generic function: gobackprop does not know the type argument there (it would print the parameter); decode into the type outside the generic function to see Go's message"
}

// renamedTypeError is encoding/json's type error for a value of a type of
// the notebook that yaegi holds as another (type Cents int64 as int64):
// its message names the notebook's type, as Go's does, and errors.As
// finds the *json.UnmarshalTypeError, whose Type can only be the type
// yaegi holds.
type renamedTypeError struct {
	ute  *json.UnmarshalTypeError
	name string
}

func (e *renamedTypeError) Error() string {
	if e.ute.Struct != "" || e.ute.Field != "" {
		return "json: cannot unmarshal " + e.ute.Value + " into Go struct field " + e.ute.Struct + "." + e.ute.Field + " of type " + e.name
	}
	return "json: cannot unmarshal " + e.ute.Value + " into Go value of type " + e.name
}

func (e *renamedTypeError) As(target any) bool {
	if p, ok := target.(**json.UnmarshalTypeError); ok {
		*p = e.ute
		return true
	}
	return false
}
