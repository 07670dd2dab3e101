package mirror

import (
	"bytes"
	"encoding"
	"encoding/base64"
	"encoding/json"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// Marshal is json.Marshal for a stand-in: encoding/json's rules - tags,
// omitempty, embedded structs, MarshalJSON and MarshalText methods - on
// the Go types the lowering described. Anything else goes to json.Marshal.
func Marshal(x any) ([]byte, error) {
	sv, ok := x.(*Value)
	if !ok {
		return json.Marshal(x)
	}
	var e encoder
	if err := e.encode(sv.tab, sv.t, sv.v, false); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	json.HTMLEscape(&out, e.Bytes())
	return out.Bytes(), nil
}

// MarshalIndent is json.MarshalIndent for a stand-in.
func MarshalIndent(x any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(x)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, prefix, indent); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// MarshalJSON implements json.Marshaler, for a json.Encoder; it leaves
// HTML escaping to the encoder.
func (x *Value) MarshalJSON() ([]byte, error) {
	var e encoder
	if err := e.encode(x.tab, x.t, x.v, false); err != nil {
		return nil, err
	}
	return e.Bytes(), nil
}

type encoder struct {
	bytes.Buffer
	ptrLevel int
	ptrSeen  map[any]bool
}

// startDetectingCyclesAfter is encoding/json's depth of pointers after
// which it looks for a cycle.
const startDetectingCyclesAfter = 1000

// leaf encodes a compiled value with encoding/json, without HTML escaping.
func (e *encoder) leaf(x any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		return err
	}
	e.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	return nil
}

var (
	marshalerType     = reflect.TypeOf((*json.Marshaler)(nil)).Elem()
	textMarshalerType = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
)

func (e *encoder) encode(tab *Table, t *Type, v reflect.Value, quoted bool) error {
	if !v.IsValid() {
		e.WriteString("null")
		return nil
	}
	if done, err := e.methods(tab, t, v); done {
		return err
	}
	switch t.Kind {
	case Basic:
		return e.basic(plain(v), quoted)
	case Struct:
		return e.encodeStruct(tab, t, v)
	case Map:
		return e.encodeMap(tab, t, v)
	case Slice:
		if v.IsNil() {
			e.WriteString("null")
			return nil
		}
		if v.Type().Elem().Kind() == reflect.Uint8 && !t.Elem.marshals() {
			e.WriteByte('"')
			e.WriteString(base64.StdEncoding.EncodeToString(v.Bytes()))
			e.WriteByte('"')
			return nil
		}
		return e.encodeList(tab, t, v)
	case Array:
		return e.encodeList(tab, t, v)
	case Pointer:
		if v.IsNil() {
			e.WriteString("null")
			return nil
		}
		if e.ptrLevel++; e.ptrLevel > startDetectingCyclesAfter {
			if e.ptrSeen == nil {
				e.ptrSeen = map[any]bool{}
			}
			p := v.Pointer()
			if e.ptrSeen[p] {
				return &jsonError{msg: "json: unsupported value: encountered a cycle via " + t.Name}
			}
			e.ptrSeen[p] = true
			defer delete(e.ptrSeen, p)
		}
		defer func() { e.ptrLevel-- }()
		return e.encode(tab, t.Elem, v.Elem(), quoted)
	case Interface:
		rt, rv, _ := tab.resolve(t, v)
		switch {
		case !rv.IsValid():
			e.WriteString("null")
			return nil
		case rt != nil:
			return e.encode(tab, rt, rv, false)
		case t.resolve != 0 && isWrapper(rv):
			return errUnknown
		}
		return e.goValue(rv, false)
	case Opaque:
		return &jsonError{msg: "json: unsupported type: " + t.Name}
	}
	return e.goValue(v, quoted)
}

// marshals reports whether a pointer to a value of t has MarshalJSON or
// MarshalText: then a []T is not base64.
func (t *Type) marshals() bool {
	for _, m := range [...]Method{MarshalJSON, MarshalText} {
		if t.methods[m] != 0 || t.ptrMethods[m] != 0 {
			return true
		}
	}
	return false
}

// methods calls MarshalJSON or MarshalText as encoding/json would: the
// pointer's methods when the value is addressable.
func (e *encoder) methods(tab *Table, t *Type, v reflect.Value) (bool, error) {
	for _, m := range [...]Method{MarshalJSON, MarshalText} {
		cb, recv, ok := tab.method(t, v, m, true)
		if !ok {
			continue
		}
		if t.Kind == Pointer && v.IsNil() {
			e.WriteString("null")
			return true, nil
		}
		b, err := cb.(func(any) ([]byte, error))(recv)
		if err != nil {
			return true, &jsonError{msg: "json: error calling " + methodNames[m] + " for type " + t.Name + ": " + err.Error()}
		}
		if m == MarshalText {
			return true, e.leaf(string(b))
		}
		if err := json.Compact(&e.Buffer, b); err != nil {
			return true, &jsonError{msg: "json: error calling MarshalJSON for type " + t.Name + ": " + err.Error()}
		}
		return true, nil
	}
	return false, nil
}

// basic encodes a boolean, number or string, quoted for the ",string"
// option.
func (e *encoder) basic(x any, quoted bool) error {
	if !quoted {
		return e.leaf(x)
	}
	var inner encoder
	if err := inner.leaf(x); err != nil {
		return err
	}
	if _, isString := x.(string); isString {
		return e.leaf(inner.String())
	}
	e.WriteByte('"')
	e.Write(inner.Bytes())
	e.WriteByte('"')
	return nil
}

// goValue encodes a value of a compiled type.
func (e *encoder) goValue(v reflect.Value, quoted bool) error {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			e.WriteString("null")
			return nil
		}
		v = v.Elem()
	}
	if !v.CanInterface() {
		return &jsonError{msg: "json: unsupported value of type " + v.Type().String()}
	}
	if v.CanAddr() && v.Kind() != reflect.Pointer {
		pt := v.Addr().Type()
		if (pt.Implements(marshalerType) && !v.Type().Implements(marshalerType)) ||
			(pt.Implements(textMarshalerType) && !v.Type().Implements(textMarshalerType)) {
			return e.leaf(v.Addr().Interface())
		}
	}
	if quoted {
		switch v.Kind() {
		case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
			reflect.Float32, reflect.Float64, reflect.String:
			return e.basic(plain(v), true)
		}
	}
	return e.leaf(v.Interface())
}

func (e *encoder) encodeList(tab *Table, t *Type, v reflect.Value) error {
	e.WriteByte('[')
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			e.WriteByte(',')
		}
		if err := e.encode(tab, t.Elem, v.Index(i), false); err != nil {
			return err
		}
	}
	e.WriteByte(']')
	return nil
}

func (e *encoder) encodeMap(tab *Table, t *Type, v reflect.Value) error {
	if !encodableKey(t.Key, v.Type().Key()) {
		// encoding/json refuses the map's type, empty or nil as well.
		return &jsonError{msg: "json: unsupported type: " + t.Name}
	}
	if v.IsNil() {
		e.WriteString("null")
		return nil
	}
	type entry struct {
		key string
		val reflect.Value
	}
	var entries []entry
	for _, k := range v.MapKeys() {
		name, err := mapKey(tab, t.Key, k)
		if _, own := err.(*jsonError); err != nil && !own {
			// A key's MarshalText failed: encoding/json names the map.
			return &jsonError{msg: "json: encoding error for type " + strconv.Quote(t.Name) + ": " + strconv.Quote(err.Error())}
		} else if err != nil {
			return err
		}
		entries = append(entries, entry{name, v.MapIndex(k)})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	e.WriteByte('{')
	for i, en := range entries {
		if i > 0 {
			e.WriteByte(',')
		}
		e.leaf(en.key)
		e.WriteByte(':')
		if err := e.encode(tab, t.Elem, en.val, false); err != nil {
			return err
		}
	}
	e.WriteByte('}')
	return nil
}

// encodableKey reports whether encoding/json encodes a map keyed by t
// (kt in yaegi): a string or integer kind, or a type with MarshalText.
func encodableKey(t *Type, kt reflect.Type) bool {
	switch kt.Kind() {
	case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return true
	}
	if t.methods[MarshalText] != 0 || t.ptrMethods[MarshalText] != 0 {
		return true
	}
	return t.Kind == Go && kt.Implements(reflect.TypeFor[encoding.TextMarshaler]())
}

// mapKey returns the JSON name of a map key: a string as it is, else
// MarshalText's text, else an integer in decimal.
func mapKey(tab *Table, t *Type, k reflect.Value) (string, error) {
	if k.Kind() == reflect.String {
		return k.String(), nil
	}
	if cb, recv, ok := tab.method(t, k, MarshalText, false); ok {
		if k.Kind() == reflect.Pointer && k.IsNil() {
			return "", nil
		}
		b, err := cb.(func(any) ([]byte, error))(recv)
		return string(b), err
	}
	if t.Kind == Go && k.CanInterface() {
		if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
			b, err := tm.MarshalText()
			return string(b), err
		}
	}
	switch k.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10), nil
	}
	return "", &jsonError{msg: "json: unsupported type: " + mapName(t)}
}

func mapName(key *Type) string { return "map[" + key.Name + "]..." }

func (e *encoder) encodeStruct(tab *Table, t *Type, v reflect.Value) error {
	if v.Kind() != reflect.Struct || v.NumField() != len(t.Fields) {
		return e.goValue(v, false)
	}
	e.WriteByte('{')
	first := true
fields:
	for _, f := range t.jsonFieldsOf() {
		fv := v
		for _, i := range f.index {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue fields
				}
				fv = fv.Elem()
			}
			fv = fv.Field(i)
		}
		if f.omitEmpty && isEmptyValue(fv) || f.omitZero && fv.IsZero() {
			continue
		}
		if !first {
			e.WriteByte(',')
		}
		first = false
		e.leaf(f.name)
		e.WriteByte(':')
		if err := e.encode(tab, f.typ, fv, f.quoted); err != nil {
			return err
		}
	}
	e.WriteByte('}')
	return nil
}

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// jsonField is a field as encoding/json sees a struct: embedded structs'
// fields promoted, by Go's rules of visibility.
type jsonField struct {
	name      string
	tagged    bool
	index     []int // through embedded structs (and pointers to them)
	typ       *Type
	omitEmpty bool
	omitZero  bool
	quoted    bool
}

func (t *Type) jsonFieldsOf() []jsonField {
	t.jsonOnce.Do(func() { t.jsonFields = jsonFields(t) })
	return t.jsonFields
}

// structOf returns the struct a field's type is, through an unnamed
// pointer; for a compiled struct type it makes a Type from reflect.
func structOf(t *Type, raw reflect.Type) (*Type, reflect.Type) {
	if t.Kind == Pointer {
		t = t.Elem
		if raw != nil && raw.Kind() == reflect.Pointer {
			raw = raw.Elem()
		}
	}
	return t, raw
}

// jsonFields lists a struct's fields breadth first through embedded
// structs, then keeps for each name the one Go's rules make visible: the
// shallowest, a tagged one among equals, none if still tied.
func jsonFields(t *Type) []jsonField {
	type level struct {
		t     *Type
		index []int
	}
	var fields []jsonField
	visited := map[*Type]bool{}
	next := []level{{t: t}}
	for len(next) > 0 {
		current := next
		next = nil
		count := map[*Type]int{}
		for _, l := range current {
			count[l.t]++
		}
		for _, l := range current {
			if visited[l.t] {
				continue
			}
			visited[l.t] = true
			for i, sf := range l.t.Fields {
				ft, _ := structOf(sf.Type, nil)
				if sf.Embedded {
					if !sf.Exported && ft.Kind != Struct {
						continue
					}
				} else if !sf.Exported {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				if !validTag(name) {
					name = ""
				}
				index := append(append([]int(nil), l.index...), i)
				if name != "" || !sf.Embedded || ft.Kind != Struct {
					f := jsonField{name: name, tagged: name != "", index: index, typ: sf.Type,
						omitEmpty: hasOpt(opts, "omitempty"), omitZero: hasOpt(opts, "omitzero")}
					if f.name == "" {
						f.name = sf.Name
					}
					if hasOpt(opts, "string") {
						f.quoted = quotable(ft)
					}
					fields = append(fields, f)
					if count[l.t] > 1 {
						fields = append(fields, f)
					}
					continue
				}
				next = append(next, level{t: ft, index: index})
			}
		}
	}
	sort.SliceStable(fields, func(i, j int) bool {
		a, b := fields[i], fields[j]
		if a.name != b.name {
			return a.name < b.name
		}
		if len(a.index) != len(b.index) {
			return len(a.index) < len(b.index)
		}
		return a.tagged && !b.tagged
	})
	var out []jsonField
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		group := fields[i:j]
		if len(group) == 1 || len(group[0].index) < len(group[1].index) || group[0].tagged != group[1].tagged {
			out = append(out, group[0])
		}
		i = j
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].index, out[j].index
		for k := 0; k < len(a) && k < len(b); k++ {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return len(a) < len(b)
	})
	return out
}

func hasOpt(opts, name string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == name {
			return true
		}
	}
	return false
}

// quotable reports whether the ",string" option applies to a type.
func quotable(t *Type) bool {
	switch t.Kind {
	case Basic:
		return true
	case Go:
		switch t.Name {
		case "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
			"uint64", "uintptr", "float32", "float64", "string", "byte", "rune":
			return true
		}
	}
	return false
}

// validTag reports whether a tag name is one encoding/json accepts.
func validTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c > 127):
			return false
		}
	}
	return true
}
