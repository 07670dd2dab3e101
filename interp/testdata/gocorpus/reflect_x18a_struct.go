package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Config struct {
	Host    string `cfg:"host" default:"localhost"`
	Port    int    `cfg:"port" default:"8080"`
	Debug   bool   `cfg:"debug"`
	Tags    []string
	private int
}

func dump(v any) {
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	if rt.Kind() == reflect.Pointer {
		rv = rv.Elem()
		rt = rv.Type()
	}
	fmt.Printf("type %s (%s) with %d fields\n", rt.Name(), rt.Kind(), rt.NumField())
	for i := range rt.NumField() {
		f := rt.Field(i)
		tag := f.Tag.Get("cfg")
		if !f.IsExported() {
			fmt.Printf("  %-8s (unexported)\n", f.Name)
			continue
		}
		fmt.Printf("  %-8s %-9s tag=%-6q value=%v\n", f.Name, f.Type, tag, rv.Field(i).Interface())
	}
}

func setDefaults(p any) {
	rv := reflect.ValueOf(p).Elem()
	rt := rv.Type()
	for i := range rt.NumField() {
		def, ok := rt.Field(i).Tag.Lookup("default")
		if !ok {
			continue
		}
		fv := rv.Field(i)
		if !fv.IsZero() {
			continue
		}
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(def)
		case reflect.Int:
			var n int
			fmt.Sscan(def, &n)
			fv.SetInt(int64(n))
		}
	}
}

func main() {
	c := Config{Port: 9000, Tags: []string{"a"}}
	setDefaults(&c)
	dump(&c)
	fmt.Printf("%+v\n", c)
	vals := []any{1, "s", 2.5, []int{1}, map[string]bool{}, &c, nil, struct{}{}}
	var kinds []string
	for _, v := range vals {
		if v == nil {
			kinds = append(kinds, "nil")
			continue
		}
		kinds = append(kinds, reflect.TypeOf(v).Kind().String())
	}
	fmt.Println(strings.Join(kinds, ","))
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(c, Config{}))
	m := reflect.ValueOf(map[string]int{"b": 2, "a": 1})
	fmt.Println(m.Len(), m.MapIndex(reflect.ValueOf("b")))
}
