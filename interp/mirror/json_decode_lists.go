package mirror

// Decoding JSON maps, slices and arrays into the values of a stand-in
// (json_decode.go decodes the rest).

import (
	"encoding/json"
	"reflect"
	"strconv"
)

// decodeMap decodes a JSON object into a map, keys by their UnmarshalText.
func (d *decoder) decodeMap(t *Type, v reflect.Value, data []byte, null bool) {
	if null {
		v.SetZero()
		return
	}
	if data[0] != '{' {
		d.typeError(data, t, v)
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	keys, vals := members(data)
	for i, key := range keys {
		kv := reflect.New(v.Type().Key()).Elem()
		switch {
		case kv.Kind() == reflect.String:
			kv.SetString(key)
		default:
			if cb, recv, ok := d.tab.method(t.Key, kv, UnmarshalText, true); ok {
				if err := cb.(func(any, []byte) error)(recv, []byte(key)); err != nil {
					d.err, d.stop = err, true
					return
				}
				break
			}
			if err := json.Unmarshal([]byte(key), kv.Addr().Interface()); err != nil {
				d.typeError([]byte(strconv.Quote(key)), t.Key, kv)
				continue
			}
		}
		ev := reflect.New(v.Type().Elem()).Elem()
		if d.decode(t.Elem, ev, vals[i]); d.stop {
			return
		}
		v.SetMapIndex(kv, ev)
	}
}

// decodeList decodes a JSON array into a slice or an array.
func (d *decoder) decodeList(t *Type, v reflect.Value, data []byte, null bool) {
	if null {
		if t.Kind == Slice {
			v.SetZero()
		}
		return
	}
	if data[0] != '[' {
		d.typeError(data, t, v)
		return
	}
	var elems []json.RawMessage
	json.Unmarshal(data, &elems)
	if t.Kind == Slice {
		if len(elems) > v.Cap() {
			grown := reflect.MakeSlice(v.Type(), v.Len(), len(elems))
			reflect.Copy(grown, v)
			v.Set(grown)
		}
		if len(elems) > v.Len() {
			old := v.Len()
			v.SetLen(len(elems))
			for i := old; i < len(elems); i++ {
				v.Index(i).SetZero()
			}
		}
		v.SetLen(len(elems))
		if len(elems) == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		}
	}
	for i := 0; i < v.Len(); i++ {
		if i < len(elems) {
			if d.decode(t.Elem, v.Index(i), elems[i]); d.stop {
				if t.Kind == Slice {
					v.SetLen(i + 1) // as far as encoding/json got
				}
				return
			}
		} else {
			v.Index(i).SetZero()
		}
	}
}
