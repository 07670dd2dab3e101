package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Hyper struct {
	LR        float64 `cfg:"lr" help:"learning rate"`
	Epochs    int     `cfg:"epochs"`
	Optimizer string  `cfg:"opt" help:"sgd or adam"`
	Verbose   bool
	Layers    []int `cfg:"layers"`
	hidden    int
}

func dump(v any) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	rt := rv.Type()
	fmt.Printf("%s (%d fields)\n", rt.Name(), rt.NumField())
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		name := f.Tag.Get("cfg")
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		if !f.IsExported() {
			fmt.Printf("  %-8s (unexported %s)\n", name, f.Type)
			continue
		}
		help, ok := f.Tag.Lookup("help")
		fmt.Printf("  %-8s %-8s %-10v help=%q %v\n", name, f.Type.Kind(), rv.Field(i).Interface(), help, ok)
	}
}

func set(v any, key string, val any) error {
	rv := reflect.ValueOf(v).Elem()
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Type().Field(i)
		if f.Tag.Get("cfg") == key {
			nv := reflect.ValueOf(val)
			if !nv.Type().ConvertibleTo(f.Type) {
				return fmt.Errorf("cannot set %s (%s) from %T", key, f.Type, val)
			}
			rv.Field(i).Set(nv.Convert(f.Type))
			return nil
		}
	}
	return fmt.Errorf("no field %q", key)
}

func main() {
	h := &Hyper{LR: 0.01, Epochs: 10, Optimizer: "sgd", Layers: []int{4, 2}}
	dump(h)
	fmt.Println(set(h, "epochs", 25.0), set(h, "opt", "adam"), set(h, "lr", "fast"), set(h, "nope", 1))
	dump(*h)
	for _, x := range []any{1, "s", 2.5, []int{1}, map[string]int{}, h, nil, struct{}{}} {
		if x == nil {
			fmt.Println("nil")
			continue
		}
		t := reflect.TypeOf(x)
		fmt.Println(t, t.Kind(), reflect.ValueOf(x).IsZero())
	}
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {2}}))
}
